package no.bosim.rules.drools;

import java.time.YearMonth;
import no.bosim.rules.CapacityOrder;
import org.kie.api.definition.rule.Rule;

/**
 * A capacity order inserted by a rule. It stays in the session until it takes effect, so rules
 * see places already ordered and do not order them twice.
 */
public final class Ordre {

    private final int ordered;
    private final int effective;
    private final int places;
    private final String kind;
    private final String ruleId;

    private Ordre(int ordered, int effective, int places, String kind, String ruleId) {
        this.ordered = ordered;
        this.effective = effective;
        this.places = places;
        this.kind = kind;
        this.ruleId = ruleId;
    }

    /** Called from a rule's consequence; lead time in whole months, at least one. */
    public static Ordre of(Rule rule, int monthIndex, double leadMonths, int places, String kind) {
        return new Ordre(monthIndex, monthIndex + Math.max(1, (int) Math.round(leadMonths)), places, kind, Varsel.meta(rule, "id"));
    }

    public int getOrdered() {
        return ordered;
    }

    public int getEffective() {
        return effective;
    }

    public int getPlaces() {
        return places;
    }

    public String getKind() {
        return kind;
    }

    public String getRuleId() {
        return ruleId;
    }

    CapacityOrder toOrder() {
        return new CapacityOrder(YearMonth.of(ordered / 12, ordered % 12 + 1), YearMonth.of(effective / 12, effective % 12 + 1),
                places, kind, ruleId);
    }
}
