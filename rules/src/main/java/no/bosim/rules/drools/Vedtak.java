package no.bosim.rules.drools;

import org.kie.api.definition.rule.Rule;

/** A kommune's decision on its request, made by a decision rule. */
public final class Vedtak {

    private final String kommunenummer;
    private final int vedtatt;
    private final int vedtattEm;
    private final String ruleId;
    private final String reason;

    private Vedtak(String kommunenummer, int vedtatt, int vedtattEm, String ruleId, String reason) {
        this.kommunenummer = kommunenummer;
        this.vedtatt = vedtatt;
        this.vedtattEm = vedtattEm;
        this.ruleId = ruleId;
        this.reason = reason;
    }

    /** Decides {@code share} of the request (never below 0), rounded to whole people; minors only where {@code takesMinors}. */
    public static Vedtak share(Rule rule, Anmodning a, double share, boolean takesMinors, String reason) {
        share = Math.max(0.0, share);
        int em = takesMinors ? (int) Math.round(a.getAnmodetEm() * share) : 0;
        int all = (int) Math.round((a.getAnmodet() - a.getAnmodetEm()) * share) + em;
        return new Vedtak(a.getKommunenummer(), all, em, Varsel.meta(rule, "id"), reason);
    }

    public String getKommunenummer() {
        return kommunenummer;
    }

    public int getVedtatt() {
        return vedtatt;
    }

    public int getVedtattEm() {
        return vedtattEm;
    }

    public String getRuleId() {
        return ruleId;
    }

    public String getReason() {
        return reason;
    }
}
