package no.bosim.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import no.bosim.rules.Policy;
import no.bosim.scenario.Scenario;
import no.bosim.simulator.Simulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bosim bench}: times whole simulation runs in this JVM (no output written), first the
 * cold run, then warm runs after a warm-up, and reports min, median and max, and how a warm run's
 * time divides between the policy's phases and the simulator's bookkeeping.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Bosim.VersionProvider.class,
        description = "Times runs of a scenario (default: the shipped default): the cold first run, then warm runs after a warm-up.")
final class BenchCommand implements Callable<Integer> {

    /** Simulated months the untimed warm-up ensemble runs before a timed one: 1 000 ten-year runs. */
    static final int ENSEMBLE_WARMUP_RUN_MONTHS = 120_000;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "Scenario YAML file (default: the shipped default).")
    Path scenarioFile;

    @Option(names = "--warmup", defaultValue = "200", description = "Warm-up runs, not timed (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--runs", defaultValue = "100", description = "Timed warm runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--policy", paramLabel = "NAME", defaultValue = Policies.DEFAULT, description = "Policy to time (default: ${DEFAULT-VALUE}).")
    String policyName;

    @Mixin
    SharedOptions.Rules rules;

    @Option(names = "--charts", description = "Also time drawing all charts (PNG and SVG) from the run's written results.")
    boolean charts;

    @Option(names = "--ensemble", paramLabel = "N", description = "Also time an ensemble of N runs, after an untimed warm-up ensemble of 120 000 simulated months (before the single runs).")
    Integer ensembleRuns;

    @Mixin
    SharedOptions.Threads threads;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        Scenario scenario = ScenarioArgument.load(scenarioFile);
        long t0 = System.nanoTime();
        Policies policies = Policies.choose(policyName, rules.dir);
        policies.check(scenario);
        Policy policy = policies.newPolicy();
        Simulation.run(scenario, policy);
        double cold = (System.nanoTime() - t0) / 1e6;
        double fromJvmStart = System.currentTimeMillis() - jvmStart;
        // The ensemble first, as in `bosim ensemble`, where the JIT compiles for ensemble runs only
        // (stochastic draws); the deterministic single runs would otherwise shape its compiled code.
        String ensembleLine = null;
        if (ensembleRuns != null) {
            int t = threads.count();
            // An untimed ensemble first lets the JIT compile Drools and the draws. It is the same amount of
            // simulated work whatever N and the horizon, so timings of different sizes compare.
            int warmupRuns = (int) Math.ceil((double) ENSEMBLE_WARMUP_RUN_MONTHS / scenario.horizonMonths());
            no.bosim.ensemble.Ensemble.run(scenario, policies::newPolicy, warmupRuns, t, null);
            long e0 = System.nanoTime();
            no.bosim.ensemble.Ensemble.run(scenario, policies::newPolicy, ensembleRuns, t, null);
            double s = (System.nanoTime() - e0) / 1e9;
            Runtime rt = Runtime.getRuntime();
            ensembleLine = String.format(Locale.ROOT, "ensemble: %d runs x %d months on %d threads in %.1f s (%.1f runs/s, %.1f ms per run per thread); "
                    + "heap in use afterwards %.0f MB", ensembleRuns, scenario.horizonMonths(), t, s, ensembleRuns / s, 1000 * s * t / ensembleRuns,
                    (rt.totalMemory() - rt.freeMemory()) / 1e6);
        }
        for (int i = 0; i < warmup; i++) {
            Simulation.run(scenario, policies.newPolicy());
        }
        double[] ms = new double[runs];
        double[] phases = new double[3];
        for (int i = 0; i < runs; i++) {
            TimedPolicy timed = new TimedPolicy(policies.newPolicy());
            policy = timed;
            long t = System.nanoTime();
            Simulation.run(scenario, timed);
            ms[i] = (System.nanoTime() - t) / 1e6;
            for (int p = 0; p < phases.length; p++) {
                phases[p] += timed.nanos[p] / 1e6 / runs;
            }
        }
        double mean = Arrays.stream(ms).sum() / runs;
        Arrays.sort(ms);
        out.printf(Locale.ROOT, "scenario %s, %d months, policy %s%n", scenario.name(), scenario.horizonMonths(), policy.name());
        out.println("(a quick look in one JVM with this JVM's options; the figures docs/performance.md reports come from JMH,"
                + " bench/target/benchmarks.jar, and hyperfine, bench/whole-process.sh)");
        out.printf(Locale.ROOT, "cold: rules loaded (%s) and first run %.1f ms; JVM start to first result %.0f ms%n",
                policies.origin(), cold, fromJvmStart);
        out.printf(Locale.ROOT, "warm (%d runs after %d warm-up): min %.2f ms, median %.2f ms, max %.2f ms%n",
                runs, warmup, ms[0], ms[ms.length / 2], ms[ms.length - 1]);
        out.printf(Locale.ROOT, "where a warm run's time goes (mean %.2f ms): yearly planning (criteria, distribution, decisions) %.2f ms, "
                + "monthly rules (warnings, capacity) %.2f ms, yearly cost rules %.2f ms, the simulator's bookkeeping %.2f ms%n",
                mean, phases[TimedPolicy.PLANNING], phases[TimedPolicy.MONTHLY], phases[TimedPolicy.COSTS],
                mean - phases[TimedPolicy.PLANNING] - phases[TimedPolicy.MONTHLY] - phases[TimedPolicy.COSTS]);
        if (charts) {
            benchCharts(scenario, policies, out);
        }
        if (ensembleLine != null) {
            out.println(ensembleLine);
        }
        return 0;
    }

    private void benchCharts(Scenario scenario, Policies policies, PrintWriter out) {
        java.nio.file.Path dir;
        try {
            dir = java.nio.file.Files.createTempDirectory("bosim-bench-");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try {
            try (no.bosim.results.OutputFolder folder = no.bosim.results.OutputFolder.open(dir, java.util.List.of(),
                    no.bosim.results.ResultsWriter.FILES)) {
                no.bosim.results.ResultsWriter.write(Simulation.run(scenario, policies.newPolicy()), folder,
                        no.bosim.results.CsvDialect.STANDARD, policies.ruleHashes());
                folder.commit();
            }
            long t0 = System.nanoTime();
            no.bosim.charts.ChartWriter.drawAll(dir, "nb", null);
            double first = (System.nanoTime() - t0) / 1e6;
            double[] ms = new double[10];
            for (int i = 0; i < ms.length; i++) {
                long t = System.nanoTime();
                no.bosim.charts.ChartWriter.drawAll(dir, "nb", null);
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(ms);
            out.printf(Locale.ROOT, "charts (6 PNG + 6 SVG from the written results): first %.0f ms, then median %.0f ms (min %.0f, max %.0f)%n",
                    first, ms[ms.length / 2], ms[0], ms[ms.length - 1]);
        } finally {
            try (java.util.stream.Stream<java.nio.file.Path> walk = java.nio.file.Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (java.io.IOException e) {
                out.println("could not remove " + dir);
            }
        }
    }
}
