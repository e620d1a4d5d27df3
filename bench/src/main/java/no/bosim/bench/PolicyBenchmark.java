package no.bosim.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import no.bosim.rules.MonthDecisions;
import no.bosim.rules.MonthFacts;
import no.bosim.rules.PlanningFacts;
import no.bosim.rules.SettlementPlan;
import no.bosim.rules.drools.DroolsPolicy;
import no.bosim.rules.drools.RuleBook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The rules' parts on their own, fed the facts a real run of the scenario gave them: one year's
 * planning (the criteria judging every kommune, the distribution of the need, every decision), for
 * the run's fourth year, a projected one (the first years may repeat IMDi's published requests,
 * which skips the distribution), and the monthly rules (warnings, capacity, need revisions) per
 * month, for the run's fourth year, in a session already given the two years of months before it
 * (the history the rules' windows read), as in a run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
// The launcher's options (./bosim): the parallel collector and its limits on the optimising compiler's inlining.
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "-XX:InlineSmallCode=500", "-XX:FreqInlineSize=150"})
public class PolicyBenchmark {

    private RuleBook book;
    private PlanningFacts projectedYear;
    private List<MonthFacts> history;
    private List<MonthFacts> timedMonths;
    /** A session given the history, made before each timed invocation. */
    private DroolsPolicy monthly;

    @Setup
    public void setUp() {
        book = RuleBook.shipped();
        Fixture.Recorded recorded = Fixture.Recorded.of(Fixture.scenario(), book);
        int year = recorded.years.get(0).year() + 3;
        projectedYear = recorded.years.stream().filter(p -> p.year() == year && !p.revision()).findFirst().orElseThrow();
        history = recorded.months.subList(12, 36);
        timedMonths = recorded.months.subList(36, 48);
    }

    @Setup(Level.Invocation)
    public void giveHistory() {
        monthly = new DroolsPolicy(book);
        for (MonthFacts m : history) {
            monthly.decideMonth(m);
        }
    }

    @TearDown(Level.Invocation)
    public void closeSession() {
        monthly.close();
    }

    @Benchmark
    public SettlementPlan planningOneYear() {
        try (DroolsPolicy policy = new DroolsPolicy(book)) {
            return policy.planYear(projectedYear);
        }
    }

    /** The alerts raised, returned so the work cannot be optimised away. */
    @Benchmark
    @OperationsPerInvocation(12)
    public int monthlyRulesPerMonth() {
        int alerts = 0;
        for (MonthFacts m : timedMonths) {
            MonthDecisions d = monthly.decideMonth(m);
            alerts += d.alerts().size();
        }
        return alerts;
    }
}
