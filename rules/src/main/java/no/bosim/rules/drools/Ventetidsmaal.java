package no.bosim.rules.drools;

/** A rule's conclusion: the waiting-time goal of a group of settlement-ready people, in whole months. */
public final class Ventetidsmaal {

    private final String group;
    private final int months;
    private final String ruleId;

    private Ventetidsmaal(String group, int months, String ruleId) {
        this.group = group;
        this.months = months;
        this.ruleId = ruleId;
    }

    public static Ventetidsmaal of(org.kie.api.definition.rule.Rule rule, Ventegruppe group, double months) {
        return new Ventetidsmaal(group.getKey(), (int) Math.round(months), Varsel.meta(rule, "id"));
    }

    public String getGroup() {
        return group;
    }

    public int getMonths() {
        return months;
    }

    public String getRuleId() {
        return ruleId;
    }
}
