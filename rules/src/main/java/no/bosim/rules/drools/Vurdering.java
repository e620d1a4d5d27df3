package no.bosim.rules.drools;

import no.bosim.rules.Reason;
import org.kie.api.definition.rule.Rule;

/**
 * What a criteria rule derived about one kommune: that it can be asked ({@code AKTUELL}), cannot
 * ({@code IKKE_AKTUELL}, which wins), can be asked about minors ({@code EM_AKTUELL}), a factor on
 * its weight ({@code VEKT}), or that its share within the county follows, by {@code factor}, its share
 * of the county's last published requests ({@code KONTINUITET}); or, about the whole plan, that the
 * need goes to the counties by IMDi's county distribution ({@code FYLKESFORDELING}), and the minors'
 * part with it ({@code EM_FYLKESFORDELING}; without it they are distributed nationally). Each names the
 * rule and says why, for {@code bosim explain}.
 */
public final class Vurdering {

    /** The kinds of derived fact. */
    public enum Kind { AKTUELL, IKKE_AKTUELL, EM_AKTUELL, VEKT, KONTINUITET, FYLKESFORDELING, EM_FYLKESFORDELING }

    private final Kind kind;
    private final String kommunenummer;
    private final double factor;
    private final String ruleId;
    private final Reason reason;

    private Vurdering(Kind kind, String kommunenummer, double factor, String ruleId, Reason reason) {
        this.kind = kind;
        this.kommunenummer = kommunenummer;
        this.factor = factor;
        this.ruleId = ruleId;
        this.reason = reason;
    }

    /** Every kommune can be asked: one conclusion about the whole set instead of one per kommune. */
    public static Vurdering alleAktuelle(Rule rule, Reason reason) {
        return new Vurdering(Kind.AKTUELL, null, 1.0, Varsel.meta(rule, "id"), reason);
    }

    /** As above, with the reason in Norwegian only (a rule file that gives no English). */
    public static Vurdering alleAktuelle(Rule rule, String reason) {
        return alleAktuelle(rule, Reason.norwegian(reason));
    }

    public static Vurdering aktuell(Rule rule, String kommunenummer, Reason reason) {
        return new Vurdering(Kind.AKTUELL, kommunenummer, 1.0, Varsel.meta(rule, "id"), reason);
    }

    /** As above, with the reason in Norwegian only (a rule file that gives no English). */
    public static Vurdering aktuell(Rule rule, String kommunenummer, String reason) {
        return aktuell(rule, kommunenummer, Reason.norwegian(reason));
    }

    public static Vurdering ikkeAktuell(Rule rule, String kommunenummer, Reason reason) {
        return new Vurdering(Kind.IKKE_AKTUELL, kommunenummer, 0.0, Varsel.meta(rule, "id"), reason);
    }

    /** As above, with the reason in Norwegian only (a rule file that gives no English). */
    public static Vurdering ikkeAktuell(Rule rule, String kommunenummer, String reason) {
        return ikkeAktuell(rule, kommunenummer, Reason.norwegian(reason));
    }

    public static Vurdering emAktuell(Rule rule, String kommunenummer, Reason reason) {
        return new Vurdering(Kind.EM_AKTUELL, kommunenummer, 1.0, Varsel.meta(rule, "id"), reason);
    }

    /** As above, with the reason in Norwegian only (a rule file that gives no English). */
    public static Vurdering emAktuell(Rule rule, String kommunenummer, String reason) {
        return emAktuell(rule, kommunenummer, Reason.norwegian(reason));
    }

    public static Vurdering vekt(Rule rule, String kommunenummer, double factor, Reason reason) {
        return new Vurdering(Kind.VEKT, kommunenummer, factor, Varsel.meta(rule, "id"), reason);
    }

    /** As above, with the reason in Norwegian only (a rule file that gives no English). */
    public static Vurdering vekt(Rule rule, String kommunenummer, double factor, String reason) {
        return vekt(rule, kommunenummer, factor, Reason.norwegian(reason));
    }

    /** The need goes first to the counties by IMDi's county distribution (a conclusion about the whole plan). */
    public static Vurdering fylkesfordeling(Rule rule, Reason reason) {
        return new Vurdering(Kind.FYLKESFORDELING, null, 1.0, Varsel.meta(rule, "id"), reason);
    }

    /** As above, with the reason in Norwegian only (a rule file that gives no English). */
    public static Vurdering fylkesfordeling(Rule rule, String reason) {
        return fylkesfordeling(rule, Reason.norwegian(reason));
    }

    /**
     * The minors' part of the need goes to the counties too, as the adults' does, instead of to the
     * kommuner nationally (a conclusion about the whole plan; no shipped set draws it).
     */
    public static Vurdering emFylkesfordeling(Rule rule, Reason reason) {
        return new Vurdering(Kind.EM_FYLKESFORDELING, null, 1.0, Varsel.meta(rule, "id"), reason);
    }

    /** As above, with the reason in Norwegian only (a rule file that gives no English). */
    public static Vurdering emFylkesfordeling(Rule rule, String reason) {
        return emFylkesfordeling(rule, Reason.norwegian(reason));
    }

    /**
     * Within its county the kommune's share is {@code 1 - share} of its weight share and {@code share}
     * of its share of the county's last published requests.
     */
    public static Vurdering kontinuitet(Rule rule, String kommunenummer, double share, Reason reason) {
        return new Vurdering(Kind.KONTINUITET, kommunenummer, share, Varsel.meta(rule, "id"), reason);
    }

    /** As above, with the reason in Norwegian only (a rule file that gives no English). */
    public static Vurdering kontinuitet(Rule rule, String kommunenummer, double share, String reason) {
        return kontinuitet(rule, kommunenummer, share, Reason.norwegian(reason));
    }

    public Kind getKind() {
        return kind;
    }

    /** The kommune judged; null when the conclusion is about every kommune. */
    public String getKommunenummer() {
        return kommunenummer;
    }

    public boolean isEveryKommune() {
        return kommunenummer == null;
    }

    public double getFactor() {
        return factor;
    }

    public String getRuleId() {
        return ruleId;
    }

    public Reason getReason() {
        return reason;
    }
}
