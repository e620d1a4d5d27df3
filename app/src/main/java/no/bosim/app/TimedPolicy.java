package no.bosim.app;

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
final class TimedPolicy implements Policy {

    private final Policy policy;
    long planningNanos;
    long monthlyNanos;
    long costNanos;

    TimedPolicy(Policy policy) {
        this.policy = policy;
    }

    @Override
    public String name() {
        return policy.name();
    }

    @Override
    public SettlementPlan planYear(PlanningFacts facts) {
        long t = System.nanoTime();
        try {
            return policy.planYear(facts);
        } finally {
            planningNanos += System.nanoTime() - t;
        }
    }

    @Override
    public MonthDecisions decideMonth(MonthFacts facts) {
        long t = System.nanoTime();
        try {
            return policy.decideMonth(facts);
        } finally {
            monthlyNanos += System.nanoTime() - t;
        }
    }

    @Override
    public CostAssessment assessCosts(CostFacts facts) {
        long t = System.nanoTime();
        try {
            return policy.assessCosts(facts);
        } finally {
            costNanos += System.nanoTime() - t;
        }
    }

    @Override
    public void close() {
        policy.close();
    }
}
