package no.bosim.charts;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.PiePlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When one chart cannot be written (a full disk), the charts still being drawn on other threads are
 * finished before the failure reaches the command: otherwise they write into the staging folder
 * while the command removes it, and a half folder is left behind (seen on a full disk in CI).
 */
class ChartWriterFailureTest {

    @TempDir
    Path dir;

    @Test
    void aFailedChartWaitsForTheOthersBeforeItFails() throws Exception {
        // The first chart's temporary file cannot be created (a folder stands in its place); the second is slow.
        Files.createDirectories(ChartWriter.temporary(dir.resolve("a.png")).resolve("blocker"));
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        charts.put("a", new JFreeChart(new PiePlot<String>()));
        charts.put("b", new JFreeChart(new SlowPlot()));
        assertThrows(RuntimeException.class, () -> ChartWriter.writeAll(dir, charts));
        List<String> atFailure = listing();
        Thread.sleep(800);
        assertEquals(atFailure, listing(), "a chart was still being written after the failure came back");
    }

    private List<String> listing() throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    /** A plot that takes a while to draw, as a large chart does. */
    private static final class SlowPlot extends PiePlot<String> {
        @Override
        public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
            long until = System.nanoTime() + 400_000_000L;
            while (System.nanoTime() < until) {
                Thread.onSpinWait(); // drawing does not stop when interrupted, as JFreeChart's does not
            }
            super.draw(g2, area, anchor, parentState, info);
        }
    }
}
