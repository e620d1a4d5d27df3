package no.bosim.rules.drools;

import org.kie.api.definition.rule.Rule;

/**
 * A rule's decision on next month's settlement pace: a factor on the settlement profile
 * ({@code tempo}) and on the share of decisions kommuner may fill ({@code ceiling}, over 1 when they
 * settle above their decisions). The largest of each that rules insert is used.
 */
public final class Bosettingstakt {

    private final double tempo;
    private final double ceiling;
    private final String ruleId;

    private Bosettingstakt(double tempo, double ceiling, String ruleId) {
        this.tempo = tempo;
        this.ceiling = ceiling;
        this.ruleId = ruleId;
    }

    public static Bosettingstakt tempo(Rule rule, double factor) {
        return new Bosettingstakt(factor, 1.0, Varsel.meta(rule, "id"));
    }

    public static Bosettingstakt overVedtak(Rule rule, double factor) {
        return new Bosettingstakt(1.0, factor, Varsel.meta(rule, "id"));
    }

    public double getTempo() {
        return tempo;
    }

    public double getCeiling() {
        return ceiling;
    }

    public String getRuleId() {
        return ruleId;
    }
}
