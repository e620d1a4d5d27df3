package no.bosim.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;
import no.bosim.contract.OutputFiles;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Month;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.data.time.TimeTableXYDataset;

/**
 * The six charts of a run, built from its results: each with a title, a subtitle naming the
 * scenario, seed and criteria set, axes with units, a legend and a source line. Building is kept
 * apart from writing ({@link ChartWriter}) so tests can look at the datasets themselves.
 */
final class Charts {

    /** The charts in the order they are drawn and put in the briefing; the name is the file name. */
    enum Kind { ANKOMSTER, BELEGG, VENTETID, BOSETTING, FYLKER, KOSTNADER }

    /** Rules whose alerts concern reception capacity, marked on the occupancy chart. */
    static final Set<String> CAPACITY_ALERTS = Set.of("VARSEL-01", "VARSEL-02", "VARSEL-07");

    static final String FONT = GraphicsEnvironment.isHeadless() || Arrays.asList(
            GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()).contains("DejaVu Sans")
            ? "DejaVu Sans" : Font.SANS_SERIF;
    private static final Color ASYLUM = new Color(0x1f, 0x77, 0xb4);
    private static final Color EM = new Color(0xff, 0x7f, 0x0e);
    private static final Color UKRAINE = new Color(0x2c, 0xa0, 0x2c);
    private static final Color QUOTA = new Color(0x94, 0x67, 0xbd);
    private static final Color DARK = new Color(0x33, 0x33, 0x33);
    private static final Color RED = new Color(0xd6, 0x27, 0x28);
    private static final Color GRID = new Color(0xdd, 0xdd, 0xdd);

    private final Results results;
    private final Lang lang;

    Charts(Results results, Lang lang) {
        this.results = results;
        this.lang = lang;
    }

    JFreeChart build(Kind kind, int countyYear) {
        return switch (kind) {
            case ANKOMSTER -> arrivals();
            case BELEGG -> occupancy();
            case VENTETID -> backlog();
            case BOSETTING -> settlement();
            case FYLKER -> counties(countyYear);
            case KOSTNADER -> costs();
        };
    }

    /** The year the county chart shows by default: the first year the rules planned, or the first year. */
    int defaultCountyYear() {
        // The year after the projection starts: the first one planned wholly within it (the run's second year
        // when nothing is replayed). A replayed year would show history, not what the criteria project.
        int first = results.projection().get(0).month().getYear();
        int last = results.months().get(results.months().size() - 1).month().getYear();
        return Math.min(first + 1, last);
    }

    // ---- 1: arrivals against capacity and residents ---------------------------------------------

    JFreeChart arrivals() {
        TimeTableXYDataset arrivals = new TimeTableXYDataset();
        TimeSeries capacity = new TimeSeries(lang.t("Plasser i mottak", "Reception places"));
        TimeSeries residents = new TimeSeries(lang.t("Beboere i mottak", "Residents in reception"));
        for (Results.Month m : results.months()) {
            Month p = month(m.month());
            arrivals.add(p, m.asylum(), lang.t("Asylsøkere", "Asylum seekers"));
            arrivals.add(p, m.em(), lang.t("Enslige mindreårige", "Unaccompanied minors"));
            arrivals.add(p, m.ukraine(), lang.t("Ukrainere", "Ukrainians"));
            arrivals.add(p, m.quota(), lang.t("Overføringsflyktninger", "Resettlement refugees"));
            capacity.add(p, m.capacity());
            residents.add(p, m.inMottak());
        }
        StackedXYBarRenderer bars = new StackedXYBarRenderer(0.15);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        Color[] colors = {ASYLUM, EM, UKRAINE, QUOTA};
        for (int i = 0; i < colors.length; i++) {
            bars.setSeriesPaint(i, colors[i]);
        }
        XYPlot top = new XYPlot(arrivals, null, numberAxis(lang.t("Ankomster per måned (personer)",
                "Arrivals per month (people)")), bars);
        assumedArrivals(top);
        TimeSeriesCollection lines = new TimeSeriesCollection();
        lines.addSeries(capacity);
        lines.addSeries(residents);
        XYLineAndShapeRenderer lineRenderer = lines(DARK, RED);
        lineRenderer.setSeriesStroke(0, new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {7f, 4f}, 0f));
        XYPlot bottom = new XYPlot(lines, null, numberAxis(lang.t("Plasser / beboere", "Places / residents")), lineRenderer);
        observedPoints(bottom, lang.t("Beboere, observert (UDI)", "Residents, observed (UDI)"), RED,
                new java.awt.geom.Ellipse2D.Double(-4.5, -4.5, 9, 9), "residents");
        return decorate(panels(top, 3, bottom, 2),
                lang.t("Ankomster per måned, og plasser og beboere i mottak", "Arrivals per month, and reception places and residents"));
    }

    // ---- 2: occupancy with warning bands and capacity warnings -----------------------------------

    JFreeChart occupancy() {
        TimeSeries occupancy = new TimeSeries(lang.t("Belegg", "Occupancy"));
        results.months().forEach(m -> occupancy.add(month(m.month()), 100 * m.occupancy()));
        XYPlot plot = new XYPlot(new TimeSeriesCollection(occupancy), timeAxis(),
                percentAxis(lang.t("Belegg i mottak (prosent av plassene)", "Occupancy of reception (% of places)")), lines(RED));
        double low = 100 * results.manifest().parameter("varsel_belegg_lav", 0.70);
        double high = 100 * results.manifest().parameter("varsel_belegg_hoy", 0.95);
        double aim = 100 * results.manifest().parameter("maal_belegg", 0.85);
        boolean bandChanges = results.manifest().changes("varsel_belegg_lav") || results.manifest().changes("varsel_belegg_hoy");
        if (!bandChanges) {
            IntervalMarker band = new IntervalMarker(low, high, new Color(0x2c, 0xa0, 0x2c, 28));
            band.setLabel(lang.t("Innenfor varselgrensene", "Within the warning bands") + String.format(lang.locale(), " (%.0f–%.0f %%)", low, high));
            styleMarkerLabel(band, RectangleAnchor.TOP_LEFT, TextAnchor.TOP_LEFT);
            plot.addRangeMarker(band, Layer.BACKGROUND);
        }
        Color green = new Color(0x2c, 0xa0, 0x2c);
        // Without the band's shading (an edge changes), the edge that holds still is labelled on its own.
        for (String[] edge : new String[][] {{"varsel_belegg_lav", "0.70", lang.t("Nedre varselgrense", "Lower warning threshold")},
                {"varsel_belegg_hoy", "0.95", lang.t("Øvre varselgrense", "Upper warning threshold")}}) {
            double at = 100 * results.manifest().parameter(edge[0], Double.parseDouble(edge[1]));
            ValueMarker line = threshold(plot, edge[0], Double.parseDouble(edge[1]), edge[2], green, new BasicStroke(1.2f),
                    bandChanges ? edge[2] + String.format(lang.locale(), " %.0f %%", at) : null);
            if (line != null && bandChanges) {
                styleMarkerLabel(line, RectangleAnchor.BOTTOM_LEFT, TextAnchor.TOP_LEFT);
            }
        }
        ValueMarker aimLine = threshold(plot, "maal_belegg", 0.85, lang.t("UDIs mål", "UDI's aim"), DARK,
                new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f),
                lang.t("UDIs mål", "UDI's aim") + String.format(lang.locale(), " %.0f %%", aim));
        if (aimLine != null) {
            styleMarkerLabel(aimLine, RectangleAnchor.BOTTOM_RIGHT, TextAnchor.TOP_RIGHT);
        }
        boolean labelled = false;
        for (YearMonth m : results.alerts().stream().filter(a -> CAPACITY_ALERTS.contains(a.ruleId()))
                .map(Results.Alert::month).distinct().sorted().toList()) {
            Month p = month(m);
            IntervalMarker warn = new IntervalMarker(p.getFirstMillisecond(), p.getLastMillisecond(), new Color(0xd6, 0x27, 0x28, 45));
            if (!labelled) {
                warn.setLabel(lang.t("Måneder med kapasitetsvarsel", "Months with a capacity warning"));
                // At the foot of the plot, where occupancy never goes: the top is the divider's label.
                styleMarkerLabel(warn, RectangleAnchor.BOTTOM_RIGHT, TextAnchor.BOTTOM_LEFT);
                labelled = true;
            }
            plot.addDomainMarker(warn, Layer.BACKGROUND);
        }
        history(plot, true);
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        double max = results.months().stream().mapToDouble(m -> 100 * m.occupancy()).max().orElse(100);
        axis.setRange(0, Math.max(110, Math.ceil(max / 10) * 10 + 10));
        return decorate(new JFreeChart(null, null, plot, true), lang.t("Belegg i mottak med varselgrenser",
                "Occupancy of reception with warning bands"));
    }

    // ---- 3: backlog by months waited, with the long-wait share ----------------------------------

    JFreeChart backlog() {
        TimeTableXYDataset waiting = new TimeTableXYDataset();
        TimeSeries share = new TimeSeries(lang.t("Andel lengeventende", "Share of long waiters"));
        String[] names = {lang.t("0–3 mnd", "0–3 months"), lang.t("4–6 mnd", "4–6 months"), lang.t("7–12 mnd", "7–12 months"),
                lang.t("over 12 mnd", "over 12 months")};
        for (Results.Month m : results.months()) {
            Month p = month(m.month());
            waiting.add(p, m.ready0to3(), names[0]);
            waiting.add(p, m.ready4to6(), names[1]);
            waiting.add(p, m.ready7to12(), names[2]);
            waiting.add(p, m.readyOver12(), names[3]);
            share.add(p, 100 * m.longWaitShare());
        }
        StackedXYAreaRenderer2 area = new StackedXYAreaRenderer2();
        Color[] shades = {new Color(0xc6, 0xdb, 0xef), new Color(0x6b, 0xae, 0xd6), new Color(0x21, 0x71, 0xb5), new Color(0x08, 0x30, 0x6b)};
        for (int i = 0; i < shades.length; i++) {
            area.setSeriesPaint(i, shades[i]);
        }
        XYPlot top = new XYPlot(waiting, null, numberAxis(lang.t("Bosettingsklare (personer)",
                "Settlement-ready, waiting (people)")), area);
        double threshold = 100 * results.manifest().parameter("varsel_lengeventende_andel_maks", 0.10);
        NumberAxis shareAxis = percentAxis(lang.t("Lengeventende (prosent)", "Long waiters (%)"));
        double highest = results.months().stream().mapToDouble(m -> 100 * m.longWaitShare()).max().orElse(0);
        shareAxis.setRange(0, Math.max(10, Math.ceil(Math.max(highest, threshold) * 1.25 / 5) * 5));
        XYPlot bottom = new XYPlot(new TimeSeriesCollection(share), null, shareAxis, lines(RED));
        ValueMarker mark = threshold(bottom, "varsel_lengeventende_andel_maks", 0.10, lang.t("Varselgrense", "Warning threshold"), RED,
                new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f),
                String.format(lang.locale(), lang.t("Varselgrense %.0f %%", "Warning threshold %.0f %%"), threshold));
        if (mark != null) {
            styleMarkerLabel(mark, RectangleAnchor.TOP_RIGHT, TextAnchor.BOTTOM_RIGHT);
        }
        return decorate(panels(top, 3, bottom, 2), lang.t("Venter på bosetting, etter ventetid siden vedtak, og andel lengeventende",
                "Waiting for settlement, by time since the decision, and the share of long waiters"));
    }

    // ---- 4: settled per month and so far in the year against the need ---------------------------

    JFreeChart settlement() {
        TimeSeries monthly = new TimeSeries(lang.t("Bosatt i måneden", "Settled in the month"));
        TimeSeries soFar = new TimeSeries(lang.t("Bosatt hittil i året", "Settled so far this year"));
        TimeSeries decided = new TimeSeries(lang.t("Vedtatte plasser i året", "Places decided for the year"));
        TimeSeries need = new TimeSeries(lang.t("Årets bosettingsbehov", "The year's settlement need"));
        for (Results.Month m : results.months()) {
            Month p = month(m.month());
            monthly.add(p, m.settled());
            soFar.add(p, m.settledYear());
            decided.add(p, m.vedtatt());
            need.add(p, m.need());
        }
        XYBarRenderer bars = new XYBarRenderer(0.2);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, new Color(0x9e, 0xca, 0xe1));
        XYPlot top = new XYPlot(new TimeSeriesCollection(monthly), null,
                numberAxis(lang.t("Per måned (personer)", "Per month (people)")), bars);
        TimeSeriesCollection year = new TimeSeriesCollection();
        year.addSeries(soFar);
        year.addSeries(decided);
        year.addSeries(need);
        XYStepRenderer steps = new XYStepRenderer();
        steps.setSeriesPaint(0, ASYLUM);
        steps.setSeriesPaint(1, DARK);
        steps.setSeriesPaint(2, RED);
        steps.setSeriesStroke(0, new BasicStroke(2.2f));
        steps.setSeriesStroke(1, new BasicStroke(1.8f));
        steps.setSeriesStroke(2, new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {7f, 4f}, 0f));
        steps.setDefaultShapesVisible(false);
        XYPlot bottom = new XYPlot(year, null, numberAxis(lang.t("I året (personer)", "In the year (people)")), steps);
        observedPoints(bottom, lang.t("Bosatt, observert (IMDi)", "Settled, observed (IMDi)"), ASYLUM,
                new java.awt.geom.Ellipse2D.Double(-5, -5, 10, 10), "settled", "settled_ytd");
        observedPoints(bottom, lang.t("Vedtatt, observert (IMDi)", "Decided, observed (IMDi)"), DARK,
                new java.awt.geom.Rectangle2D.Double(-4.5, -4.5, 9, 9), "decided");
        return decorate(panels(top, 2, bottom, 3), lang.t("Bosatt per måned, og hittil i året mot vedtak og behov",
                "Settled per month, and so far this year against decisions and need"));
    }

    // ---- 5: requested, decided and settled per county ------------------------------------------

    JFreeChart counties(int year) {
        Map<String, double[]> byCounty = new TreeMap<>();
        for (Results.KommuneYear k : results.kommuneYears()) {
            if (k.year() == year) {
                double[] v = byCounty.computeIfAbsent(k.fylke(), f -> new double[3]);
                v[0] += k.anmodet();
                v[1] += k.vedtatt();
                v[2] += k.bosatt();
            }
        }
        if (byCounty.isEmpty()) {
            throw new ResultsProblem(results.dir().resolve(OutputFiles.MUNICIPALITIES) + ": has no rows for " + year
                    + "; choose a simulated year");
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String[] rows = {lang.t("Anmodet", "Requested"), lang.t("Vedtatt", "Decided"), lang.t("Bosatt", "Settled")};
        byCounty.forEach((fylke, v) -> {
            for (int i = 0; i < 3; i++) {
                data.addValue(v[i], rows[i], fylke);
            }
        });
        CategoryAxis axis = new CategoryAxis(lang.t("Fylke", "County"));
        axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setItemMargin(0.05);
        bars.setSeriesPaint(0, new Color(0xbd, 0xd7, 0xe7));
        bars.setSeriesPaint(1, new Color(0x31, 0x82, 0xbd));
        bars.setSeriesPaint(2, new Color(0x08, 0x30, 0x6b));
        // Each bar carries its value: a committee reads the county's figure, not the bar's height.
        bars.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator("{2}", lang.integers()));
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(new Font(FONT, Font.PLAIN, 9));
        bars.setDefaultPositiveItemLabelPosition(new org.jfree.chart.labels.ItemLabelPosition(
                org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE12, TextAnchor.CENTER_LEFT, TextAnchor.CENTER_LEFT, -Math.PI / 2));
        CategoryPlot plot = new CategoryPlot(data, axis, numberAxis(lang.t("Personer", "People")), bars);
        plot.getRangeAxis().setUpperMargin(0.12);
        styleCategory(plot);
        Manifest m = results.manifest();
        return decorate(new JFreeChart(null, null, plot, true), lang.t("Anmodet, vedtatt og bosatt per fylke i ", "Requested, decided and settled per county in ") + year,
                lang.t("Scenario ", "Scenario ") + m.scenario() + " · " + lang.t("året ", "the year ") + year + " · "
                        + lang.t("anmodningskriterier ", "request criteria ") + m.criteria(lang), source(m));
    }

    // ---- 6: grants against costs per year --------------------------------------------------------

    JFreeChart costs() {
        DefaultCategoryDataset money = new DefaultCategoryDataset();
        DefaultCategoryDataset coverage = new DefaultCategoryDataset();
        String grants = lang.t("Tilskudd fra staten", "State grants");
        String spent = lang.t("Kommunenes merkostnader", "Municipal extra costs");
        String cover = lang.t("Dekningsgrad", "Coverage");
        for (Results.Cost c : results.nationalCosts()) {
            String y = String.valueOf(c.year());
            money.addValue(c.grants() / 1e9, grants, y);
            money.addValue(c.costs() / 1e9, spent, y);
            coverage.addValue(100 * c.coverage(), cover, y);
        }
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, UKRAINE);
        bars.setSeriesPaint(1, new Color(0x99, 0x99, 0x99));
        NumberAxis left = numberAxis(lang.t("Milliarder kroner", "NOK billion"));
        left.setNumberFormatOverride(decimals(1));
        CategoryPlot top = new CategoryPlot(money, null, left, bars);
        NumberAxis right = percentAxis(lang.t("Dekningsgrad", "Coverage"));
        double highest = results.nationalCosts().stream().mapToDouble(c -> 100 * c.coverage()).max().orElse(100);
        double lowest = results.nationalCosts().stream().mapToDouble(c -> 100 * c.coverage()).min().orElse(100);
        right.setRange(Math.max(0, Math.floor(Math.min(lowest, 100) / 10) * 10 - 10), Math.ceil(Math.max(highest, 100) / 10) * 10 + 10);
        LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, RED);
        line.setSeriesStroke(0, new BasicStroke(2.4f));
        CategoryPlot bottom = new CategoryPlot(coverage, null, right, line);
        ValueMarker full = new ValueMarker(100, DARK, new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f));
        full.setLabel(lang.t("100 % dekning", "100 % coverage"));
        styleMarkerLabel(full, RectangleAnchor.TOP_LEFT, TextAnchor.BOTTOM_LEFT);
        bottom.addRangeMarker(full, Layer.FOREGROUND);
        org.jfree.chart.plot.CombinedDomainCategoryPlot plot = new org.jfree.chart.plot.CombinedDomainCategoryPlot(
                new CategoryAxis(lang.t("År", "Year")));
        plot.setGap(14);
        plot.add(top, 3);
        plot.add(bottom, 2);
        styleCategory(plot);
        for (CategoryPlot sub : java.util.List.of(top, bottom)) {
            sub.setBackgroundPaint(Color.WHITE);
            sub.setRangeGridlinePaint(GRID);
            sub.setOutlineVisible(false);
        }
        if (results.nationalCosts().isEmpty()) {
            top.setNoDataMessage(lang.t("Ingen kostnader i denne kjøringen (kjørt uten regler)", "No costs in this run (run without rules)"));
        }
        return decorate(new JFreeChart(null, null, plot, true), lang.t("Integreringstilskudd og andre tilskudd mot kommunenes merkostnader, og dekningsgraden",
                "Integration and other grants against the kommuner's extra costs, and the coverage"));
    }

    // ---- shared decoration ----------------------------------------------------------------------

    JFreeChart decorate(JFreeChart chart, String title) {
        Manifest m = results.manifest();
        return decorate(chart, title, lang.t("Scenario ", "Scenario ") + m.scenario() + " · " + lang.t("anmodningskriterier ", "request criteria ")
                + m.criteria(lang) + " · " + m.start() + lang.t(" til ", " to ") + m.end(), source(m));
    }

    /**
     * The footer: where the figures come from, and what kind of run drew them. One stochastic run is one
     * possible path, not the expected one, and says so on every chart (with the seed that reproduces it).
     */
    private String source(Manifest m) {
        if ("deterministic".equals(m.mode())) {
            return m.scenario() + lang.t(", forventet forløp (deterministisk)", ", expected path (deterministic)");
        }
        // The seed that reproduces it is provenance: in the manifest and the briefing's appendix, not on the chart.
        return m.scenario() + lang.t(", én tilfeldig kjøring av mange mulige; et ensemble viser spredningen",
                ", one random run of many possible; an ensemble shows the spread");
    }

    /** Title, a subtitle saying what is shown, the source line naming the scenario(s), legend and style. */
    JFreeChart decorate(JFreeChart chart, String title, String subtitleText, String scenarios) {
        return decorate(chart, lang, title, subtitleText, scenarios);
    }

    /** As {@link #decorate(JFreeChart, String, String, String)}, for charts not drawn from a run (a sweep's). */
    static JFreeChart decorate(JFreeChart chart, Lang lang, String title, String subtitleText, String scenarios) {
        chart.setTitle(new TextTitle(title, new Font(FONT, Font.BOLD, 21)));
        chart.getTitle().setPadding(new RectangleInsets(10, 10, 2, 10));
        TextTitle subtitle = new TextTitle(subtitleText, new Font(FONT, Font.PLAIN, 14));
        subtitle.setPaint(new Color(0x55, 0x55, 0x55));
        subtitle.setPadding(new RectangleInsets(0, 10, 8, 10));
        chart.addSubtitle(subtitle);
        TextTitle source = new TextTitle(lang.t("Kilde: bosim, scenario ", "Source: bosim, scenario ") + scenarios
                + lang.t("; data IMDi/SSB/UDI", "; data IMDi/SSB/UDI"), new Font(FONT, Font.PLAIN, 11));
        source.setPosition(RectangleEdge.BOTTOM);
        source.setHorizontalAlignment(HorizontalAlignment.RIGHT);
        source.setPaint(new Color(0x66, 0x66, 0x66));
        source.setPadding(new RectangleInsets(4, 10, 6, 12));
        chart.addSubtitle(source);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(new Font(FONT, Font.PLAIN, 13));
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            legend.setPosition(RectangleEdge.BOTTOM);
        }
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        java.util.List<XYPlot> plots = chart.getPlot() instanceof org.jfree.chart.plot.CombinedDomainXYPlot combined
                ? combined.getSubplots() : chart.getPlot() instanceof XYPlot xy ? java.util.List.of(xy) : java.util.List.of();
        for (XYPlot xy : plots) {
            xy.setBackgroundPaint(Color.WHITE);
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
            xy.setOutlineVisible(false);
        }
        return chart;
    }

    private void styleCategory(CategoryPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlineVisible(false);
        plot.getDomainAxis().setLabelFont(new Font(FONT, Font.PLAIN, 14));
        plot.getDomainAxis().setTickLabelFont(new Font(FONT, Font.PLAIN, 12));
    }

    DateAxis timeAxis() {
        DateAxis axis = new DateAxis(lang.t("Måned", "Month"), TimeZone.getTimeZone("UTC"), lang.locale());
        // One tick on each 1 January, labelled with the year: finer ticks would repeat the year.
        SimpleDateFormat year = new SimpleDateFormat("yyyy", lang.locale());
        year.setTimeZone(TimeZone.getTimeZone("UTC"));
        int span = results.months().size() / 12;
        axis.setTickUnit(new org.jfree.chart.axis.DateTickUnit(org.jfree.chart.axis.DateTickUnitType.YEAR, span > 15 ? 2 : 1, year));
        axis.setTickMarkPosition(org.jfree.chart.axis.DateTickMarkPosition.START);
        axis.setLabelFont(new Font(FONT, Font.PLAIN, 14));
        axis.setTickLabelFont(new Font(FONT, Font.PLAIN, 12));
        // Exactly the simulated months, so no tick falls on the edge after the last one.
        axis.setRange(month(results.months().get(0).month()).getFirstMillisecond(),
                month(results.months().get(results.months().size() - 1).month()).getLastMillisecond());
        return axis;
    }

    NumberAxis numberAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setNumberFormatOverride(lang.integers());
        axis.setLabelFont(new Font(FONT, Font.PLAIN, 14));
        axis.setTickLabelFont(new Font(FONT, Font.PLAIN, 12));
        axis.setAutoRangeIncludesZero(true);
        return axis;
    }

    /**
     * An axis of percentage points (values already times 100) for shares that may be tiny: a decimal
     * where the ticks need one, and never less than five points of range, so a 0.5 % blip stays a
     * blip instead of filling the chart with ticks that all read "0".
     */
    NumberAxis percentPointAxis(String label) {
        NumberAxis axis = numberAxis(label);
        axis.setNumberFormatOverride(new DecimalFormat("0.#' %'", DecimalFormatSymbols.getInstance(lang.locale())));
        axis.setStandardTickUnits(NumberAxis.createStandardTickUnits());
        return axis;
    }

    /** Fixes a percent-point axis at 0 to at least five points, or a tenth above the largest value. */
    static void percentPointRange(NumberAxis axis, double largest) {
        axis.setRange(0, Math.max(5.0, largest * 1.1));
    }

    private NumberAxis percentAxis(String label) {
        NumberAxis axis = numberAxis(label);
        DecimalFormat f = new DecimalFormat("0' %'", DecimalFormatSymbols.getInstance(lang.locale()));
        axis.setNumberFormatOverride(f);
        return axis;
    }

    private NumberFormat decimals(int digits) {
        NumberFormat f = NumberFormat.getNumberInstance(lang.locale());
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f;
    }

    /** Two panels over one time axis, each with its own unit: never two y-axes with different units on one plot. */
    private JFreeChart panels(XYPlot top, int topWeight, XYPlot bottom, int bottomWeight) {
        org.jfree.chart.plot.CombinedDomainXYPlot plot = new org.jfree.chart.plot.CombinedDomainXYPlot(timeAxis());
        plot.setGap(14);
        plot.add(top, topWeight);
        plot.add(bottom, bottomWeight);
        history(top, true);
        history(bottom, false);
        return new JFreeChart(null, null, plot, true);
    }

    /**
     * The months after the arrivals' last observed one, shaded and named: there the path is the assumption
     * the manifest names (arrivals_continued_by), not figures anyone published.
     */
    private void assumedArrivals(XYPlot plot) {
        String to = Manifest.text(results.dir().resolve(OutputFiles.MANIFEST), "arrivals_observed_to");
        if (to == null) {
            return;
        }
        YearMonth from = YearMonth.parse(to).plusMonths(1);
        YearMonth last = results.months().get(results.months().size() - 1).month();
        if (from.isAfter(last)) {
            return;
        }
        IntervalMarker assumed = new IntervalMarker(month(from).getFirstMillisecond(), month(last).getLastMillisecond(),
                new Color(0x88, 0x88, 0x88, 30));
        assumed.setLabel(lang.t("antatte ankomster", "assumed arrivals"));
        styleMarkerLabel(assumed, RectangleAnchor.TOP, TextAnchor.TOP_CENTER);
        plot.addDomainMarker(assumed, Layer.BACKGROUND);
    }

    /**
     * The line between history and projection: before the run's projection start (projection_from), or
     * for an older folder after the last month with an observed figure. Left of it the model replays
     * history and can be checked against what happened; right of it is projection.
     */
    void history(XYPlot plot, boolean label) {
        YearMonth ends = results.historyEnds();
        if (ends == null) {
            return;
        }
        ValueMarker line = new ValueMarker(month(ends.plusMonths(1)).getFirstMillisecond(), new Color(0x55, 0x55, 0x55),
                new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2f, 3f}, 0f));
        if (label) {
            // Left of the line is the model's replay of history on observed inputs, not the observations
            // themselves (those are the points); a folder from before projection_from knows only where they end.
            line.setLabel(results.projectionFrom() != null
                    ? lang.t("modellert historikk  |  framskrevet", "modelled history  |  projected")
                    : lang.t("observert  |  framskrevet", "observed  |  projected"));
            styleMarkerLabel(line, RectangleAnchor.TOP, TextAnchor.TOP_CENTER);
        }
        plot.addDomainMarker(line, Layer.FOREGROUND);
    }

    /**
     * The observed figures of the given indicators as points on the plot, with their own legend
     * entry, so the model's line can be read against what really happened.
     */
    private void observedPoints(XYPlot plot, String name, Color color, java.awt.Shape shape, String... indicators) {
        TimeSeries points = new TimeSeries(name);
        for (String indicator : indicators) {
            for (Results.Observed o : results.observed(indicator)) {
                points.addOrUpdate(month(o.month()), o.value());
            }
        }
        if (points.isEmpty()) {
            return;
        }
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setSeriesPaint(0, color);
        r.setSeriesShape(0, shape);
        int index = plot.getDatasetCount();
        plot.setDataset(index, new TimeSeriesCollection(points));
        plot.setRenderer(index, r);
    }

    /**
     * Draws a share parameter of the run as a percentage threshold on the plot: a line across the
     * plot where it holds the whole run (returned, for its label), or a step line in the legend
     * where the scenario changes it during the run, so each month is judged against the value then
     * in force (null).
     */
    private ValueMarker threshold(XYPlot plot, String parameter, double fallback, String name, Color color, BasicStroke stroke,
                                  String label) {
        Manifest m = results.manifest();
        if (!m.changes(parameter)) {
            ValueMarker line = new ValueMarker(100 * m.parameter(parameter, fallback), color, stroke);
            if (label != null) {
                line.setLabel(label);
            }
            plot.addRangeMarker(line, Layer.FOREGROUND);
            return line;
        }
        TimeSeries steps = new TimeSeries(name + lang.t(" (endres i perioden)", " (changes during the run)"));
        results.months().forEach(x -> steps.add(month(x.month()), 100 * m.parameterAt(parameter, x.month(), fallback)));
        org.jfree.chart.renderer.xy.XYStepRenderer r = new org.jfree.chart.renderer.xy.XYStepRenderer();
        r.setSeriesPaint(0, color);
        r.setSeriesStroke(0, stroke);
        int index = plot.getDatasetCount();
        plot.setDataset(index, new TimeSeriesCollection(steps));
        plot.setRenderer(index, r);
        return null;
    }

    private static XYLineAndShapeRenderer lines(Color... colors) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < colors.length; i++) {
            r.setSeriesPaint(i, colors[i]);
            r.setSeriesStroke(i, new BasicStroke(2.2f));
        }
        return r;
    }

    private static void styleMarkerLabel(org.jfree.chart.plot.Marker marker, RectangleAnchor anchor, TextAnchor text) {
        marker.setLabelFont(new Font(FONT, Font.PLAIN, 12));
        marker.setLabelPaint(DARK);
        marker.setLabelAnchor(anchor);
        marker.setLabelTextAnchor(text);
        marker.setLabelOffset(new RectangleInsets(4, 6, 4, 6));
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 210));
    }

    /** A month pegged to UTC, so positions on the time axis do not depend on the machine's time zone. */
    static Month month(YearMonth m) {
        java.util.Date first = java.util.Date.from(m.atDay(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        return new Month(first, TimeZone.getTimeZone("UTC"), java.util.Locale.ROOT);
    }

    /** The charts' file names (without extension), in order. */
    static Map<Kind, String> fileNames() {
        Map<Kind, String> names = new LinkedHashMap<>();
        names.put(Kind.ANKOMSTER, "1-ankomster");
        names.put(Kind.BELEGG, "2-belegg");
        names.put(Kind.VENTETID, "3-ventetid");
        names.put(Kind.BOSETTING, "4-bosetting");
        names.put(Kind.FYLKER, "5-fylker");
        names.put(Kind.KOSTNADER, "6-kostnader");
        return names;
    }
}
