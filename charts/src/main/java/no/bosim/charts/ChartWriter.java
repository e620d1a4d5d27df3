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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
        Map<String, JFreeChart> built = new LinkedHashMap<>();
        for (Map.Entry<Charts.Kind, String> e : Charts.fileNames().entrySet()) {
            built.put(e.getValue(), charts.build(e.getKey(), year));
        }
        if (!results.kommuneYears().isEmpty()) {
            built.put(MapCharts.FILE, MapCharts.requestsPerThousand(results, charts, Lang.parse(lang), year));
        }
        return writeAll(into.resolve("charts"), built);
    }

    /**
     * Writes each chart as {@code dir/NAME.png} and {@code dir/NAME.svg}, several at once (drawing
     * is most of a run's charting time and each chart is drawn on its own), and returns the files
     * in the charts' order: NAME.png, NAME.svg, the next...
     */
    public static List<Path> writeAll(Path dir, Map<String, JFreeChart> charts) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // One task per chart, its PNG then its SVG: a chart's drawing state is not shared between threads.
        List<Callable<List<Path>>> tasks = new ArrayList<>();
        charts.forEach((name, chart) -> tasks.add(() -> List.of(png(chart, dir.resolve(name + ".png")), svg(chart, dir.resolve(name + ".svg")))));
        List<Path> out = new ArrayList<>();
        int threads = Math.min(tasks.size(), Runtime.getRuntime().availableProcessors());
        if (threads <= 1) {
            for (Callable<List<Path>> t : tasks) {
                out.addAll(call(t));
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bosim-charts");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<List<Path>>> futures = new ArrayList<>();
            for (Callable<List<Path>> t : tasks) {
                futures.add(pool.submit(t));
            }
            for (Future<List<Path>> f : futures) {
                out.addAll(done(f));
            }
            return out;
        } finally {
            // A failed chart (a full disk) must not leave the others writing into the staging folder while the
            // command removes it: a file written after the removal would leave a folder behind.
            pool.shutdownNow();
            awaitQuietly(pool);
        }
    }

    private static void awaitQuietly(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<Path> call(Callable<List<Path>> task) {
        try {
            return task.call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> done(Future<List<Path>> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while drawing charts", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** A hidden file beside the target; created with the usual permissions (not createTempFile's owner-only ones). */
    static Path temporary(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".tmp-" + ProcessHandle.current().pid());
    }

    static Path png(JFreeChart chart, Path target) throws IOException {
        Path tmp = temporary(target);
        try {
            // PNGs are encoded through ImageIO, which by default caches each stream in a file of java.io.tmpdir and
            // leaves it to its StreamCloser hook to close at exit; on a full disk that hook then throws a second, raw
            // error after bosim's own "disk is full". A memory cache (a chart is a few hundred kB) leaves nothing behind.
            javax.imageio.ImageIO.setUseCache(false);
            try {
                ChartUtils.saveChartAsPNG(tmp.toFile(), chart, WIDTH, HEIGHT);
            } catch (IOException e) {
                // ImageIO says only "I/O error writing PNG file!": the file and the cause underneath (a full disk) are the message.
                Throwable root = e;
                while (root.getCause() != null) {
                    root = root.getCause();
                }
                throw new java.nio.file.FileSystemException(target.toString(), null, String.valueOf(root.getMessage()));
            }
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
