package no.bosim.rules.drools;

import org.kie.api.definition.rule.Rule;

/** A rule's revision of the year's national need during the year, with its reason. */
public final class Behovsrevisjon {

    private final int need;
    private final String ruleId;
    private final String reason;

    private Behovsrevisjon(int need, String ruleId, String reason) {
        this.need = need;
        this.ruleId = ruleId;
        this.reason = reason;
    }

    public static Behovsrevisjon of(Rule rule, double need, String reason) {
        return new Behovsrevisjon((int) Math.round(need), Varsel.meta(rule, "id"), reason);
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
