package no.bosim.app.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import no.bosim.app.Policies;
import no.bosim.app.ScenarioArgument;
import no.bosim.compare.Comparison;
import no.bosim.contract.OutputFiles;
import no.bosim.ensemble.Ensemble;
import no.bosim.ensemble.EnsembleWriter;
import no.bosim.results.Contract;
import no.bosim.results.CsvDialect;
import no.bosim.results.OutputFolder;
import no.bosim.results.ResultsWriter;
import no.bosim.scenario.InputException;
import no.bosim.scenario.Mode;
import no.bosim.scenario.Problem;
import no.bosim.scenario.Scenario;
import no.bosim.simulator.RunResult;
import no.bosim.simulator.Simulation;

/**
 * Runs what the page asks for, with the command line's own parts: a changed control becomes an
 * overlay file, loaded and checked by the scenario loader, run beside the baseline (run once and
 * kept), and written as a comparison folder whose report.html the page shows. An ensemble runs on
 * request in the background, with progress and cancel.
 */
final class WhatIfRuns {

    /** How long one deterministic pair may take, and an ensemble, before it is stopped. */
    static final double RUN_SECONDS = 30;
    static final double ENSEMBLE_SECONDS = 300;
    private final double ensembleSeconds;
    static final int MAX_ENSEMBLE_RUNS = 1000;
    static final String WHAT_IF = "what-if";
    /** The report's data for a run folder, which the page draws with the report's own script. */
    static final String DATA = "data.json";

    /** A baseline the page can start from, run once (deterministic) and kept with its controls. */
    record Baseline(String key, Path file, String ref, String downloadRef, Scenario scenario, RunResult result, Controls controls,
                    Path written) {
    }

    private final Policies policies;
    private final Map<String, Baseline> baselines = new ConcurrentHashMap<>();
    /** Ensembles one at a time, in the order asked: two at once would only share the same cores more slowly. */
    private final ExecutorService ensembles = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "bosim-serve-ensemble");
        t.setDaemon(true);
        return t;
    });

    private final Path baselineFolders;
    private final java.util.concurrent.atomic.AtomicInteger baselineCount = new java.util.concurrent.atomic.AtomicInteger();

    /** @param baselineFolders where each baseline's result files are written once, to be linked into every comparison */
    WhatIfRuns(Policies policies, double ensembleSeconds, Path baselineFolders) {
        this.policies = policies;
        this.ensembleSeconds = ensembleSeconds;
        this.baselineFolders = baselineFolders;
    }

    /**
     * The baseline under {@code key}, loaded, checked and run on first use.
     *
     * @param ref         how an overlay written beside {@code overlayDir}-style folders names it (a shipped name, or a relative path)
     * @param downloadRef how the downloaded overlay names it (a shipped name, or the uploaded file's name)
     */
    Baseline baseline(String key, Path file, String ref, String downloadRef) {
        Baseline known = baselines.get(key);
        if (known != null) {
            return known;
        }
        Scenario s = ScenarioArgument.load(file).withMode(Mode.DETERMINISTIC);
        policies.check(s);
        RunResult r = Simulation.run(s, new Guard(policies.newPolicy(), System.nanoTime() + (long) (RUN_SECONDS * 1e9), RUN_SECONDS, null));
        Path written = baselineFolders.resolve(String.valueOf(baselineCount.incrementAndGet()));
        try (OutputFolder folder = OutputFolder.open(written, ScenarioArgument.inputsOnDisk(List.of(s)), ResultsWriter.FILES)) {
            ResultsWriter.write(r, folder, CsvDialect.STANDARD, policies.ruleHashes());
            folder.commit();
        }
        Baseline b = new Baseline(key, file, ref, downloadRef, s, r, new Controls(s, ref, policies.criteriaSets()), written);
        baselines.put(key, b);
        return b;
    }

    /** Drops the baselines a session uploaded (their keys start with its id), when the session gives way. */
    void forget(String sessionId) {
        baselines.keySet().removeIf(k -> k.startsWith(sessionId + "/"));
    }

    /** Runs the controls' values against the baseline and writes the session's next run folder; the page's answer. */
    Map<String, Object> run(Session session, Baseline b, Map<String, String> form, String lang) throws IOException {
        long t0 = System.nanoTime();
        Map<String, String> changed = b.controls().changed(form);
        int n = session.next();
        Path overlayDir = session.dir.resolve("overlays").resolve(String.valueOf(n));
        Files.createDirectories(overlayDir);
        String ref = b.file().getFileSystem() == java.nio.file.FileSystems.getDefault()
                ? overlayDir.relativize(b.file().toAbsolutePath()).toString() : b.ref();
        Controls forRun = new Controls(b.scenario(), ref, policies.criteriaSets());
        Path overlay = overlayDir.resolve(WHAT_IF + ".yaml");
        Files.writeString(overlay, forRun.overlay(changed), StandardCharsets.UTF_8);
        Scenario what;
        try {
            what = ScenarioArgument.load(overlay);
            policies.check(what);
        } catch (InputException e) {
            throw new InputException(e.problems().stream().map(p -> new Problem(shown(p.file(), overlay, session), p.line(), p.field(),
                    p.message().replace(session.dir.toString() + "/", ""))).toList());
        }
        RunResult changedRun = Simulation.run(what, new Guard(policies.newPolicy(), t0 + (long) (RUN_SECONDS * 1e9), RUN_SECONDS, null));
        Path dir = session.dir.resolve("runs").resolve(String.valueOf(n));
        String baseName = b.scenario().name().equals(WHAT_IF) ? WHAT_IF + "-baseline" : b.scenario().name();
        List<String> own = new ArrayList<>(List.of(Comparison.TABLE, Comparison.COUNTIES, Comparison.KOMMUNER, OutputFiles.COMPARISON_MANIFEST,
                DATA, OutputFiles.REPORT, baseName, WHAT_IF));
        List<Path> inputs = ScenarioArgument.inputsOnDisk(List.of(b.scenario(), what));
        try (OutputFolder folder = OutputFolder.open(dir, inputs, own)) {
            // The baseline's files are the same for every change: linked from where they were written once.
            linkAll(b.written(), folder.work().resolve(baseName));
            try (OutputFolder sub = OutputFolder.open(folder.work().resolve(WHAT_IF), inputs, ResultsWriter.FILES)) {
                ResultsWriter.write(changedRun, sub, CsvDialect.STANDARD, policies.ruleHashes());
                sub.commit();
            }
            new Comparison(List.of(b.result(), changedRun)).write(folder.work(), CsvDialect.STANDARD, false);
            folder.manifest(OutputFiles.COMPARISON_MANIFEST, Comparison.manifest(List.of(b.scenario(), what), b.scenario().seed(), null));
            Files.writeString(folder.work().resolve(DATA), no.bosim.charts.Report.data(folder.work(), lang), StandardCharsets.UTF_8);
            folder.commit();
        }
        session.overlayForDownload = new Controls(b.scenario(), b.downloadRef(), policies.criteriaSets()).overlay(changed);
        session.lastRun = dir;
        session.lastScenario = what;
        session.prune(3);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("run", n);
        out.put("data", "/run/" + n + "/" + DATA);
        out.put("report", "/run/" + n + "/" + OutputFiles.REPORT);
        out.put("title", b.controls().describe(changed, !"en".equals(lang)));
        out.putAll(Outcome.json(b.result(), changedRun, lang));
        out.put("milliseconds", (System.nanoTime() - t0) / 1_000_000);
        return out;
    }

    /** Every file of {@code from} (a finished folder) linked into {@code to}, or copied where links are not to be had. */
    private static void linkAll(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path f : walk.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else if (!f.getFileName().toString().equals(OutputFolder.LOCK)) {
                    try {
                        Files.createLink(target, f);
                    } catch (IOException | UnsupportedOperationException e) {
                        Files.copy(f, target);
                    }
                }
            }
        }
    }

    /** The full report of run folder {@code n}, written when first asked for (the page itself draws from data.json). */
    static Path report(Path runDir, String lang) {
        Path page = runDir.resolve(OutputFiles.REPORT);
        if (!Files.isRegularFile(page)) {
            no.bosim.charts.Report.write(runDir, runDir, lang);
        }
        return page;
    }

    /** A problem's file as the page shows it: the overlay as what-if.yaml, an upload by its path inside the upload. */
    private static String shown(String file, Path overlay, Session session) {
        if (file.equals(overlay.toString())) {
            return WHAT_IF + ".yaml";
        }
        return file.startsWith(session.dir.toString()) ? session.dir.relativize(Path.of(file)).toString() : file;
    }

    /** Starts an ensemble of the session's last what-if scenario (or the baseline) in the background. */
    Session.Job ensemble(Session session, Baseline b, int runs, String lang) {
        if (runs < 2 || runs > MAX_ENSEMBLE_RUNS) {
            throw new InputException(new Problem("runs", 0, "", "is " + runs + "; expected 2 to " + MAX_ENSEMBLE_RUNS));
        }
        Session.Job previous = session.job;
        if (previous != null && previous.state.equals("running")) {
            previous.cancelled.set(true);
        }
        Scenario s = (session.lastScenario != null ? session.lastScenario : b.scenario()).withMode(Mode.STOCHASTIC);
        Session.Job job = new Session.Job(runs);
        session.job = job;
        ensembles.submit(() -> {
            try {
                long deadline = System.nanoTime() + (long) (ensembleSeconds * 1e9);
                Ensemble.Result result = Ensemble.run(s, () -> new Guard(policies.newPolicy(), deadline, ensembleSeconds, job.cancelled),
                        runs, Runtime.getRuntime().availableProcessors(), r -> job.finished.incrementAndGet());
                int n = session.next();
                Path dir = session.dir.resolve("runs").resolve(String.valueOf(n));
                try (OutputFolder folder = OutputFolder.open(dir, ScenarioArgument.inputsOnDisk(List.of(s)), EnsembleWriter.FILES)) {
                    EnsembleWriter.write(result, folder, CsvDialect.STANDARD);
                    folder.commit();
                }
                Files.writeString(dir.resolve(DATA), no.bosim.charts.Report.data(dir, lang), StandardCharsets.UTF_8);
                job.report = "/run/" + n + "/" + DATA;
                job.state = "done";
            } catch (Guard.Stopped e) {
                job.message = "en".equals(lang) ? e.getMessage() : e.nb;
                job.state = job.cancelled.get() ? "cancelled" : "stopped";
            } catch (RuntimeException | IOException e) {
                Throwable cause = e;
                while (cause.getCause() != null && !(cause instanceof Guard.Stopped)) {
                    cause = cause.getCause();
                }
                if (cause instanceof Guard.Stopped stopped) {
                    job.message = "en".equals(lang) ? stopped.getMessage() : stopped.nb;
                    job.state = job.cancelled.get() ? "cancelled" : "stopped";
                } else {
                    job.message = ("en".equals(lang) ? "The ensemble failed: " : "Ensemblet feilet: ") + e.getMessage();
                    job.state = "failed";
                    System.err.println("bosim serve: ensemble failed: " + e);
                }
            }
        });
        return job;
    }

    /**
     * The session's last what-if run as a zip: its result files and report, a briefing drawn for it,
     * and the overlay that makes it ({@code bosim run what-if.yaml} gives the same timeseries.csv).
     */
    void zip(Session session, String lang, OutputStream out) throws IOException {
        Path run = session.lastRun.resolve(WHAT_IF);
        Path staging = session.dir.resolve("download-" + session.next());
        try {
            Files.createDirectories(staging);
            try (var files = Files.list(run)) {
                for (Path f : files.toList()) {
                    if (Files.isRegularFile(f)) {
                        Files.copy(f, staging.resolve(f.getFileName().toString()));
                    }
                }
            }
            Files.writeString(staging.resolve(WHAT_IF + ".yaml"), session.overlayForDownload, StandardCharsets.UTF_8);
            no.bosim.charts.ChartWriter.drawAll(staging, lang, null);
            no.bosim.charts.Report.write(staging, staging, lang);
            no.bosim.charts.Briefing.write(staging, lang, null);
            try (ZipOutputStream zip = new ZipOutputStream(out); var walk = Files.walk(staging)) {
                for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                    zip.putNextEntry(new ZipEntry(WHAT_IF + "/" + staging.relativize(f).toString().replace('\\', '/')));
                    Files.copy(f, zip);
                    zip.closeEntry();
                }
            }
        } finally {
            Session.delete(staging);
        }
    }

    void close() {
        ensembles.shutdownNow();
    }
}
