package no.bosim.rules;

/**
 * A policy that hands every call to another, for wrappers that watch a policy at work without
 * changing what it decides (timing it, recording the facts it is given); a wrapper overrides only
 * the calls it watches.
 */
public abstract class ForwardingPolicy implements Policy {

    private final Policy policy;

    protected ForwardingPolicy(Policy policy) {
        this.policy = policy;
    }

    @Override
    public String name() {
        return policy.name();
    }

    @Override
    public java.util.Map<String, String> ruleNames() {
        return policy.ruleNames();
    }

    @Override
    public java.util.Map<String, String> ruleNamesEn() {
        return policy.ruleNamesEn();
    }

    @Override
    public SettlementPlan planYear(PlanningFacts facts) {
        return policy.planYear(facts);
    }

    @Override
    public java.util.Map<String, Integer> waitingGoals(java.util.List<WaitingGroup> groups, java.util.Map<String, Double> parameters) {
        return policy.waitingGoals(groups, parameters);
    }

    @Override
    public MonthDecisions decideMonth(MonthFacts facts) {
        return policy.decideMonth(facts);
    }

    @Override
    public CostAssessment assessCosts(CostFacts facts) {
        return policy.assessCosts(facts);
    }

    @Override
    public void close() {
        policy.close();
    }
}
