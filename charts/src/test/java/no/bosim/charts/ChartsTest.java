package no.bosim.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartsTest {

    @TempDir
    Path tmp;

    private Charts charts(boolean excel, Lang lang) throws IOException {
        return new Charts(Results.read(SmallRun.write(tmp.resolve(excel ? "excel" : "plain"), excel)), lang);
    }

    @Test
    void everyChartIsARealNonBlankImageOfTheExpectedSizeAndAnSvg() throws IOException {
        Path run = SmallRun.write(tmp.resolve("run"), false);
        List<Path> files = ChartWriter.drawAll(run, "nb", null);
        assertEquals(14, files.size(), "six charts and the map, each as PNG and SVG");
        for (Path f : files) {
            if (f.toString().endsWith(".png")) {
                BufferedImage img = ImageIO.read(f.toFile());
                assertEquals(ChartWriter.WIDTH, img.getWidth(), f.toString());
                assertEquals(ChartWriter.HEIGHT, img.getHeight(), f.toString());
                Set<Integer> colours = new HashSet<>();
                for (int x = 0; x < img.getWidth(); x += 7) {
                    for (int y = 0; y < img.getHeight(); y += 7) {
                        colours.add(img.getRGB(x, y));
                    }
                }
                assertTrue(colours.size() > 20, f + " looks blank: " + colours.size() + " colours");
            } else {
                assertEquals("svg", svgRoot(f).getTagName(), f + " is an SVG document");
                assertTrue(Files.readString(f, StandardCharsets.UTF_8).contains("<text"), f + " has text");
            }
        }
        try (var listing = Files.list(run.resolve("charts"))) {
            assertEquals(14, listing.count(), "no temporary files left");
        }
    }

    private static org.w3c.dom.Element svgRoot(Path file) {
        try {
            javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return f.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError(file + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    @Test
    void theArrivalsChartHoldsTheArrivalStreamsAndTheReceptionLinesFromTheResults() throws IOException {
        JFreeChart chart = charts(false, Lang.NB).arrivals();
        List<XYPlot> panels = ((org.jfree.chart.plot.CombinedDomainXYPlot) chart.getPlot()).getSubplots();
        assertEquals(2, panels.size(), "arrivals and reception in panels of their own, not on two axes of one plot");
        XYDataset arrivals = panels.get(0).getDataset(0);
        assertEquals(1, panels.get(0).getRangeAxisCount(), "one unit per panel");
        assertEquals(4, arrivals.getSeriesCount());
        assertEquals("Asylsøkere", arrivals.getSeriesKey(0));
        assertEquals(SmallRun.MONTHS, arrivals.getItemCount(0));
        assertEquals(400.0, arrivals.getYValue(0, 0));
        assertEquals(413.0, arrivals.getYValue(0, 13));
        assertEquals(1000.0, arrivals.getYValue(2, 5), "Ukrainians");
        XYDataset lines = panels.get(1).getDataset(0);
        assertEquals("Plasser i mottak", lines.getSeriesKey(0));
        assertEquals(930.0, lines.getYValue(1, 13), "residents in the last month");
        assertTrue(chart.getSubtitles().stream().anyMatch(t -> t instanceof TextTitle tt && tt.getText().contains("Scenario small")),
                "a subtitle names the scenario");
        assertTrue(chart.getSubtitles().stream().anyMatch(t -> t instanceof TextTitle tt && tt.getText().startsWith("Kilde: bosim")
                && tt.getText().contains("én tilfeldig kjøring av mange mulige")), "a source line saying the chart is one random run");
        assertTrue(chart.getSubtitles().stream().noneMatch(t -> t instanceof TextTitle tt && tt.getText().startsWith("Scenario")
                && tt.getText().contains("frø")), "the seed is provenance, in the footer, not in the subtitle");
    }

    @Test
    void theOccupancyChartMarksTheMonthsWithACapacityWarningAndTheBands() throws IOException {
        XYPlot plot = charts(false, Lang.NB).occupancy().getXYPlot();
        assertEquals(1, plot.getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND).size(), "one month with VARSEL-01");
        assertEquals(80.0, plot.getDataset().getYValue(0, 0), 1e-9, "occupancy in per cent");
        assertTrue(plot.getRangeMarkers(org.jfree.chart.ui.Layer.BACKGROUND).size() >= 1, "the warning band");
    }

    @Test
    void aThresholdTheScenarioChangesDuringTheRunIsDrawnAsItWasInEachMonth() throws IOException {
        Path dir = SmallRun.write(tmp.resolve("steps"), false);
        Path manifest = dir.resolve("manifest.json");
        // As ResultsWriter writes it: two spaces per level.
        String steps = String.join("\n", "  \"parameters_changing\": {", "    \"varsel_belegg_hoy\": [", "      {",
                "        \"from\": \"2025-01\",", "        \"value\": 0.95", "      },", "      {", "        \"from\": \"2026-01\",",
                "        \"value\": 0.9", "      }", "    ]", "  },", "  \"parameters_at_start\": {");
        Files.writeString(manifest, Files.readString(manifest).replace("  \"parameters_at_start\": {", steps));
        Results r = Results.read(dir);
        assertEquals(0.95, r.manifest().parameterAt("varsel_belegg_hoy", java.time.YearMonth.of(2025, 12), 0), 1e-12);
        assertEquals(0.9, r.manifest().parameterAt("varsel_belegg_hoy", java.time.YearMonth.of(2026, 2), 0), 1e-12);
        assertEquals(0.7, r.manifest().parameterAt("varsel_belegg_lav", java.time.YearMonth.of(2026, 2), 0), 1e-12, "an unchanged one");
        XYPlot plot = new Charts(r, Lang.NB).occupancy().getXYPlot();
        assertEquals(2, plot.getDatasetCount(), "the occupancy and the threshold's steps");
        XYDataset drawn = plot.getDataset(1);
        assertEquals("Øvre varselgrense (endres i perioden)", drawn.getSeriesKey(0));
        assertEquals(95.0, drawn.getYValue(0, 11), 1e-9, "December 2025");
        assertEquals(90.0, drawn.getYValue(0, 12), 1e-9, "January 2026");
        assertTrue(plot.getRangeMarkers(org.jfree.chart.ui.Layer.BACKGROUND) == null
                || plot.getRangeMarkers(org.jfree.chart.ui.Layer.BACKGROUND).isEmpty(), "no band for one value when an edge moves");
        XYPlot constant = charts(false, Lang.NB).occupancy().getXYPlot();
        assertEquals(1, constant.getDatasetCount(), "a threshold that holds is a line across, not a series");
    }

    @Test
    void observedFiguresArePointsAndALineMarksWhereTheProjectionBegins() throws IOException {
        Path dir = SmallRun.write(tmp.resolve("observed"), false);
        Files.writeString(dir.resolve("observed.csv"), "indicator,period,value,source\n"
                + "settled,2025,900,IMDi <https://www.imdi.no/>\n"
                + "decided,2025,1000,IMDi <https://www.imdi.no/>\n"
                + "residents,2025-06,850,UDI <https://www.udi.no/>\n");
        Results r = Results.read(dir);
        assertEquals(java.time.YearMonth.of(2025, 12), r.historyEnds(), "the run goes on to 2026-02");
        var settlement = (org.jfree.chart.plot.CombinedDomainXYPlot) new Charts(r, Lang.NB).settlement().getXYPlot();
        XYPlot year = (XYPlot) settlement.getSubplots().get(1);
        java.util.List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < year.getDatasetCount(); i++) {
            names.add(String.valueOf(year.getDataset(i).getSeriesKey(0)));
        }
        assertTrue(names.contains("Bosatt, observert (IMDi)") && names.contains("Vedtatt, observert (IMDi)"), names.toString());
        XYDataset settled = year.getDataset(names.indexOf("Bosatt, observert (IMDi)"));
        assertEquals(900, settled.getYValue(0, 0), 1e-9);
        for (Object sub : settlement.getSubplots()) {
            var markers = ((XYPlot) sub).getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND);
            assertEquals(1, markers.size(), "the history line in every panel");
            assertEquals(new org.jfree.data.time.Month(1, 2026).getFirstMillisecond(),
                    ((org.jfree.chart.plot.ValueMarker) markers.iterator().next()).getValue(), 1e-9, "at the start of January 2026");
        }
        var reception = (org.jfree.chart.plot.CombinedDomainXYPlot) new Charts(r, Lang.NB).arrivals().getXYPlot();
        assertEquals(2, ((XYPlot) reception.getSubplots().get(1)).getDatasetCount(), "residents observed as points");
        Files.writeString(dir.resolve("observed.csv"), "indicator,period,value,source\nsettled,2026-02,900,IMDi <https://www.imdi.no/>\n");
        assertEquals(null, Results.read(dir).historyEnds(), "observations to the run's last month: all history, no line");
        var plain = (org.jfree.chart.plot.CombinedDomainXYPlot) charts(false, Lang.NB).settlement().getXYPlot();
        assertEquals(1, ((XYPlot) plain.getSubplots().get(1)).getDatasetCount(), "no observations, no points");
    }

    @Test
    void theCountyChartSumsTheKommunerOfEachCountyForTheChosenYear() throws IOException {
        CategoryDataset data = charts(false, Lang.NB).counties(2026).getCategoryPlot().getDataset();
        assertEquals(100.0, data.getValue("Anmodet", "Rogaland").doubleValue());
        assertEquals(60.0, data.getValue("Bosatt", "Rogaland").doubleValue());
        assertEquals(90.0, data.getValue("Vedtatt", "Oslo").doubleValue());
    }

    @Test
    void theCostChartShowsGrantsAndCostsInBillionsAndCoverageInPerCent() throws IOException {
        List<CategoryPlot> panels = ((org.jfree.chart.plot.CombinedDomainCategoryPlot) charts(false, Lang.NB).costs().getPlot()).getSubplots();
        assertEquals(2.0, panels.get(0).getDataset(0).getValue("Tilskudd fra staten", "2025").doubleValue(), 1e-9);
        assertEquals(120.0, panels.get(1).getDataset(0).getValue(0, 1).doubleValue(), 1e-9);
    }

    @Test
    void theSettlementChartDrawsTheDecidedPlacesBesideTheNeedInAPanelOfItsOwn() throws IOException {
        List<XYPlot> panels = ((org.jfree.chart.plot.CombinedDomainXYPlot) charts(false, Lang.NB).settlement().getPlot()).getSubplots();
        XYDataset year = panels.get(1).getDataset(0);
        assertEquals("Vedtatte plasser i året", year.getSeriesKey(1));
        assertEquals(1400.0, year.getYValue(1, 0), "decided in 2025");
        assertEquals(1100.0, year.getYValue(1, 13), "decided in 2026");
        assertEquals(1, panels.get(1).getRangeAxisCount());
    }

    @Test
    void theCountyChartLabelsItsBarsAndNamesItsYearNotTheRunsPeriod() throws IOException {
        JFreeChart chart = charts(false, Lang.NB).counties(2026);
        assertTrue(chart.getCategoryPlot().getRenderer().getDefaultItemLabelsVisible(), "each bar carries its value");
        assertTrue(chart.getSubtitles().stream().anyMatch(t -> t instanceof TextTitle tt && tt.getText().contains("året 2026")
                && !tt.getText().contains(" til ")), "the subtitle is the year's");
    }

    @Test
    void theWarningProbabilityIsAHeatMapOfTheWarningsSomeRunRaised() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("ensemble"));
        Files.writeString(dir.resolve("warning_probability.csv"), """
                month,rule_id,probability,runs_with_warning,runs
                2025-01,VARSEL-01,0.000000,0,10
                2025-02,VARSEL-01,0.300000,3,10
                2025-01,VARSEL-09,0.000000,0,10
                2025-02,VARSEL-09,0.000000,0,10
                2025-01,KOST-10,1.000000,10,10
                2025-02,KOST-10,0.000000,0,10
                """);
        Table t = Table.read(dir, "warning_probability.csv", List.of("month", "rule_id", "probability"));
        JFreeChart chart = FanCharts.warningChart(t, charts(false, Lang.NB), Lang.NB, "sub", "small");
        XYPlot plot = chart.getXYPlot();
        assertTrue(plot.getRenderer() instanceof org.jfree.chart.renderer.xy.XYBlockRenderer, "a heat map, not lines");
        org.jfree.data.xy.XYZDataset data = (org.jfree.data.xy.XYZDataset) plot.getDataset();
        assertEquals(2, data.getSeriesCount(), "VARSEL-09, which no run raised, is left out");
        assertEquals("KOST-10", data.getSeriesKey(0));
        assertEquals(0.3, data.getZValue(1, 1), 1e-9, "VARSEL-01 in three runs of ten in February");
        assertEquals("Varsel", plot.getRangeAxis().getLabel(), "one row per warning");
    }

    @Test
    void aComparisonNamesScenariosWhoseNationalLineIsTheReferencesInsteadOfDrawingItTwice() throws IOException {
        Results a = Results.read(SmallRun.write(tmp.resolve("a"), false));
        Path bDir = SmallRun.write(tmp.resolve("b"), false);
        Files.writeString(bDir.resolve("manifest.json"), Files.readString(bDir.resolve("manifest.json")).replace("\"small\"", "\"other\""));
        Results b = Results.read(bDir);
        JFreeChart same = ComparisonCharts.chart(new Charts(a, Lang.NB), List.of(a, b), Lang.NB, "Beboere", "personer", Results.Month::inMottak);
        assertEquals(1, same.getXYPlot().getDataset().getSeriesCount(), "one line for two equal ones");
        assertEquals("small = other", same.getXYPlot().getDataset().getSeriesKey(0));
        assertTrue(same.getSubtitles().stream().anyMatch(t -> t instanceof TextTitle tt && tt.getText().contains("other gir samme linje som small")));
        JFreeChart apart = ComparisonCharts.chart(new Charts(a, Lang.NB), List.of(a, b), Lang.NB, "Andel", "prosent",
                m -> m.month().getMonthValue() == 3 && m != a.months().get(2) ? 1 : m.inMottak());
        assertEquals(2, apart.getXYPlot().getDataset().getSeriesCount(), "a line that differs in one month is drawn");
    }

    @Test
    void aShareChartOfTinySharesHasDistinctTicksInPercent() throws IOException {
        Results a = Results.read(SmallRun.write(tmp.resolve("tiny-a"), false));
        Path bDir = SmallRun.write(tmp.resolve("tiny-b"), false);
        Files.writeString(bDir.resolve("manifest.json"), Files.readString(bDir.resolve("manifest.json")).replace("\"small\"", "\"other\""));
        Results b = Results.read(bDir);
        // A 0.5 % blip in one month of one scenario: the chart that drew ticks "0, 0, 0 ... 1, 1".
        JFreeChart chart = ComparisonCharts.chart(new Charts(a, Lang.NB), List.of(a, b), Lang.NB, "Andel lengeventende", "prosent",
                m -> m.month().getMonthValue() == 3 && m != a.months().get(2) ? 0.5 : 0.0, true);
        chart.createBufferedImage(1280, 720);
        org.jfree.chart.axis.NumberAxis axis = (org.jfree.chart.axis.NumberAxis) chart.getXYPlot().getRangeAxis();
        double unit = axis.getTickUnit().getSize();
        java.util.List<String> ticks = new java.util.ArrayList<>();
        for (double v = Math.ceil(axis.getLowerBound() / unit) * unit; v <= axis.getUpperBound() + 1e-9; v += unit) {
            ticks.add(axis.getNumberFormatOverride().format(v));
        }
        assertTrue(ticks.size() >= 3, ticks.toString());
        assertEquals(ticks.size(), new java.util.HashSet<>(ticks).size(), "the ticks read alike: " + ticks);
        ticks.forEach(t -> assertTrue(t.endsWith(" %"), "a tick not in percent: " + t));
        assertTrue(axis.getUpperBound() >= 5.0, "a 0.5 % blip does not fill the chart: the axis goes to " + axis.getUpperBound());
        assertTrue(chart.getXYPlot().getDataset().getItemCount(0) > 0, "the chart has data");
    }

    @Test
    void theCountyDifferenceChartShowsEachFylkesChangeInTheYearTheRequestsChangeMost() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("cmp"));
        Results a = Results.read(SmallRun.write(dir.resolve("a"), false));
        Files.writeString(dir.resolve("comparison-counties.csv"), """
                year,fylke,measure,a,b,b - a
                2025,Oslo,anmodet,100,102,2
                2025,Oslo,vedtatt,90,90,0
                2026,Oslo,anmodet,100,130,30
                2026,Oslo,vedtatt,90,120,30
                2026,Rogaland,anmodet,100,70,-30
                2026,Rogaland,vedtatt,80,60,-20
                2026,Rogaland,bosatt,80,60,-20
                """);
        JFreeChart chart = ComparisonCharts.counties(dir, List.of("a", "b"), new Charts(a, Lang.NB), Lang.NB, 7);
        CategoryDataset data = chart.getCategoryPlot().getDataset();
        assertTrue(chart.getTitle().getText().endsWith("2026"), "2026 moves 60 requests, 2025 two");
        assertEquals(-30.0, data.getValue("Anmodet", "Rogaland").doubleValue());
        assertEquals(30.0, data.getValue("Vedtatt", "Oslo").doubleValue());
        assertEquals(2, data.getRowCount(), "requests and decisions, not the settled");
    }

    @Test
    void theNorwegianExcelDialectGivesTheSameCharts() throws IOException {
        XYDataset plain = charts(false, Lang.NB).occupancy().getXYPlot().getDataset();
        XYDataset excel = charts(true, Lang.NB).occupancy().getXYPlot().getDataset();
        for (int i = 0; i < SmallRun.MONTHS; i++) {
            assertEquals(plain.getYValue(0, i), excel.getYValue(0, i), 1e-9);
        }
    }

    @Test
    void englishLabelsOnRequest() throws IOException {
        assertTrue(charts(false, Lang.EN).arrivals().getTitle().getText().startsWith("Arrivals"));
    }

    @Test
    void aMissingOrMalformedResultsFileIsNamed() throws IOException {
        Path run = SmallRun.write(tmp.resolve("broken"), false);
        Files.delete(run.resolve("alerts.csv"));
        ResultsProblem missing = assertThrows(ResultsProblem.class, () -> Results.read(run));
        assertTrue(missing.getMessage().contains("alerts.csv") && missing.getMessage().contains("missing"));
        SmallRun.write(run, false);
        String ts = Files.readString(run.resolve("timeseries.csv")).replaceFirst("\n2025-03,402,", "\n2025-03,many,");
        Files.writeString(run.resolve("timeseries.csv"), ts);
        ResultsProblem bad = assertThrows(ResultsProblem.class, () -> Results.read(run));
        assertTrue(bad.getMessage().contains("timeseries.csv:4") && bad.getMessage().contains("arrivals_asylum"), bad.getMessage());
        assertThrows(ResultsProblem.class, () -> Results.read(tmp.resolve("nothing-here")));
    }

    @Test
    void aManifestWithAParameterThatIsNoNumberIsADamagedFolderNotACrash() throws IOException {
        Path dir = SmallRun.write(tmp.resolve("damaged"), false);
        Path manifest = dir.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"maal_belegg\": 0.85", "\"maal_belegg\": \"high\""));
        ResultsProblem e = assertThrows(ResultsProblem.class, () -> Results.read(dir));
        assertTrue(e.getMessage().contains("parameters_at_start.maal_belegg is \"high\"; expected a number"), e.getMessage());
    }

    @Test
    void aManifestCutShortOrReindentedIsReadAsJsonNotByItsLayout() throws IOException {
        Path dir = SmallRun.write(tmp.resolve("layout"), false);
        Path manifest = dir.resolve("manifest.json");
        String text = Files.readString(manifest);
        // The same JSON on one line: a reader of lines would find no field; the JSON reader finds them all.
        Files.writeString(manifest, text.replaceAll("\n\\s*", " "));
        assertEquals("small", Results.read(dir).manifest().scenario());
        Files.writeString(manifest, text.substring(0, text.length() / 2));
        ResultsProblem cut = assertThrows(ResultsProblem.class, () -> Results.read(dir));
        assertTrue(cut.getMessage().contains("is not the JSON bosim writes") && cut.getMessage().contains("damaged"), cut.getMessage());
    }

    @Test
    void chartsAreEncodedWithoutAFileCacheSoAFullDiskLeavesNoStreamForTheJvmToCloseAtExit() throws IOException {
        Path dir = SmallRun.write(tmp.resolve("cache"), false);
        javax.imageio.ImageIO.setUseCache(true);
        ChartWriter.drawAll(dir, "nb", null);
        assertTrue(!javax.imageio.ImageIO.getUseCache(), "ImageIO's file cache is off once charts are drawn");
    }
}
