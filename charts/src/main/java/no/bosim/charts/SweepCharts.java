package no.bosim.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.bosim.contract.OutputFiles;
import org.apache.commons.csv.CSVRecord;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * A sweep's charts, from its files: one-at-a-time gives a tornado per indicator (how far each
 * input at its low and its high moves the indicator from the base, widest swing on top); Sobol'
 * gives per indicator each input's first-order and total index with its 95 % interval; a grid gives
 * a heat map per indicator over the first two inputs (one per level of a third). Indicators that
 * do not move anywhere in the sweep get no chart (said in the subtitle of none, listed in indices.csv).
 */
public final class SweepCharts {

    private SweepCharts() {
    }

    public static List<Path> draw(Path dir, String langCode) {
        Lang lang = Lang.parse(langCode);
        return ChartWriter.writeAll(dir.resolve("charts"), build(dir, lang));
    }

    /** The charts by file name (without extension), in the order of the indicators. */
    static Map<String, JFreeChart> build(Path dir, Lang lang) {
        Map<String, String> m = Manifest.plainFields(dir.resolve(OutputFiles.SWEEP_MANIFEST));
        String design = m.getOrDefault("design", "");
        String subtitle = lang.t("Sveip ", "Sweep ") + m.get("sweep") + " · " + lang.t("scenario ", "scenario ") + m.get("scenario")
                + " · " + m.get("points") + lang.t(" punkter à ", " points of ") + m.get("runs_per_point") + lang.t(" kjøringer", " runs");
        String source = m.get("scenario") + lang.t(", sveip ", ", sweep ") + m.get("sweep") + lang.t(", frø ", ", seed ") + m.get("seed");
        return switch (design) {
            case "oat" -> tornadoes(dir, lang, subtitle, source);
            case "sobol" -> sobol(dir, lang, subtitle, source);
            case "grid" -> grids(dir, lang, subtitle, source);
            default -> throw new ResultsProblem(dir.resolve(OutputFiles.SWEEP_MANIFEST) + ": design is '" + design + "'; expected oat, sobol or grid");
        };
    }

    private static Map<String, JFreeChart> tornadoes(Path dir, Lang lang, String subtitle, String source) {
        Table t = Table.read(dir, OutputFiles.SWEEP_INDICES, List.of("indicator", "input", "low", "high", "value_base", "value_low", "value_high", "swing"));
        Map<String, JFreeChart> out = new LinkedHashMap<>();
        int n = 1;
        for (Map.Entry<String, List<CSVRecord>> e : byIndicator(t).entrySet()) {
            List<CSVRecord> rows = new ArrayList<>(e.getValue());
            if (rows.stream().allMatch(r -> t.number(r, "swing") == 0)) {
                continue;
            }
            rows.sort((a, b) -> Double.compare(t.number(b, "swing"), t.number(a, "swing")));
            double base = t.number(rows.get(0), "value_base");
            DefaultCategoryDataset data = new DefaultCategoryDataset();
            String low = lang.t("Inndata lavt", "Input low");
            String high = lang.t("Inndata høyt", "Input high");
            // A share's change is drawn in percentage points, so the ticks read 1, 2, 3 rather than 1 %, 1 %, 2 %.
            boolean share = e.getKey().contains("share") || e.getKey().contains("coverage");
            double unit = share ? 100 : 1;
            for (CSVRecord r : rows) {
                String label = t.text(r, "input") + " (" + level(t.text(r, "low"), lang) + "–" + level(t.text(r, "high"), lang) + ")";
                data.addValue(unit * (t.number(r, "value_low") - base), low, label);
                data.addValue(unit * (t.number(r, "value_high") - base), high, label);
            }
            String name = IndicatorNames.name(e.getKey(), lang, Manifest.ruleNames(dir.resolve(OutputFiles.SWEEP_MANIFEST), lang));
            NumberAxis change = new NumberAxis(lang.t("Endring fra basis", "Change from base") + (share ? lang.t(" i prosentpoeng",
                    " in percentage points") : "") + " (" + lang.t("basis ", "base ") + IndicatorNames.value(e.getKey(), "", base, lang) + ")");
            if (!share) {
                // A count of months averaged over a point's runs changes by fractions: each tick size gets the decimals it needs
                // (a fixed whole-number format labelled every tick "−0", a fixed one-decimal one repeated "−0,5").
                change.setStandardTickUnits(NumberAxis.createStandardTickUnits(lang.locale()));
            } else {
                java.text.NumberFormat points = java.text.NumberFormat.getNumberInstance(lang.locale());
                points.setMaximumFractionDigits(1);
                change.setNumberFormatOverride(points);
            }
            CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(lang.t("Inndata (lav–høy)", "Input (low–high)")), change,
                    bars(new Color(0x00, 0x72, 0xB2), new Color(0xE6, 0x9F, 0x00)));
            plot.setOrientation(PlotOrientation.HORIZONTAL);
            plot.getRenderer().setDefaultItemLabelsVisible(false);
            ((BarRenderer) plot.getRenderer()).setItemMargin(0.0);
            plot.addRangeMarker(new org.jfree.chart.plot.ValueMarker(0, Color.DARK_GRAY, new BasicStroke(1.2f)));
            out.put(String.format("sweep-%02d-%s", n++, e.getKey().replace('_', '-')), Charts.decorate(new JFreeChart(null, null, plot, true),
                    lang, name + lang.t(" – hva det avhenger av: hvert inndata lavt og høyt, de andre på basis",
                            " – what it hangs on: each input low and high, the others at base"), subtitle, source));
        }
        return out;
    }

    private static Map<String, JFreeChart> sobol(Path dir, Lang lang, String subtitle, String source) {
        Table t = Table.read(dir, OutputFiles.SWEEP_INDICES, List.of("indicator", "input", "first_order", "first_order_low", "first_order_high",
                "total", "total_low", "total_high"));
        Map<String, JFreeChart> out = new LinkedHashMap<>();
        int n = 1;
        for (Map.Entry<String, List<CSVRecord>> e : byIndicator(t).entrySet()) {
            List<CSVRecord> rows = new ArrayList<>(e.getValue());
            if (rows.stream().allMatch(r -> t.number(r, "total") == 0 && t.number(r, "first_order") == 0)) {
                continue;
            }
            rows.sort((a, b) -> Double.compare(t.number(b, "total"), t.number(a, "total")));
            DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
            for (CSVRecord r : rows) {
                // The interval drawn as mean ± half its width around the estimate (JFreeChart draws symmetric bars).
                data.add(t.number(r, "first_order"), halfWidth(t, r, "first_order"), lang.t("Førsteordens indeks", "First-order index"),
                        t.text(r, "input"));
                data.add(t.number(r, "total"), halfWidth(t, r, "total"), lang.t("Total indeks", "Total index"), t.text(r, "input"));
            }
            StatisticalBarRenderer r = new StatisticalBarRenderer();
            r.setBarPainter(new StandardBarPainter());
            r.setShadowVisible(false);
            r.setSeriesPaint(0, new Color(0x00, 0x72, 0xB2));
            r.setSeriesPaint(1, new Color(0xE6, 0x9F, 0x00));
            r.setErrorIndicatorPaint(Color.DARK_GRAY);
            NumberAxis axis = new NumberAxis(lang.t("Andel av variansen (95 % intervall)", "Share of the variance (95 % interval)"));
            // Estimates from few samples can pass 1 or fall below 0; the axis shows them and their intervals whole.
            double top = rows.stream().mapToDouble(x -> Math.max(t.number(x, "first_order_high"), t.number(x, "total_high")))
                    .filter(Double::isFinite).max().orElse(1);
            double bottom = rows.stream().mapToDouble(x -> Math.min(t.number(x, "first_order_low"), t.number(x, "total_low")))
                    .filter(Double::isFinite).min().orElse(0);
            axis.setRange(Math.min(-0.05, bottom - 0.05), Math.max(1.05, top + 0.05));
            java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(lang.locale());
            f.setMaximumFractionDigits(2);
            axis.setNumberFormatOverride(f);
            CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(lang.t("Inndata", "Input")), axis, r);
            plot.setOrientation(PlotOrientation.HORIZONTAL);
            String name = IndicatorNames.name(e.getKey(), lang, Manifest.ruleNames(dir.resolve(OutputFiles.SWEEP_MANIFEST), lang));
            out.put(String.format("sweep-%02d-%s", n++, e.getKey().replace('_', '-')), Charts.decorate(new JFreeChart(null, null, plot, true),
                    lang, name + lang.t(" – hva det avhenger av (Sobol-indekser)", " – what it hangs on (Sobol' indices)"), subtitle, source));
        }
        return out;
    }

    /** indices.csv's rows by indicator, in the file's order. */
    private static Map<String, List<CSVRecord>> byIndicator(Table t) {
        Map<String, List<CSVRecord>> out = new LinkedHashMap<>();
        t.rows().forEach(r -> out.computeIfAbsent(t.text(r, "indicator"), k -> new ArrayList<>()).add(r));
        return out;
    }

    private static double halfWidth(Table t, CSVRecord r, String column) {
        double lo = t.number(r, column + "_low");
        double hi = t.number(r, column + "_high");
        return Double.isNaN(lo) || Double.isNaN(hi) ? 0 : (hi - lo) / 2;
    }

    private static Map<String, JFreeChart> grids(Path dir, Lang lang, String subtitle, String source) {
        Table t = Table.read(dir, OutputFiles.SWEEP, List.of("point", "role"));
        List<String> cols = t.columns();
        int first = cols.indexOf("role") + 1;
        int indicatorsFrom = first;
        while (indicatorsFrom < cols.size() && !cols.get(indicatorsFrom).endsWith("_mean")) {
            indicatorsFrom++;
        }
        List<String> inputs = cols.subList(first, indicatorsFrom);
        Map<String, JFreeChart> out = new LinkedHashMap<>();
        int n = 1;
        String xName = inputs.get(0);
        String yName = inputs.get(1);
        List<String> thirdLevels = new ArrayList<>();
        if (inputs.size() == 3) {
            t.rows().forEach(r -> {
                if (!thirdLevels.contains(t.text(r, inputs.get(2)))) {
                    thirdLevels.add(t.text(r, inputs.get(2)));
                }
            });
        } else {
            thirdLevels.add(null);
        }
        for (int c = indicatorsFrom; c < cols.size(); c += 4) {
            String indicator = cols.get(c).substring(0, cols.get(c).length() - "_mean".length());
            String p50 = indicator + "_p50";
            if (t.rows().stream().mapToDouble(r -> t.number(r, p50)).distinct().count() <= 1) {
                continue;
            }
            for (String level : thirdLevels) {
                List<String> xs = new ArrayList<>();
                List<String> ys = new ArrayList<>();
                for (CSVRecord r : t.rows()) {
                    if (level == null || t.text(r, inputs.get(2)).equals(level)) {
                        if (!xs.contains(t.text(r, xName))) {
                            xs.add(t.text(r, xName));
                        }
                        if (!ys.contains(t.text(r, yName))) {
                            ys.add(t.text(r, yName));
                        }
                    }
                }
                org.jfree.data.xy.DefaultXYZDataset data = new org.jfree.data.xy.DefaultXYZDataset();
                List<double[]> cells = new ArrayList<>();
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                for (CSVRecord r : t.rows()) {
                    if (level == null || t.text(r, inputs.get(2)).equals(level)) {
                        double v = t.number(r, p50);
                        cells.add(new double[] {xs.indexOf(t.text(r, xName)), ys.indexOf(t.text(r, yName)), v});
                        min = Math.min(min, v);
                        max = Math.max(max, v);
                    }
                }
                double[][] series = new double[3][cells.size()];
                for (int i = 0; i < cells.size(); i++) {
                    series[0][i] = cells.get(i)[0];
                    series[1][i] = cells.get(i)[1];
                    series[2][i] = cells.get(i)[2];
                }
                data.addSeries(indicator, series);
                org.jfree.chart.renderer.xy.XYBlockRenderer blocks = new org.jfree.chart.renderer.xy.XYBlockRenderer();
                org.jfree.chart.renderer.LookupPaintScale scale = new org.jfree.chart.renderer.LookupPaintScale(min, max + 1e-9, Color.WHITE);
                Color[] ramp = {new Color(0xff, 0xf5, 0xeb), new Color(0xfd, 0xd4, 0x9e), new Color(0xfc, 0x8d, 0x59), new Color(0xe3, 0x4a, 0x33),
                    new Color(0xb3, 0x00, 0x00)};
                for (int i = 0; i < ramp.length; i++) {
                    scale.add(min + (max - min) * i / ramp.length, ramp[i]);
                }
                blocks.setPaintScale(scale);
                blocks.setDefaultItemLabelGenerator((d, s, i) -> IndicatorNames.value(indicator, "",
                        ((org.jfree.data.xy.XYZDataset) d).getZValue(s, i), lang));
                blocks.setDefaultItemLabelsVisible(true);
                blocks.setDefaultItemLabelFont(new Font(Charts.FONT, Font.PLAIN, 12));
                org.jfree.chart.axis.SymbolAxis x = new org.jfree.chart.axis.SymbolAxis(xName, xs.toArray(String[]::new));
                org.jfree.chart.axis.SymbolAxis y = new org.jfree.chart.axis.SymbolAxis(yName, ys.toArray(String[]::new));
                XYPlot plot = new XYPlot(data, x, y, blocks);
                String name = IndicatorNames.name(indicator, lang, Manifest.ruleNames(dir.resolve(OutputFiles.SWEEP_MANIFEST), lang));
                String file = String.format("sweep-%02d-%s", n++, indicator.replace('_', '-'));
                JFreeChart chart = new JFreeChart(null, null, plot, false);
                out.put(file, Charts.decorate(chart, lang, name + lang.t(" (median) over ", " (median) over ") + xName
                        + lang.t(" og ", " and ") + yName + (level == null ? "" : ", " + inputs.get(2) + " = " + level), subtitle, source));
            }
        }
        return out;
    }

    /** An input's level as a reader writes it: "0,7" rather than "0.700000"; a category as it is. */
    private static String level(String text, Lang lang) {
        if (!text.contains(".") && !text.contains(",")) {
            return text; // a category, such as a criteria set "2024"
        }
        try {
            java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(lang.locale());
            f.setMaximumFractionDigits(3);
            return f.format(Double.parseDouble(text.replace(',', '.')));
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static BarRenderer bars(Color low, Color high) {
        BarRenderer r = new BarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, low);
        r.setSeriesPaint(1, high);
        return r;
    }
}
