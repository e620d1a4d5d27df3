package no.bosim.app.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * One browser's state: a folder of its own under the server's temporary folder (its uploads, its
 * overlays, its run folders), the last run, and its ensemble. Another session cannot name these:
 * every request finds its session by a random cookie, and every file it serves is looked up inside
 * the session's own folder.
 */
final class Session {

    /** An ensemble under way or finished: progress the page polls, and the flag its cancel sets. */
    static final class Job {
        final int runs;
        final AtomicInteger finished = new AtomicInteger();
        final AtomicBoolean cancelled = new AtomicBoolean();
        volatile String state = "running";
        volatile String message;
        volatile String report;

        Job(int runs) {
            this.runs = runs;
        }
    }

    final String id;
    final Path dir;
    /** Uploaded baselines by their key ("upload-1/..."), each the scenario file inside the session's folder. */
    final Map<String, Path> uploads = new LinkedHashMap<>();
    private final AtomicInteger counter = new AtomicInteger();
    volatile long lastSeen = System.nanoTime();
    /** The last overlay run, for download: its text for the page's baseline, its run folder. */
    volatile String overlayForDownload;
    volatile Path lastRun;
    volatile no.bosim.scenario.Scenario lastScenario;
    volatile Job job;

    Session(String id, Path dir) {
        this.id = id;
        this.dir = dir;
    }

    /** A new numbered folder name for this session's next run, upload or ensemble. */
    int next() {
        return counter.incrementAndGet();
    }

    /** The file {@code relative} inside run folder {@code n}, or null when it would leave that folder or is not there. */
    Path runFile(int n, String relative) {
        Path run = dir.resolve("runs").resolve(String.valueOf(n)).normalize();
        Path file = run.resolve(relative).normalize();
        return file.startsWith(run) && Files.isRegularFile(file) ? file : null;
    }

    /** Removes every run folder but the newest {@code keep}, so a long meeting does not fill the disk. */
    void prune(int keep) {
        Path runs = dir.resolve("runs");
        if (!Files.isDirectory(runs)) {
            return;
        }
        try (Stream<Path> list = Files.list(runs)) {
            list.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .sorted(Comparator.comparingInt((Path p) -> Integer.parseInt(p.getFileName().toString())).reversed())
                    .skip(keep).forEach(Session::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
