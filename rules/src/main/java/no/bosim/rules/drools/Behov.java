package no.bosim.rules.drools;

import org.kie.api.definition.rule.Rule;

/** A settlement need a rule finds the year must have; the largest of these and the scenario's figure is used. */
public final class Behov {

    private final int need;
    private final String ruleId;
    private final String reason;

    private Behov(int need, String ruleId, String reason) {
        this.need = need;
        this.ruleId = ruleId;
        this.reason = reason;
    }

    public static Behov of(Rule rule, double need, String reason) {
        return new Behov((int) Math.ceil(need), Varsel.meta(rule, "id"), reason);
    }

    public int getNeed() {
        return need;
    }

    public String getRuleId() {
        return ruleId;
    }

    public String getReason() {
        return reason;
    }
}
