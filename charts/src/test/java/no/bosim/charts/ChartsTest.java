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
        assertEquals(12, files.size());
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
            assertEquals(12, listing.count(), "no temporary files left");
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
        XYPlot plot = chart.getXYPlot();
        XYDataset arrivals = plot.getDataset(0);
        assertEquals(4, arrivals.getSeriesCount());
        assertEquals("Asylsøkere", arrivals.getSeriesKey(0));
        assertEquals(SmallRun.MONTHS, arrivals.getItemCount(0));
        assertEquals(400.0, arrivals.getYValue(0, 0));
        assertEquals(413.0, arrivals.getYValue(0, 13));
        assertEquals(1000.0, arrivals.getYValue(2, 5), "Ukrainians");
        XYDataset lines = plot.getDataset(1);
        assertEquals("Plasser i mottak", lines.getSeriesKey(0));
        assertEquals(930.0, lines.getYValue(1, 13), "residents in the last month");
        assertTrue(chart.getSubtitles().stream().anyMatch(t -> t instanceof TextTitle tt && tt.getText().contains("Scenario small")),
                "a subtitle names the scenario");
        assertTrue(chart.getSubtitles().stream().anyMatch(t -> t instanceof TextTitle tt && tt.getText().startsWith("Kilde: bosim")),
                "a source line");
    }

    @Test
    void theOccupancyChartMarksTheMonthsWithACapacityWarningAndTheBands() throws IOException {
        XYPlot plot = charts(false, Lang.NB).occupancy().getXYPlot();
        assertEquals(1, plot.getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND).size(), "one month with VARSEL-01");
        assertEquals(80.0, plot.getDataset().getYValue(0, 0), 1e-9, "occupancy in per cent");
        assertTrue(plot.getRangeMarkers(org.jfree.chart.ui.Layer.BACKGROUND).size() >= 1, "the warning band");
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
        CategoryPlot plot = charts(false, Lang.NB).costs().getCategoryPlot();
        assertEquals(2.0, plot.getDataset(0).getValue("Tilskudd fra staten", "2025").doubleValue(), 1e-9);
        assertEquals(120.0, plot.getDataset(1).getValue(0, 1).doubleValue(), 1e-9);
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
}
