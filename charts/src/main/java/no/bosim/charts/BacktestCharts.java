package no.bosim.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.bosim.contract.OutputFiles;
import org.apache.commons.csv.CSVRecord;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * One chart per backtested indicator: the model's line over the run (with an ensemble, its median
 * and the P5-P95 band) and the observed figures as points. Drawn from backtest.csv,
 * backtest_series.csv and the run's own files only.
 */
public final class BacktestCharts {

    private static final Color MODEL = new Color(0x08, 0x30, 0x6b);
    private static final Color BAND = new Color(0x6b, 0xae, 0xd6);
    private static final Color OBSERVED = new Color(0xd6, 0x27, 0x28);

    private BacktestCharts() {
    }

    /** Labels and units of the indicators, Norwegian and English. */
    private static final Map<String, String[]> LABELS = Map.ofEntries(
            Map.entry("settled", new String[] {"Bosatte per år", "Settled per year", "personer", "people"}),
            Map.entry("settled_ukraine", new String[] {"Bosatte med kollektiv beskyttelse per år", "Settled with collective protection per year", "personer", "people"}),
            Map.entry("settled_em", new String[] {"Bosatte enslige mindreårige per år", "Unaccompanied minors settled per year", "personer", "people"}),
            Map.entry("settled_ytd", new String[] {"Bosatte hittil i året", "Settled so far in the year", "personer", "people"}),
            Map.entry("requested", new String[] {"Anmodet (nasjonalt)", "Requested (national)", "personer", "people"}),
            Map.entry("decided", new String[] {"Vedtatte plasser", "Places decided", "plasser", "places"}),
            Map.entry("residents", new String[] {"Beboere i mottak", "Residents in reception", "personer", "people"}),
            Map.entry("places", new String[] {"Plasser i mottak", "Reception places", "plasser", "places"}),
            Map.entry("places_emergency", new String[] {"Akuttplasser", "Emergency places", "plasser", "places"}),
            Map.entry("settlement_ready", new String[] {"Bosettingsklare", "Settlement-ready", "personer", "people"}),
            Map.entry("settlement_ready_in_mottak", new String[] {"Bosettingsklare i mottak", "Settlement-ready in reception", "personer", "people"}),
            Map.entry("in_processing", new String[] {"Venter på vedtak fra UDI", "Waiting for UDI's decision", "personer", "people"}),
            Map.entry("granted", new String[] {"Innvilget per år", "Granted per year", "personer", "people"}),
            Map.entry("wait_mean_months", new String[] {"Ventetid fra vedtak til bosetting", "Wait from decision to settlement", "måneder", "months"}),
            Map.entry("settled_within_6m_share", new String[] {"Andel bosatt innen 6 måneder", "Share settled within 6 months", "andel", "share"}),
            Map.entry("processing_months", new String[] {"Saksbehandlingstid", "Processing time", "måneder", "months"}));

    public static List<Path> draw(Path dir, String langCode) {
        Lang lang = Lang.parse(langCode);
        Results results = Results.read(dir);
        Charts charts = new Charts(results, lang);
        Table table = Table.read(dir, OutputFiles.BACKTEST, List.of("indicator", "period", "model", "observed", "within"));
        Table series = Table.read(dir, OutputFiles.BACKTEST_SERIES, List.of("indicator", "period", "model", "p5", "p95", "kind"));
        Map<String, List<CSVRecord>> observed = new LinkedHashMap<>();
        for (CSVRecord r : table.rows()) {
            observed.computeIfAbsent(table.text(r, "indicator"), k -> new ArrayList<>()).add(r);
        }
        Map<String, List<CSVRecord>> lines = new LinkedHashMap<>();
        for (CSVRecord r : series.rows()) {
            lines.computeIfAbsent(series.text(r, "indicator"), k -> new ArrayList<>()).add(r);
        }
        Map<String, JFreeChart> built = new LinkedHashMap<>();
        int n = 1;
        for (Map.Entry<String, List<CSVRecord>> e : observed.entrySet()) {
            String file = String.format(java.util.Locale.ROOT, "backtest-%02d-%s", n++, e.getKey().replace('_', '-'));
            built.put(file, chart(charts, lang, e.getKey(), e.getValue(), table, lines.getOrDefault(e.getKey(), List.of()), series,
                    results.manifest().scenario()));
        }
        return ChartWriter.writeAll(dir.resolve("charts"), built);
    }

    private static JFreeChart chart(Charts charts, Lang lang, String indicator, List<CSVRecord> obs, Table table,
                                    List<CSVRecord> line, Table series, String scenario) {
        String[] label = LABELS.getOrDefault(indicator, new String[] {indicator, indicator, "", ""});
        boolean share = indicator.endsWith("_share");
        double scale = share ? 100 : 1;
        String unit = share ? lang.t("prosent", "%") : lang.t(label[2], label[3]);
        XYSeries model = new XYSeries(lang.t("modell", "model"));
        YIntervalSeries band = new YIntervalSeries("P5–P95");
        boolean hasBand = false;
        // With monthly values the line is drawn by month alone (a year's value is another measure); a
        // year's observation of a stock is its end, so it stands at December.
        boolean monthly = line.stream().anyMatch(r -> series.text(r, "period").length() == 7);
        boolean stock = line.stream().anyMatch(r -> "stock".equals(series.text(r, "kind")));
        for (CSVRecord r : line) {
            if (monthly && series.text(r, "period").length() == 4) {
                continue;
            }
            double x = x(series.text(r, "period"), false);
            double v = series.number(r, "model");
            if (!Double.isNaN(v)) {
                model.add(x, scale * v);
            }
            double lo = series.number(r, "p5");
            double hi = series.number(r, "p95");
            if (!Double.isNaN(lo) && !Double.isNaN(hi)) {
                band.add(x, scale * v, scale * lo, scale * hi);
                hasBand = true;
            }
        }
        XYSeries points = new XYSeries(lang.t("observert", "observed"));
        int within = 0;
        for (CSVRecord r : obs) {
            points.add(x(table.text(r, "period"), monthly && stock), scale * table.number(r, "observed"));
            within += "yes".equals(table.text(r, "within")) ? 1 : 0;
        }
        XYLineAndShapeRenderer modelLine = new XYLineAndShapeRenderer(true, line.size() < 30);
        modelLine.setSeriesPaint(0, MODEL);
        modelLine.setSeriesStroke(0, new BasicStroke(2.4f));
        org.jfree.chart.axis.NumberAxis valueAxis = charts.numberAxis(lang.t(label[0], label[1]) + " (" + unit + ")");
        if ("months".equals(label[3])) {
            // Months are read to a tenth; whole-number ticks would repeat.
            valueAxis.setNumberFormatOverride(new java.text.DecimalFormat("0.0",
                    java.text.DecimalFormatSymbols.getInstance(lang.locale())));
        }
        XYPlot plot = new XYPlot(new XYSeriesCollection(model), charts.timeAxis(), valueAxis, modelLine);
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        dots.setSeriesPaint(0, OBSERVED);
        dots.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-6, -6, 12, 12));
        plot.setRenderer(1, dots);
        plot.setDataset(1, new XYSeriesCollection(points));
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem(lang.t("modell", "model"), null, null, null, new Line2D.Double(-10, 0, 10, 0),
                new BasicStroke(2.4f), MODEL));
        if (hasBand) {
            DeviationRenderer fan = new DeviationRenderer(false, false);
            fan.setSeriesFillPaint(0, BAND);
            fan.setSeriesPaint(0, BAND);
            fan.setSeriesStroke(0, new BasicStroke(0f));
            fan.setAlpha(0.35f);
            plot.setRenderer(2, fan);
            YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
            bands.addSeries(band);
            plot.setDataset(2, bands);
            legend.add(new LegendItem(lang.t("90 % av kjøringene (P5–P95)", "90 % of runs (P5–P95)"), new Color(0x6b, 0xae, 0xd6, 110)));
        }
        legend.add(new LegendItem(lang.t("observert (IMDi, UDI)", "observed (IMDi, UDI)"), null, null, null,
                new java.awt.geom.Ellipse2D.Double(-5, -5, 10, 10), OBSERVED));
        plot.setFixedLegendItems(legend);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.REVERSE);
        String subtitle = lang.t("Scenario ", "Scenario ") + scenario + " · " + within + lang.t(" av ", " of ") + obs.size()
                + lang.t(" observasjoner innenfor toleransen", " observations within tolerance")
                + (monthly && stock ? lang.t(" · årstall er ved årets slutt", " · a year's figure is its end")
                        : lang.t(" · årstall vist midt i året", " · yearly figures shown mid-year"));
        return charts.decorate(new JFreeChart(null, null, plot, true), lang.t(label[0], label[1]) + lang.t(": modell og observert",
                ": model and observed"), subtitle, scenario);
    }

    /** A period's place on the time axis: a month's middle; a year's middle, or its December's for a stock's year-end. */
    private static double x(String period, boolean yearEnd) {
        if (period.length() == 4) {
            return yearEnd ? Charts.month(YearMonth.of(Integer.parseInt(period), 12)).getMiddleMillisecond()
                    : Charts.month(YearMonth.of(Integer.parseInt(period), 7)).getFirstMillisecond();
        }
        return Charts.month(YearMonth.parse(period)).getMiddleMillisecond();
    }
}
