package no.bosim.bench;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import no.bosim.rules.Policy;
import no.bosim.scenario.Scenario;
import no.bosim.simulator.RunResult;
import no.bosim.simulator.Simulation;
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
 * One whole run, warm: the rules against the stand-in (the bookkeeping alone, issue 14's third
 * goal: the rules may add at most twice the bookkeeping), and how the time grows with the months
 * simulated (the horizon 1x, 2x, 4x) and the kommuner (a quarter, a half, all of them).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
// The launcher's options (./bosim): the parallel collector and its limits on the optimising compiler's inlining.
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "-XX:InlineSmallCode=500", "-XX:FreqInlineSize=150"})
public class RunBenchmark {

    @Param({"rules", "stand-in"})
    public String policy;

    /** Months simulated: the scenario's horizon times this. */
    @Param({"1"})
    public int horizonTimes;

    /** Every n-th kommune: 4 is a quarter of them, 1 all. */
    @Param({"1"})
    public int everyNthKommune;

    private Scenario scenario;
    private Supplier<Policy> policies;

    @Setup
    public void setUp() {
        Scenario s = Fixture.everyNthKommune(Fixture.scenario(), everyNthKommune);
        scenario = s.withHorizon(s.horizonMonths() * horizonTimes);
        policies = Fixture.policies(policy);
    }

    @Benchmark
    public RunResult oneRun() {
        return Simulation.run(scenario, policies.get());
    }
}
