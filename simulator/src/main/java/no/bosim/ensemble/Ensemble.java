package no.bosim.ensemble;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import no.bosim.rules.Alert;
import no.bosim.rules.Policy;
import no.bosim.scenario.Mode;
import no.bosim.scenario.Scenario;
import no.bosim.simulator.MonthRecord;
import no.bosim.simulator.RunResult;
import no.bosim.simulator.Simulation;

/**
 * Runs a scenario N times with seeds derived from its seed and the run's number. Each run's
 * series go into per-month buffers at the run's own index, its alerts into per-month counts; the
 * run itself is dropped at once, so memory grows with N by a few kilobytes a run only.
 */
public final class Ensemble {

    /** A series the ensemble keeps, by its timeseries.csv name. */
    public record Series(String name, ToDoubleFunction<MonthRecord> value) {
    }

    public static final List<Series> SERIES = List.of(
            new Series("arrivals", MonthRecord::arrivals),
            new Series("in_mottak", MonthRecord::inMottak),
            new Series("reception_capacity", MonthRecord::receptionCapacity),
            new Series("occupancy", MonthRecord::occupancy),
            new Series("settlement_ready", MonthRecord::settlementReady),
            new Series("long_waiters", MonthRecord::longWaiters),
            new Series("long_wait_share", MonthRecord::longWaitShare),
            new Series("settled_year", MonthRecord::settledYear),
            new Series("wait_mean_months", MonthRecord::waitMeanMonths),
            new Series("settled_within_6m_share", MonthRecord::settledWithin6Share),
            new Series("in_processing", MonthRecord::inProcessing),
            new Series("bosettingsbehov", MonthRecord::bosettingsbehov));

    /** A whole-run indicator the ensemble keeps per run, for comparing distributions. */
    public record Indicator(String name, ToDoubleFunction<RunResult> value) {
    }

    /**
     * The whole-run indicators, over the projection only: a run that replays history (projection_from) is
     * judged on what it projects, the replayed years being the same history in every run's inputs.
     */
    public static final List<Indicator> INDICATORS = List.of(
            new Indicator("peak_in_mottak", r -> projected(r).mapToInt(MonthRecord::inMottak).max().orElse(0)),
            new Indicator("peak_settlement_ready", r -> projected(r).mapToInt(MonthRecord::settlementReady).max().orElse(0)),
            new Indicator("max_long_wait_share", r -> projected(r).mapToDouble(MonthRecord::longWaitShare).max().orElse(0)),
            new Indicator("peak_reception_capacity", r -> projected(r).mapToInt(MonthRecord::receptionCapacity).max().orElse(0)),
            new Indicator("settled_total", r -> projected(r).mapToLong(MonthRecord::settled).sum()));

    private static java.util.stream.Stream<MonthRecord> projected(RunResult r) {
        return r.months().stream().filter(MonthRecord::projected);
    }

    /**
     * The reduced ensemble.
     *
     * @param values  [series][month][run]
     * @param warned  rule id to the number of runs in which it fired, per month
     * @param indicators [indicator][run]
     */
    public record Result(Scenario scenario, int runs, YearMonth[] months, float[][][] values, Map<String, int[]> warned,
                         double[][] indicators, Map<String, String> ruleNames, Map<String, String> ruleNamesEn) {

        /** The p-quantile (0..1) of a series in a month, interpolating between order statistics. */
        public double quantile(int series, int month, double p) {
            float[] v = values[series][month].clone();
            Arrays.sort(v);
            return Quantiles.of(v, p);
        }

        public double indicatorQuantile(int indicator, double p) {
            double[] v = indicators[indicator].clone();
            Arrays.sort(v);
            return Quantiles.of(v, p);
        }
    }

    private Ensemble() {
    }

    /** The seed of run {@code i}: spread from the scenario's seed so that runs are independent and reproducible. */
    public static long seedOf(long base, int i) {
        long z = base + 0x9E3779B97F4A7C15L * (i + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (z ^ (z >>> 31)) & Long.MAX_VALUE;
    }

    /**
     * @param policies a new policy for each run (runs run in parallel and a policy holds a session)
     * @param onRun    called with each finished run before it is dropped (progress, tests); may be null
     */
    /** Memory a run in flight holds besides the buffers (its stocks, ledger and rule session), measured roughly with the default scenario. */
    static final long BYTES_PER_RUN_IN_FLIGHT = 64L * 1024 * 1024;

    /**
     * Refuses, before allocating, an ensemble whose percentile buffers (every series, month and run
     * as a float) would not fit in the heap, with the largest number of runs that would.
     */
    static void checkMemory(int months, int runs, int threads) {
        long perRun = (long) SERIES.size() * months * Float.BYTES + (long) INDICATORS.size() * Double.BYTES;
        long need = perRun * runs + BYTES_PER_RUN_IN_FLIGHT * threads;
        Runtime rt = Runtime.getRuntime();
        long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        if (need > free * 0.8) {
            long fits = Math.max(0, (long) ((free * 0.8 - BYTES_PER_RUN_IN_FLIGHT * threads) / perRun));
            throw new no.bosim.scenario.InputException(new no.bosim.scenario.Problem("--runs", 0, "", "is " + runs + ": "
                    + runs + " runs of " + months + " months need about " + need / (1024 * 1024) + " MB for their percentiles, "
                    + "and this Java has about " + free / (1024 * 1024) + " MB free; ask for at most " + fits
                    + " runs, or give Java more memory (BOSIM_JAVA_OPTS=\"-Xmx8g\")"));
        }
    }

    public static Result run(Scenario scenario, Supplier<Policy> policies, int runs, int threads, Consumer<RunResult> onRun) {
        int months = scenario.horizonMonths();
        YearMonth[] calendar = new YearMonth[months];
        for (int m = 0; m < months; m++) {
            calendar[m] = scenario.start().plusMonths(m);
        }
        checkMemory(months, runs, threads);
        float[][][] values = new float[SERIES.size()][months][runs];
        double[][] indicators = new double[INDICATORS.size()][runs];
        Map<String, AtomicIntegerArray> warned = new ConcurrentHashMap<>();
        java.util.concurrent.atomic.AtomicReference<Map<String, String>> names = new java.util.concurrent.atomic.AtomicReference<>(Map.of());
        java.util.concurrent.atomic.AtomicReference<Map<String, String>> namesEn = new java.util.concurrent.atomic.AtomicReference<>(Map.of());
        runEach(scenario, policies, runs, threads, (i, r) -> {
            names.compareAndSet(Map.of(), r.ruleNames());
            namesEn.compareAndSet(Map.of(), r.ruleNamesEn());
            record(r, i, values, indicators, warned, calendar[0]);
            if (onRun != null) {
                onRun.accept(r);
            }
        });
        Map<String, int[]> counts = new TreeMap<>();
        warned.forEach((id, a) -> {
            int[] c = new int[months];
            for (int m = 0; m < months; m++) {
                c[m] = a.get(m);
            }
            counts.put(id, c);
        });
        return new Result(scenario, runs, calendar, values, counts, indicators, names.get(), namesEn.get());
    }

    /**
     * Runs {@code runs} stochastic runs of the scenario, run i with seed {@link #seedOf}(seed, i), on
     * {@code threads} threads; each finished run goes to {@code reader} with its number and is then
     * dropped. The reader is called from the worker threads and must write only what is run i's own.
     */
    public static void runEach(Scenario scenario, Supplier<Policy> policies, int runs, int threads,
                               java.util.function.BiConsumer<Integer, RunResult> reader) {
        if (runs < 1 || threads < 1) {
            throw new IllegalArgumentException("runs and threads must be at least 1");
        }
        Scenario stochastic = scenario.withMode(Mode.STOCHASTIC);
        Workers.each(runs, threads, "bosim-ensemble",
                i -> reader.accept(i, Simulation.run(stochastic.withSeed(seedOf(scenario.seed(), i)), policies.get())));
    }

    private static void record(RunResult r, int run, float[][][] values, double[][] indicators,
                               Map<String, AtomicIntegerArray> warned, YearMonth start) {
        List<MonthRecord> months = r.months();
        for (int s = 0; s < SERIES.size(); s++) {
            for (int m = 0; m < months.size(); m++) {
                values[s][m][run] = (float) SERIES.get(s).value().applyAsDouble(months.get(m));
            }
        }
        for (int k = 0; k < INDICATORS.size(); k++) {
            indicators[k][run] = INDICATORS.get(k).value().applyAsDouble(r);
        }
        // A rule counts once per run and month however many alerts it raised then.
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Alert a : r.alerts()) {
            int m = (int) java.time.temporal.ChronoUnit.MONTHS.between(start, a.month());
            if (m >= 0 && m < months.size() && seen.add(a.ruleId() + "@" + m)) {
                warned.computeIfAbsent(a.ruleId(), id -> new AtomicIntegerArray(months.size())).incrementAndGet(m);
            }
        }
    }
}
