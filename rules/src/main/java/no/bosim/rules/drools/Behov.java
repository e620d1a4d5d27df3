package no.bosim.rules.drools;

import no.bosim.rules.Reason;
import org.kie.api.definition.rule.Rule;

/** The national settlement need a rule sets for the year, the minors' part of it, and why. */
public final class Behov {

    private final int need;
    private final int needEm;
    private final String ruleId;
    private final Reason reason;

    private Behov(int need, int needEm, String ruleId, Reason reason) {
        this.need = need;
        this.needEm = Math.min(needEm, need);
        this.ruleId = ruleId;
        this.reason = reason;
    }

    public static Behov of(Rule rule, double need, double needEm, Reason reason) {
        return new Behov((int) Math.round(Math.max(0, need)), (int) Math.round(Math.max(0, needEm)), Varsel.meta(rule, "id"), reason);
    }

    /** As above, with the reason in Norwegian only (a rule file that gives no English). */
    public static Behov of(Rule rule, double need, double needEm, String reason) {
        return of(rule, need, needEm, Reason.norwegian(reason));
    }

    /** A need a revision rule set during the year (BEHOV-02, BEHOV-03): named by that rule. */
    static Behov revisedBy(String ruleId, int need, int needEm, Reason reason) {
        return new Behov(need, needEm, ruleId, reason);
    }

    /** A need given from outside the rules (IMDi's real request, or a revision): named by where it came from. */
    static Behov given(int need, int needEm, Reason source) {
        return new Behov(need, needEm, "BEHOV-GITT", source);
    }

    public int getNeed() {
        return need;
    }

    public int getNeedEm() {
        return needEm;
    }

    public String getRuleId() {
        return ruleId;
    }

    public Reason getReason() {
        return reason;
    }
}
