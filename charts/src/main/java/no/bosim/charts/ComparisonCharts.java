package no.bosim.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import no.bosim.contract.OutputFiles;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * Overlay charts for a comparison: the main series of each scenario as one line each, read from
 * the scenarios' result folders inside the comparison folder.
 */
public final class ComparisonCharts {

    private static final Color[] LINES = {new Color(0x1f, 0x77, 0xb4), new Color(0xd6, 0x27, 0x28), new Color(0x2c, 0xa0, 0x2c),
            new Color(0xff, 0x7f, 0x0e), new Color(0x94, 0x67, 0xbd), new Color(0x8c, 0x56, 0x4b)};

    private ComparisonCharts() {
    }

    /** Draws the overlay charts into {@code dir/charts/} from {@code dir/<name>/} for each scenario name. */
    public static List<Path> draw(Path dir, List<String> names, String langCode) {
        Lang lang = Lang.parse(langCode);
        String[] files = {"sammenligning-1-mottak", "sammenligning-2-ventende", "sammenligning-3-lengeventende", "sammenligning-4-bosatt",
            "sammenligning-5-fylker", "sammenligning-6-kart"};
        List<JFreeChart> charts = build(dir, names, lang);
        java.util.Map<String, JFreeChart> named = new java.util.LinkedHashMap<>();
        for (int i = 0; i < files.length; i++) {
            named.put(files[i], charts.get(i));
        }
        // The PNGs only, as before: they are what callers list.
        return ChartWriter.writeAll(dir.resolve("charts"), named).stream()
                .filter(p -> p.getFileName().toString().endsWith(".png")).toList();
    }

    /**
     * The comparison's charts, in order: the four overlays (residents, settlement-ready, long-wait
     * share, settled so far in the year) and the change per fylke.
     */
    static List<JFreeChart> build(Path dir, List<String> names, Lang lang) {
        List<Results> runs = names.stream().map(n -> Results.read(dir.resolve(n))).toList();
        Charts first = new Charts(runs.get(0), lang);
        return List.of(
                chart(first, runs, lang, lang.t("Beboere i mottak", "Residents in reception"), lang.t("personer", "people"),
                        Results.Month::inMottak),
                chart(first, runs, lang, lang.t("Venter på bosetting", "Waiting for settlement"), lang.t("personer", "people"),
                        Results.Month::settlementReady),
                chart(first, runs, lang, lang.t("Andel lengeventende", "Share of long waiters"),
                        lang.t("prosent av dem som venter", "% of those waiting"), m -> 100 * m.longWaitShare(), true),
                chart(first, runs, lang, lang.t("Bosatt hittil i året", "Settled so far in the year"), lang.t("personer", "people"),
                        Results.Month::settledYear),
                counties(dir, names, first, lang, runs.get(0).manifest().seed()),
                changeMap(runs, lang, yearOfMostChange(dir, names, first)));
    }

    /** The year the requests change most between the scenarios, summed over the fylker (as the county chart chooses it). */
    static String yearOfMostChange(Path dir, List<String> names, Charts first) {
        Table t = Table.read(dir, OutputFiles.COMPARISON_COUNTIES, List.of("year", "fylke", "measure"));
        java.util.Map<String, Double> moved = new java.util.TreeMap<>();
        for (org.apache.commons.csv.CSVRecord r : t.rows()) {
            if (t.text(r, "measure").equals("anmodet")) {
                for (String other : names.subList(1, names.size())) {
                    moved.merge(t.text(r, "year"), Math.abs(t.number(r, other) - t.number(r, names.get(0))), Double::sum);
                }
            }
        }
        return moved.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey)
                .orElse(String.valueOf(first.defaultCountyYear()));
    }

    /** Where the places move: each kommune's change in its request, the second scenario against the first, in {@code year}. */
    static JFreeChart changeMap(List<Results> runs, Lang lang, String year) {
        int y = Integer.parseInt(year);
        java.util.Map<String, Double> values = new java.util.HashMap<>();
        runs.get(1).kommuneYears().stream().filter(k -> k.year() == y).forEach(k -> values.put(k.kommunenummer(), k.anmodet()));
        runs.get(0).kommuneYears().stream().filter(k -> k.year() == y)
                .forEach(k -> values.computeIfPresent(k.kommunenummer(), (nr, v) -> v - k.anmodet()));
        String ref = runs.get(0).manifest().scenario();
        String other = runs.get(1).manifest().scenario();
        MapPlot plot = new MapPlot(values, true, lang.t("endring i anmodet, personer", "change in requested, people"), lang.integers(),
                Charts.FONT, lang.t("ingen tall", "no figure"));
        return Charts.decorate(new JFreeChart(null, null, plot, false), lang, lang.t("Endring i anmodet per kommune i ", "Change in requested per kommune in ")
                + year, other + lang.t(" mot ", " against ") + ref + lang.t(": blått flere, rødt færre", ": blue more, red fewer"),
                ref + ", " + other + "; " + KommuneMap.ATTRIBUTION);
    }

    /**
     * The change per fylke, each scenario against the reference, in requests and decisions, for the
     * year the requests change most (summed over the fylker): where a change of criteria moves places.
     */
    static JFreeChart counties(Path dir, List<String> names, Charts first, Lang lang, long seed) {
        Table t = Table.read(dir, OutputFiles.COMPARISON_COUNTIES, List.of("year", "fylke", "measure"));
        String ref = names.get(0);
        String year = yearOfMostChange(dir, names, first);
        org.jfree.data.category.DefaultCategoryDataset data = new org.jfree.data.category.DefaultCategoryDataset();
        for (org.apache.commons.csv.CSVRecord r : t.rows()) {
            String measure = t.text(r, "measure");
            if (!t.text(r, "year").equals(year) || !(measure.equals("anmodet") || measure.equals("vedtatt"))) {
                continue;
            }
            for (String other : names.subList(1, names.size())) {
                String series = (measure.equals("anmodet") ? lang.t("Anmodet", "Requested") : lang.t("Vedtatt", "Decided"))
                        + (names.size() > 2 ? ", " + other : "");
                data.addValue(t.number(r, other) - t.number(r, ref), series, t.text(r, "fylke"));
            }
        }
        org.jfree.chart.axis.CategoryAxis axis = new org.jfree.chart.axis.CategoryAxis(lang.t("Fylke", "County"));
        axis.setCategoryLabelPositions(org.jfree.chart.axis.CategoryLabelPositions.UP_45);
        org.jfree.chart.renderer.category.BarRenderer bars = new org.jfree.chart.renderer.category.BarRenderer();
        bars.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, LINES[0]);
        bars.setSeriesPaint(1, LINES[1]);
        bars.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator("{2}", lang.integers()));
        bars.setDefaultItemLabelsVisible(true);
        org.jfree.chart.plot.CategoryPlot plot = new org.jfree.chart.plot.CategoryPlot(data, axis,
                first.numberAxis(lang.t("Endring mot ", "Change against ") + ref + lang.t(" (personer)", " (people)")), bars);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        plot.addRangeMarker(new org.jfree.chart.plot.ValueMarker(0, Color.DARK_GRAY, new BasicStroke(1f)));
        plot.getRangeAxis().setAutoRange(true);
        ((org.jfree.chart.axis.NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        plot.getRangeAxis().setUpperMargin(0.12);
        plot.getRangeAxis().setLowerMargin(0.12);
        String subtitle = String.join(", ", names.subList(1, names.size())) + lang.t(" mot ", " against ") + ref + " · "
                + lang.t("året ", "the year ") + year + lang.t(", der anmodningene endres mest", ", where the requests change most");
        return first.decorate(new JFreeChart(null, null, plot, true), lang.t("Endring i anmodet og vedtatt per fylke i ",
                "Change in requested and decided per county in ") + year, subtitle, String.join(", ", names)
                + lang.t(", felles frø ", ", common seed ") + seed);
    }

    private static boolean sameLine(Results a, Results b, ToDoubleFunction<Results.Month> value) {
        if (a.months().size() != b.months().size()) {
            return false;
        }
        for (int i = 0; i < a.months().size(); i++) {
            if (!a.months().get(i).month().equals(b.months().get(i).month())
                    || Double.compare(value.applyAsDouble(a.months().get(i)), value.applyAsDouble(b.months().get(i))) != 0) {
                return false;
            }
        }
        return true;
    }

    static JFreeChart chart(Charts first, List<Results> runs, Lang lang, String what, String unit, ToDoubleFunction<Results.Month> value) {
        return chart(first, runs, lang, what, unit, value, false);
    }

    /** @param percentPoints the values are shares times 100, drawn on a percent axis that keeps small shares small */
    static JFreeChart chart(Charts first, List<Results> runs, Lang lang, String what, String unit, ToDoubleFunction<Results.Month> value,
                            boolean percentPoints) {
        // Scenarios whose national line is the reference's month for month (criteria that only move
        // places between kommuner) are named once instead of drawn twice.
        List<Results> drawn = new ArrayList<>();
        List<String> same = new ArrayList<>();
        for (Results r : runs) {
            if (!drawn.isEmpty() && sameLine(drawn.get(0), r, value)) {
                same.add(r.manifest().scenario());
            } else {
                drawn.add(r);
            }
        }
        TimeSeriesCollection data = new TimeSeriesCollection();
        for (Results r : drawn) {
            String name = r == drawn.get(0) && !same.isEmpty()
                    ? r.manifest().scenario() + " = " + String.join(" = ", same) : r.manifest().scenario();
            TimeSeries s = new TimeSeries(name);
            r.months().forEach(m -> s.add(Charts.month(m.month()), value.applyAsDouble(m)));
            data.addSeries(s);
        }
        // The reference is a broad, light line underneath; the others are dashed on top, so lines
        // that coincide stay visible as one over the other.
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < runs.size(); i++) {
            Color c = LINES[i % LINES.length];
            lines.setSeriesPaint(i, i == 0 ? new Color(c.getRed(), c.getGreen(), c.getBlue(), 150) : c);
            lines.setSeriesStroke(i, i == 0 ? new BasicStroke(5f) : new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {8f, 4f}, 0f));
        }
        org.jfree.chart.axis.NumberAxis axis = percentPoints ? first.percentPointAxis(what + " (" + unit + ")")
                : first.numberAxis(what + " (" + unit + ")");
        if (percentPoints) {
            Charts.percentPointRange(axis, data.getSeries().stream().mapToDouble(s -> ((TimeSeries) s).getMaxY()).filter(Double::isFinite).max().orElse(0));
        }
        XYPlot plot = new XYPlot(data, first.timeAxis(), axis, lines);
        plot.setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD);
        List<String> names = runs.stream().map(r -> r.manifest().scenario()).toList();
        String subtitle = String.join(" · ", runs.stream().map(r -> r.manifest().scenario() + " (" + lang.t("kriterier ", "criteria ")
                + r.manifest().criteria(lang) + ")").toList());
        if (!same.isEmpty()) {
            subtitle += " · " + String.join(", ", same) + lang.t(" gir samme linje som ", " give the same line as ")
                    + runs.get(0).manifest().scenario() + lang.t(" (forskjellene er per kommune: comparison-kommuner.csv)",
                    " (the differences are per kommune: comparison-kommuner.csv)");
        }
        return first.decorate(new JFreeChart(null, null, plot, true), what + ": " + String.join(lang.t(" og ", " and "), names),
                subtitle, String.join(", ", names) + lang.t(", felles frø ", ", common seed ") + runs.get(0).manifest().seed());
    }
}
