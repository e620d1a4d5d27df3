package no.bosim.rules.drools;

import no.bosim.rules.Reason;
import org.kie.api.definition.rule.Rule;

/** A kommune's decision on its request, made by a decision rule, and the willingness it leaves. */
public final class Vedtak {

    private final String kommunenummer;
    private final int vedtatt;
    private final int vedtattEm;
    private final double willingness;
    private final String ruleId;
    private final Reason reason;

    private Vedtak(String kommunenummer, int vedtatt, int vedtattEm, double willingness, String ruleId, Reason reason) {
        this.kommunenummer = kommunenummer;
        this.vedtatt = vedtatt;
        this.vedtattEm = vedtattEm;
        this.willingness = willingness;
        this.ruleId = ruleId;
        this.reason = reason;
    }

    /**
     * Decides {@code share} of the request (cut to 0..1), rounded to whole people; minors only where
     * {@code takesMinors}. {@code willingness} is carried into next year's decision.
     */
    public static Vedtak share(Rule rule, Anmodning a, double share, boolean takesMinors, double willingness, Reason reason) {
        share = Math.max(0.0, Math.min(1.0, share));
        int em = takesMinors ? (int) Math.round(a.getAnmodetEm() * share) : 0;
        // A decision made anew on a raised request never falls under the one standing: places decided stay decided.
        int all = Math.max((int) Math.round((a.getAnmodet() - a.getAnmodetEm()) * share) + em, a.getCurrentVedtatt());
        return new Vedtak(a.getKommunenummer(), all, em, willingness, Varsel.meta(rule, "id"), reason);
    }

    /** As above, with the reason in Norwegian only (a rule file that gives no English). */
    public static Vedtak share(Rule rule, Anmodning a, double share, boolean takesMinors, double willingness, String reason) {
        return share(rule, a, share, takesMinors, willingness, Reason.norwegian(reason));
    }

    /** The decision IMDi published, as it is; minors' places in proportion, where the kommune takes minors. */
    public static Vedtak known(Rule rule, Anmodning a, boolean takesMinors, double willingness, Reason reason) {
        int all = Math.max(0, a.getKnownVedtatt());
        int em = !takesMinors || a.getAnmodet() == 0 ? 0
                : Math.min(all, (int) Math.round((double) a.getAnmodetEm() * Math.min(1.0, (double) all / a.getAnmodet())));
        return new Vedtak(a.getKommunenummer(), all, em, willingness, Varsel.meta(rule, "id"), reason);
    }

    /** As above, with the reason in Norwegian only (a rule file that gives no English). */
    public static Vedtak known(Rule rule, Anmodning a, boolean takesMinors, double willingness, String reason) {
        return known(rule, a, takesMinors, willingness, Reason.norwegian(reason));
    }

    /** The decision standing before a revision cut the request: the kommune keeps it (minors' places as they were in proportion). */
    public static Vedtak standing(Rule rule, Anmodning a, boolean takesMinors, double willingness, Reason reason) {
        int all = Math.max(0, a.getCurrentVedtatt());
        int em = takesMinors && a.getAnmodet() > 0 ? Math.min(all, a.getAnmodetEm()) : 0;
        return new Vedtak(a.getKommunenummer(), all, em, willingness, Varsel.meta(rule, "id"), reason);
    }

    /** As above, with the reason in Norwegian only (a rule file that gives no English). */
    public static Vedtak standing(Rule rule, Anmodning a, boolean takesMinors, double willingness, String reason) {
        return standing(rule, a, takesMinors, willingness, Reason.norwegian(reason));
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

    public double getWillingness() {
        return willingness;
    }

    public String getRuleId() {
        return ruleId;
    }

    public Reason getReason() {
        return reason;
    }
}
