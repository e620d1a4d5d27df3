package no.bosim.rules;

/**
 * Every decision the simulator does not make itself: what each kommune is asked and decides,
 * when reception capacity opens or closes, what counts as an alert, and what is paid. Implementations read
 * facts and return decision facts; each decision names the rule that made it.
 */
public interface Policy extends AutoCloseable {

    /** A short name for outputs, e.g. {@code drools:2024} or {@code stand-in:carry-forward-2024}. */
    String name();

    /**
     * Each rule id this policy can name in a decision, with the rule's name in words (as its rule file gives
     * it after the id), so that outputs can say what a rule does beside its id. Empty for a policy without rules.
     */
    default java.util.Map<String, String> ruleNames() {
        return java.util.Map.of();
    }

    /** As {@link #ruleNames()}, in English (each rule's {@code @en}), for outputs in English. */
    default java.util.Map<String, String> ruleNamesEn() {
        return java.util.Map.of();
    }

    /** Once a year, before the year's first settlement: requests (anmodning) and decisions (vedtak) per kommune. */
    SettlementPlan planYear(PlanningFacts facts);

    /**
     * The waiting-time goal in whole months for each group ({@link WaitingGroup#key()}), with the parameters in
     * force: settlement-ready people who have waited longer are long waiters (lengeventende). Asked when the
     * run starts and again whenever a parameter changes.
     */
    java.util.Map<String, Integer> waitingGoals(java.util.List<WaitingGroup> groups, java.util.Map<String, Double> parameters);

    /** Every month, after settlement: capacity orders and alerts. */
    MonthDecisions decideMonth(MonthFacts facts);

    /** At each year's end: grants against the kommuner's extra costs, and any alerts about them. */
    CostAssessment assessCosts(CostFacts facts);

    /**
     * Releases what the policy holds for its run, such as rule sessions. A policy serves one run:
     * {@code Simulation.run} closes it when the run ends.
     */
    @Override
    default void close() {
    }
}
