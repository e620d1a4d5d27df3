package no.bosim.bench;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import no.bosim.ensemble.Ensemble;
import no.bosim.rules.Policy;
import no.bosim.scenario.Scenario;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * An ensemble of runs in memory, as {@code bosim ensemble} makes it without writing: 25, 50 and
 * 100 runs (time should grow linearly with runs), on one thread or on all cores. Each trial first
 * runs an untimed ensemble of {@value #WARMUP_RUNS} runs: until the JIT has compiled Drools and the
 * draws, runs are several times slower, and a fixed warm-up makes ensembles of every size compare.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
// The launcher's options (./bosim): the parallel collector and its limits on the optimising compiler's inlining.
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "-XX:InlineSmallCode=500", "-XX:FreqInlineSize=150"})
public class EnsembleBenchmark {

    @Param({"100"})
    public int runs;

    /** 0: the machine's cores. */
    @Param({"0"})
    public int threads;

    static final int WARMUP_RUNS = 300;

    /** Whether the untimed warm-up runs (off in the test that checks the benchmark's work). */
    boolean warmUp = true;

    private Scenario scenario;
    private Supplier<Policy> policies;

    @Setup
    public void setUp() {
        scenario = Fixture.scenario();
        policies = Fixture.policies("rules");
        if (warmUp) {
            Ensemble.run(scenario, policies, WARMUP_RUNS, Runtime.getRuntime().availableProcessors(), null);
        }
    }

    @Benchmark
    public Ensemble.Result ensemble() {
        int t = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        return Ensemble.run(scenario, policies, runs, t, null);
    }
}
