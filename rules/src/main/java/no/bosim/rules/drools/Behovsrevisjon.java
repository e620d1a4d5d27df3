package no.bosim.rules.drools;

import no.bosim.rules.Reason;
import org.kie.api.definition.rule.Rule;

/** A rule's revision of the year's national need during the year, with its reason. */
public final class Behovsrevisjon {

    private final int need;
    private final String ruleId;
    private final Reason reason;

    private Behovsrevisjon(int need, String ruleId, Reason reason) {
        this.need = need;
        this.ruleId = ruleId;
        this.reason = reason;
    }

    public static Behovsrevisjon of(Rule rule, double need, Reason reason) {
        return new Behovsrevisjon((int) Math.round(need), Varsel.meta(rule, "id"), reason);
    }

    /** As above, with the reason in Norwegian only (a rule file that gives no English). */
    public static Behovsrevisjon of(Rule rule, double need, String reason) {
        return of(rule, need, Reason.norwegian(reason));
    }

    public int getNeed() {
        return need;
    }

    public String getRuleId() {
        return ruleId;
    }

    public Reason getReason() {
        return reason;
    }
}
