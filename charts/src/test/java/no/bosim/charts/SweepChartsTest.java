package no.bosim.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep's tornado charts: a warning named by its words, and ticks that read apart when the change is a fraction. */
class SweepChartsTest {

    @TempDir
    Path dir;

    @Test
    void aWarningsTornadoIsNamedInWordsAndItsTicksReadApart() throws IOException {
        Files.writeString(dir.resolve("sweep.json"), """
                {
                  "bosim_version": "0.1.0",
                  "sweep": "t",
                  "scenario": "short-surge",
                  "design": "oat",
                  "points": 5,
                  "runs_per_point": 2,
                  "seed": 1,
                  "rule_names": {"KOST-10": "Tilskuddene dekker ikke lenger kommunenes gjennomsnittlige merkostnader"},
                  "rule_names_en": {"KOST-10": "The grants no longer cover the kommuner's average extra costs"}
                }
                """);
        // Two runs a point: a count of months moves by halves.
        Files.writeString(dir.resolve("indices.csv"), """
                indicator,input,low,high,value_base,value_low,value_high,swing
                warning_months_KOST-10,ankomster,0.7,1.3,1.0,1.0,0.5,0.5
                warning_months_KOST-10,vilje,0.95,1.3,1.0,1.0,1.0,0.0
                """);
        Map<String, JFreeChart> charts = SweepCharts.build(dir, Lang.NB);
        assertEquals(1, charts.size(), charts.keySet().toString());
        JFreeChart chart = charts.values().iterator().next();
        assertTrue(chart.getTitle().getText().startsWith("Måneder med varsel: Tilskuddene dekker ikke lenger"), chart.getTitle().getText());
        assertTrue(chart.getTitle().getText().contains("(KOST-10)"), chart.getTitle().getText());
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(1280, 720, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        chart.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, 1280, 720));
        NumberAxis axis = (NumberAxis) chart.getCategoryPlot().getRangeAxis();
        List<String> ticks = new ArrayList<>();
        for (Object t : axis.refreshTicks(g, new org.jfree.chart.axis.AxisState(), new java.awt.geom.Rectangle2D.Double(0, 0, 1100, 600),
                org.jfree.chart.ui.RectangleEdge.TOP)) {
            String text = ((NumberTick) t).getText();
            if (!text.isEmpty()) {
                ticks.add(text); // minor ticks carry no label
            }
        }
        g.dispose();
        assertTrue(ticks.size() >= 3, ticks.toString());
        assertEquals(ticks.size(), new HashSet<>(ticks).size(), "ticks that read alike: " + ticks);
        assertTrue(ticks.stream().noneMatch(t -> t.equals("−0") || t.equals("-0")), "a signed zero: " + ticks);
    }
}
