package no.bosim.rules.drools;

import org.kie.api.definition.rule.Rule;

/** A rate in NOK per person for one kind and year of stay: a grant the state pays or a cost the kommune has. */
public final class Sats {

    private final Kull.Kind kind;
    private final int yearOfStay;
    private final boolean grant;
    private final double nok;
    private final String ruleId;

    private Sats(Kull.Kind kind, int yearOfStay, boolean grant, double nok, String ruleId) {
        this.kind = kind;
        this.yearOfStay = yearOfStay;
        this.grant = grant;
        this.nok = nok;
        this.ruleId = ruleId;
    }

    public static Sats tilskudd(Rule rule, Kull kull, double nok) {
        return new Sats(kull.getKind(), kull.getYearOfStay(), true, nok, Varsel.meta(rule, "id"));
    }

    public static Sats kostnad(Rule rule, Kull kull, double nok) {
        return new Sats(kull.getKind(), kull.getYearOfStay(), false, nok, Varsel.meta(rule, "id"));
    }

    public Kull.Kind getKind() {
        return kind;
    }

    public int getYearOfStay() {
        return yearOfStay;
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
