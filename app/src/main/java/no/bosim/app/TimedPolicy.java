package no.bosim.app;

import java.util.function.Supplier;
import no.bosim.rules.CostAssessment;
import no.bosim.rules.CostFacts;
import no.bosim.rules.MonthDecisions;
import no.bosim.rules.MonthFacts;
import no.bosim.rules.PlanningFacts;
import no.bosim.rules.Policy;
import no.bosim.rules.SettlementPlan;

/**
 * A policy that times the policy it wraps, call by call, so {@code bosim bench} can say where a
 * run's time goes: the yearly planning, the monthly rules and the yearly cost rules; the rest of
 * a run is the simulator's own bookkeeping.
 */
final class TimedPolicy extends no.bosim.rules.ForwardingPolicy {

    static final int PLANNING = 0;
    static final int MONTHLY = 1;
    static final int COSTS = 2;

    /** Nanoseconds spent in each phase: {@link #PLANNING}, {@link #MONTHLY}, {@link #COSTS}. */
    final long[] nanos = new long[3];

    TimedPolicy(Policy policy) {
        super(policy);
    }

    private <T> T timed(int phase, Supplier<T> call) {
        long t = System.nanoTime();
        try {
            return call.get();
        } finally {
            nanos[phase] += System.nanoTime() - t;
        }
    }

    @Override
    public SettlementPlan planYear(PlanningFacts facts) {
        return timed(PLANNING, () -> super.planYear(facts));
    }

    @Override
    public MonthDecisions decideMonth(MonthFacts facts) {
        return timed(MONTHLY, () -> super.decideMonth(facts));
    }

    @Override
    public CostAssessment assessCosts(CostFacts facts) {
        return timed(COSTS, () -> super.assessCosts(facts));
    }
}
