package no.bosim.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import no.bosim.results.OutputFolder;
import no.bosim.scenario.InputException;
import no.bosim.scenario.Problem;
import no.bosim.scenario.Scenario;
import no.bosim.scenario.Sweep;
import no.bosim.scenario.SweepLoader;
import no.bosim.simulator.Simulation;
import no.bosim.sweep.Indicators;
import no.bosim.sweep.LocalRunner;
import no.bosim.sweep.PointRunner;
import no.bosim.sweep.SweepWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bosim sweep SWEEP.yaml}: which assumptions a projection hangs on. Runs each point of the
 * sweep's design as a small ensemble on this machine's cores, keeping a journal so a killed sweep
 * continues where it stopped, and writes sweep.csv, indices.csv, charts and the manifest. Before
 * it starts it measures a few runs and refuses a sweep that would take longer than its max_hours.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, versionProvider = Bosim.VersionProvider.class,
        description = {"Sensitivity sweep: runs a scenario at points of its inputs (one-at-a-time, Sobol' or a grid), each point "
                + "an ensemble, and writes which inputs the indicators hang on.",
                "  bosim sweep scenarios/sweeps/surge-2015-sensitivity.yaml --dry-run   points, runs and the time it would take"})
final class SweepCommand implements Callable<Integer> {

    /** The journal of finished points, beside the output's files until the sweep is written. */
    static final String JOURNAL = ".sweep-journal.csv";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SWEEP", description = "Sweep YAML file (docs/analysis.md).")
    Path sweepFile;

    @Mixin
    SharedOptions.Output output;

    @Mixin
    SharedOptions.Threads threads;

    @Option(names = "--dry-run", description = "Print the points, the runs and an estimate of the time from a short measurement; run nothing more.")
    boolean dryRun;

    @Option(names = "--max-hours", paramLabel = "H", description = "Refuse a sweep estimated to take longer (default: the sweep file's max_hours, else 8).")
    Double maxHours;

    @Mixin
    SharedOptions.Rules rules;

    @Mixin
    SharedOptions.Excel excel;

    @Option(names = "--no-charts", description = "Do not draw the charts.")
    boolean noCharts;

    @Option(names = "--no-report", description = "Do not write report.html.")
    boolean noReport;

    @Mixin
    SharedOptions.Language language;

    @Override
    public Integer call() {
        String lang = language.code();
        PrintWriter stdout = spec.commandLine().getOut();
        int t = threads.count();
        if (maxHours != null && !(maxHours > 0)) {
            throw new InputException(new Problem("--max-hours", 0, "", "is " + maxHours + "; expected a number of hours above 0"));
        }
        Sweep sweep = SweepLoader.load(sweepFile);
        Policies policies = Policies.choose(Policies.DEFAULT, rules.dir);
        policies.check(sweep.scenario());
        for (Sweep.Input in : sweep.inputs()) {
            if (in.target() == Sweep.Target.CRITERIA) {
                for (int c = 0; c < in.choices().size(); c++) {
                    policies.check(in.apply(sweep.scenario(), c));
                }
            }
        }
        List<Indicators.Indicator> indicators = Indicators.of(policies.alertIds());
        double msPerRun = measure(sweep, policies);
        int parallel = Math.max(1, Math.min(t, sweep.runsPerPoint()));
        double hours = sweep.runs() * msPerRun / parallel / 3_600_000.0;
        stdout.printf(Locale.ROOT, "Sweep %s: %s design, %d inputs, %d points x %d runs = %d runs; about %.0f ms a run here, "
                        + "so about %s on %d threads.%n", sweep.name(), sweep.design().kind().name().toLowerCase(Locale.ROOT),
                sweep.inputs().size(), sweep.points(), sweep.runsPerPoint(), sweep.runs(), msPerRun, duration(hours), parallel);
        double limit = maxHours != null ? maxHours : sweep.maxHours();
        long summaryBytes = (long) sweep.points() * indicators.size() * 4 * Double.BYTES + (long) sweep.points() * 200;
        long heap = Runtime.getRuntime().maxMemory();
        if (hours > limit) {
            throw new InputException(new Problem(sweep.file(), 0, "design", "would take about " + duration(hours) + " ("
                    + sweep.runs() + " runs at about " + Math.round(msPerRun) + " ms on " + parallel + " threads), more than max_hours "
                    + limit + "; use fewer samples, levels or runs_per_point, raise max_hours (or --max-hours), or run it on Spark "
                    + "(docs/analysis.md)"));
        }
        if (summaryBytes > heap / 2) {
            throw new InputException(new Problem(sweep.file(), 0, "design", sweep.points() + " points need about "
                    + summaryBytes / (1024 * 1024) + " MB for their summaries, more than half of this Java's " + heap / (1024 * 1024)
                    + " MB; use fewer points or give Java more memory (BOSIM_JAVA_OPTS=\"-Xmx8g\")"));
        }
        if (dryRun) {
            return 0;
        }
        Path dir = output.or(Path.of("out", sweep.name()));
        List<Path> inputs = new ArrayList<>(ScenarioArgument.inputsOnDisk(List.of(sweep.scenario())));
        inputs.add(sweepFile);
        String identity = "bosim sweep journal 1 " + sweep.sha256() + " " + policies.ruleHashes() + " "
                + no.bosim.results.Version.get() + " " + indicators.stream().map(Indicators.Indicator::name).toList();
        try (OutputFolder folder = OutputFolder.open(dir, inputs, SweepWriter.FILES);
             Progress progress = new Progress(sweep.points(), "points")) {
            Path journal = folder.dir().resolve(JOURNAL);
            boolean resumed = Files.isRegularFile(journal);
            List<PointRunner.Summary> summaries = LocalRunner.run(sweep, indicators, policies::newPolicy, t, journal, identity,
                    progress::set);
            progress.close();
            try (no.bosim.rules.Policy named = policies.newPolicy()) {
                SweepWriter.write(sweep, indicators, summaries, policies.ruleHashes(), named.ruleNames(), named.ruleNamesEn(), folder,
                        excel.dialect());
            }
            if (!noCharts) {
                no.bosim.charts.SweepCharts.draw(folder.work(), lang);
            }
            if (!noReport) {
                no.bosim.charts.Report.write(folder.work(), folder.work(), lang);
            }
            folder.commit();
            try {
                Files.deleteIfExists(journal);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            stdout.printf("%s%d points written to %s%n", resumed ? "Continued from the journal of an interrupted sweep; " : "",
                    sweep.points(), folder.dir());
        }
        return 0;
    }

    /** Milliseconds a stochastic run of the sweep's scenario takes here: the median of three after one to warm up. */
    private static double measure(Sweep sweep, Policies policies) {
        Scenario s = sweep.scenario().withMode(no.bosim.scenario.Mode.STOCHASTIC);
        Simulation.run(s, policies.newPolicy());
        double[] ms = new double[3];
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            Simulation.run(s.withSeed(s.seed() + i + 1), policies.newPolicy());
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        java.util.Arrays.sort(ms);
        return ms[1];
    }

    static String duration(double hours) {
        if (hours < 1.0 / 60) {
            return Math.max(1, Math.round(hours * 3600)) + " s";
        }
        if (hours < 1) {
            return Math.round(hours * 60) + " min";
        }
        return String.format(Locale.ROOT, "%.1f h", hours);
    }
}
