package no.bosim.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.bosim.contract.OutputFiles;
import org.apache.commons.csv.CSVRecord;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Fan charts of an ensemble: for each main series the median with the 25-75 % and 5-95 % bands,
 * and the probability per month that each warning fires. Drawn from ensemble.csv,
 * warning_probability.csv and ensemble.json only.
 */
public final class FanCharts {

    private FanCharts() {
    }

    public static List<Path> draw(Path dir, String langCode) {
        // The PNGs only, as before: they are what callers list.
        return ChartWriter.writeAll(dir.resolve("charts"), build(dir, Lang.parse(langCode))).stream()
                .filter(p -> p.getFileName().toString().endsWith(".png")).toList();
    }

    /** The ensemble's charts by file name (without extension), in order: four fans and the warnings' heat map. */
    static Map<String, JFreeChart> build(Path dir, Lang lang) {
        Map<String, String> manifest = manifest(dir);
        Table t = Table.read(dir, OutputFiles.ENSEMBLE, List.of("month", "series", "p5", "p25", "p50", "p75", "p95"));
        Map<String, List<double[]>> bySeries = new LinkedHashMap<>();
        Map<String, List<YearMonth>> monthsBySeries = new LinkedHashMap<>();
        for (CSVRecord r : t.rows()) {
            String s = t.text(r, "series");
            bySeries.computeIfAbsent(s, k -> new ArrayList<>()).add(new double[] {t.number(r, "p5"), t.number(r, "p25"),
                    t.number(r, "p50"), t.number(r, "p75"), t.number(r, "p95")});
            monthsBySeries.computeIfAbsent(s, k -> new ArrayList<>()).add(YearMonth.parse(t.text(r, "month")));
        }
        if (bySeries.isEmpty()) {
            throw new ResultsProblem(dir.resolve(OutputFiles.ENSEMBLE) + ": has no rows");
        }
        Results shell = shell(dir, manifest, monthsBySeries.values().iterator().next());
        Charts charts = new Charts(shell, lang);
        String runs = lang.t("Scenario ", "Scenario ") + manifest.get("scenario") + " · " + manifest.get("runs")
                + lang.t(" kjøringer", " runs");
        String subtitle = runs + " · " + lang.t("median, 50 % og 90 % av kjøringene", "median, 50 % and 90 % of the runs");
        Map<String, JFreeChart> out = new LinkedHashMap<>();
        out.put("vifte-1-mottak", fan(charts, lang, bySeries, monthsBySeries, "in_mottak", 1, lang.t("Beboere i mottak", "Residents in reception"),
                lang.t("personer", "people"), subtitle, manifest));
        out.put("vifte-2-ventende", fan(charts, lang, bySeries, monthsBySeries, "settlement_ready", 1,
                lang.t("Venter på bosetting", "Waiting for settlement"), lang.t("personer", "people"), subtitle, manifest));
        out.put("vifte-3-lengeventende", fan(charts, lang, bySeries, monthsBySeries, "long_wait_share", 100,
                lang.t("Andel lengeventende", "Share of long waiters"), lang.t("prosent", "%"), subtitle, manifest));
        out.put("vifte-4-plasser", fan(charts, lang, bySeries, monthsBySeries, "reception_capacity", 1,
                lang.t("Plasser i mottak", "Reception places"), lang.t("plasser", "places"), subtitle, manifest));
        out.put("vifte-5-varsler", warningChart(Table.read(dir, OutputFiles.WARNING_PROBABILITY, List.of("month", "rule_id", "probability")),
                charts, lang, runs + " · " + lang.t("andel av kjøringene der varselet gikk i måneden",
                        "share of the runs in which the warning fired that month"), manifest.get("scenario") + lang.t(", frø ", ", seed ")
                        + manifest.get("seed"), Manifest.ruleNames(dir.resolve(OutputFiles.ENSEMBLE_MANIFEST), lang)));
        return out;
    }

    private static JFreeChart fan(Charts charts, Lang lang, Map<String, List<double[]>> bySeries,
                                  Map<String, List<YearMonth>> months, String series, double scale, String what, String unit, String subtitle,
                                  Map<String, String> m) {
        List<double[]> q = bySeries.get(series);
        if (q == null) {
            throw new ResultsProblem("ensemble.csv: no rows for series " + series);
        }
        YIntervalSeries outer = new YIntervalSeries("5–95 %");
        YIntervalSeries inner = new YIntervalSeries("25–75 %");
        TimeSeries median = new TimeSeries("median");
        for (int i = 0; i < q.size(); i++) {
            double x = Charts.month(months.get(series).get(i)).getMiddleMillisecond();
            double[] v = q.get(i);
            outer.add(x, scale * v[2], scale * v[0], scale * v[4]);
            inner.add(x, scale * v[2], scale * v[1], scale * v[3]);
            median.add(Charts.month(months.get(series).get(i)), scale * v[2]);
        }
        YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
        bands.addSeries(outer);
        bands.addSeries(inner);
        DeviationRenderer fan = new DeviationRenderer(false, false);
        fan.setSeriesFillPaint(0, new Color(0x6b, 0xae, 0xd6));
        fan.setSeriesFillPaint(1, new Color(0x21, 0x71, 0xb5));
        fan.setAlpha(0.35f);
        fan.setSeriesStroke(0, new BasicStroke(0f));
        fan.setSeriesStroke(1, new BasicStroke(0f));
        fan.setSeriesPaint(0, new Color(0x6b, 0xae, 0xd6));
        fan.setSeriesPaint(1, new Color(0x21, 0x71, 0xb5));
        XYPlot plot = new XYPlot(bands, charts.timeAxis(), charts.numberAxis(what + " (" + unit + ")"), fan);
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, new Color(0x08, 0x30, 0x6b));
        line.setSeriesStroke(0, new BasicStroke(2.4f));
        plot.setRenderer(1, line);
        plot.setDataset(1, new TimeSeriesCollection(median));
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        // The deviation renderer draws no swatch for its bands, so the legend is given explicitly.
        org.jfree.chart.LegendItemCollection legend = new org.jfree.chart.LegendItemCollection();
        legend.add(new org.jfree.chart.LegendItem(lang.t("90 % av kjøringene (P5–P95)", "90 % of runs (P5–P95)"),
                new Color(0x6b, 0xae, 0xd6, 110)));
        legend.add(new org.jfree.chart.LegendItem(lang.t("50 % av kjøringene (P25–P75)", "50 % of runs (P25–P75)"),
                new Color(0x4a, 0x8f, 0xc6, 170)));
        org.jfree.chart.LegendItem mid = new org.jfree.chart.LegendItem(lang.t("median", "median"), null, null, null,
                new java.awt.geom.Line2D.Double(-10, 0, 10, 0), new BasicStroke(2.4f), new Color(0x08, 0x30, 0x6b));
        legend.add(mid);
        plot.setFixedLegendItems(legend);
        // Where the runs' shared replay of history ends: the fan opens there.
        charts.history(plot, true);
        return charts.decorate(new JFreeChart(null, null, plot, true), what + ": " + m.get("runs") + " "
                + lang.t("kjøringer", "runs"), subtitle, m.get("scenario") + lang.t(", frø ", ", seed ") + m.get("seed"));
    }

    private static String shortened(String text, int max) {
        return text.length() <= max ? text : text.substring(0, text.lastIndexOf(' ', max - 1) > 0 ? text.lastIndexOf(' ', max - 1) : max - 1) + " …";
    }

    /**
     * The probability of each warning per month as a heat map (warning by month): ten similar lines
     * up to 100 % could not be told apart. Warnings no run raised are left out; shades in steps of 20 %.
     */
    static JFreeChart warningChart(Table t, Charts charts, Lang lang, String subtitle, String footer) {
        return warningChart(t, charts, lang, subtitle, footer, Map.of());
    }

    /** As above, each row labelled by the warning's name (shortened) with its id, where {@code names} has it. */
    static JFreeChart warningChart(Table t, Charts charts, Lang lang, String subtitle, String footer, Map<String, String> ruleNames) {
        Map<String, List<double[]>> byRule = new TreeMap<>();
        for (CSVRecord r : t.rows()) {
            double p = t.number(r, "probability");
            List<double[]> cells = byRule.computeIfAbsent(t.text(r, "rule_id"), k -> new ArrayList<>());
            cells.add(new double[] {Charts.month(YearMonth.parse(t.text(r, "month"))).getFirstMillisecond(), p});
        }
        byRule.values().removeIf(cells -> cells.stream().allMatch(c -> c[1] == 0));
        List<String> rules = new ArrayList<>(byRule.keySet());
        org.jfree.data.xy.DefaultXYZDataset data = new org.jfree.data.xy.DefaultXYZDataset();
        for (int i = 0; i < rules.size(); i++) {
            List<double[]> cells = byRule.get(rules.get(i));
            double[][] series = new double[3][cells.size()];
            for (int j = 0; j < cells.size(); j++) {
                series[0][j] = cells.get(j)[0];
                series[1][j] = i;
                series[2][j] = cells.get(j)[1];
            }
            data.addSeries(rules.get(i), series);
        }
        org.jfree.chart.renderer.LookupPaintScale scale = new org.jfree.chart.renderer.LookupPaintScale(0, 1.0001, java.awt.Color.WHITE);
        java.awt.Color[] shades = {new java.awt.Color(0xf7, 0xf7, 0xf7), new java.awt.Color(0xfd, 0xd4, 0x9e), new java.awt.Color(0xfc, 0x8d, 0x59),
            new java.awt.Color(0xe3, 0x4a, 0x33), new java.awt.Color(0xb3, 0x00, 0x00), new java.awt.Color(0x7f, 0x00, 0x00)};
        double[] from = {0, 1e-9, 0.2, 0.4, 0.6, 0.8};
        for (int i = 0; i < from.length; i++) {
            scale.add(from[i], shades[i]);
        }
        org.jfree.chart.renderer.xy.XYBlockRenderer blocks = new org.jfree.chart.renderer.xy.XYBlockRenderer();
        blocks.setPaintScale(scale);
        blocks.setBlockWidth(30.4 * 24 * 3600 * 1000);
        blocks.setBlockHeight(0.9);
        blocks.setBlockAnchor(org.jfree.chart.ui.RectangleAnchor.LEFT);
        org.jfree.chart.axis.SymbolAxis ruleAxis = new org.jfree.chart.axis.SymbolAxis(lang.t("Varsel", "Warning"),
                rules.isEmpty() ? new String[] {"–"} : rules.stream().map(id -> ruleNames.containsKey(id)
                        ? shortened(ruleNames.get(id), 44) + " (" + id + ")" : id).toArray(String[]::new));
        ruleAxis.setGridBandsVisible(false);
        ruleAxis.setTickLabelFont(charts.numberAxis("").getTickLabelFont());
        ruleAxis.setLabelFont(charts.numberAxis("").getLabelFont());
        XYPlot plot = new XYPlot(data, charts.timeAxis(), ruleAxis, blocks);
        plot.setBackgroundPaint(java.awt.Color.WHITE);
        if (rules.isEmpty()) {
            plot.setNoDataMessage(lang.t("Ingen varsler i noen kjøring", "No warning in any run"));
        }
        JFreeChart chart = new JFreeChart(null, null, plot, false);
        org.jfree.chart.title.LegendTitle legend = new org.jfree.chart.title.LegendTitle(() -> {
            org.jfree.chart.LegendItemCollection items = new org.jfree.chart.LegendItemCollection();
            String[] names = {"0 %", lang.t("under 20 %", "under 20 %"), "20–40 %", "40–60 %", "60–80 %", lang.t("80 % og mer", "80 % or more")};
            for (int i = 0; i < names.length; i++) {
                items.add(new org.jfree.chart.LegendItem(names[i], shades[i]));
            }
            return items;
        });
        chart.addLegend(legend);
        return charts.decorate(chart, lang.t("Sannsynlighet per måned for hvert varsel (andel av kjøringene)",
                "Probability per month of each warning (share of the runs)"), subtitle, footer);
    }

    static Map<String, String> manifest(Path dir) {
        Path p = dir.resolve(OutputFiles.ENSEMBLE_MANIFEST);
        if (!Files.isRegularFile(p)) {
            throw new ResultsProblem(p + ": missing; expected the output folder of bosim ensemble");
        }
        Manifest.verifyListed(dir, p);
        Map<String, String> out = Manifest.plainFields(p);
        for (String f : List.of("scenario", "seed", "runs", "criteria", "start", "end")) {
            if (!out.containsKey(f)) {
                throw new ResultsProblem(p + ": no '" + f + "' field");
            }
        }
        return out;
    }

    /** The fan charts share the axis and decoration code of a run's charts; this gives them the calendar they need. */
    private static Results shell(Path dir, Map<String, String> m, List<YearMonth> months) {
        List<Results.Month> ms = new ArrayList<>();
        for (YearMonth ym : months) {
            ms.add(new Results.Month(ym, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        }
        Manifest manifest = new Manifest(m.get("scenario"), "", Long.parseLong(m.get("seed")), m.get("criteria"), "", "", m.get("start"),
                m.get("end"), "", List.of(), List.of(), Map.of(), List.of(), "stochastic", null, Map.of(), Map.of());
        // An ensemble's folder from before projection_from was written has no divider to draw.
        YearMonth from = m.containsKey("projection_from") ? YearMonth.parse(m.get("projection_from")) : null;
        return new Results(dir, manifest, ms, List.of(), List.of(), List.of(), List.of(), from);
    }
}
