package no.bosim.rules.drools;

import org.kie.api.definition.rule.Rule;

/** An amount in NOK for a year for a subject (here: host kommuner), granted or spent, and the rule behind it. */
public final class Belop {

    private final String subject;
    private final boolean grant;
    private final double nok;
    private final String ruleId;

    private Belop(String subject, boolean grant, double nok, String ruleId) {
        this.subject = subject;
        this.grant = grant;
        this.nok = nok;
        this.ruleId = ruleId;
    }

    public static Belop tilskudd(Rule rule, String subject, double nok) {
        return new Belop(subject, true, nok, Varsel.meta(rule, "id"));
    }

    public static Belop kostnad(Rule rule, String subject, double nok) {
        return new Belop(subject, false, nok, Varsel.meta(rule, "id"));
    }

    public String getSubject() {
        return subject;
    }

    public boolean isGrant() {
        return grant;
    }

    public double getNok() {
        return nok;
    }

    public String getRuleId() {
        return ruleId;
    }
}
