package no.bosim.charts;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;

/**
 * Draws all charts of a run into {@code OUTDIR/charts/}: a PNG for screens and documents and an
 * SVG for print, each written to a temporary file and moved into place.
 */
public final class ChartWriter {

    /** Default size in pixels: 16:9, readable on a slide and in an A4 document. */
    public static final int WIDTH = 1280;
    public static final int HEIGHT = 720;

    private ChartWriter() {
    }

    /**
     * @param lang        "nb" (default) or "en"
     * @param countyYear  the year of the county chart, or null for the default
     * @return the files written
     */
    public static List<Path> drawAll(Path outDir, String lang, Integer countyYear) {
        return drawAll(outDir, outDir, lang, countyYear);
    }

    /** Reads the run in {@code runDir} and draws into {@code into}/charts/ (a staging folder when redrawing a finished run). */
    public static List<Path> drawAll(Path runDir, Path into, String lang, Integer countyYear) {
        Results results = Results.read(runDir);
        Charts charts = new Charts(results, Lang.parse(lang));
        int year = countyYear == null ? charts.defaultCountyYear() : countyYear;
        Path dir = into.resolve("charts");
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (Map.Entry<Charts.Kind, String> e : Charts.fileNames().entrySet()) {
                JFreeChart chart = charts.build(e.getKey(), year);
                written.add(png(chart, dir.resolve(e.getValue() + ".png")));
                written.add(svg(chart, dir.resolve(e.getValue() + ".svg")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }

    /** A hidden file beside the target; created with the usual permissions (not createTempFile's owner-only ones). */
    static Path temporary(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".tmp-" + ProcessHandle.current().pid());
    }

    static Path png(JFreeChart chart, Path target) throws IOException {
        Path tmp = temporary(target);
        try {
            ChartUtils.saveChartAsPNG(tmp.toFile(), chart, WIDTH, HEIGHT);
            return Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static Path svg(JFreeChart chart, Path target) throws IOException {
        Document doc = GenericDOMImplementation.getDOMImplementation().createDocument("http://www.w3.org/2000/svg", "svg", null);
        SVGGraphics2D g = new SVGGraphics2D(doc);
        g.setSVGCanvasSize(new Dimension(WIDTH, HEIGHT));
        chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        Path tmp = temporary(target);
        try {
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                g.stream(out, true);
            }
            return Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
