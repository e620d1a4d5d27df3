package no.bosim.rules.drools;

import java.time.YearMonth;
import no.bosim.rules.CapacityOrder;
import no.bosim.rules.OrderKind;
import org.kie.api.definition.rule.Rule;

/**
 * A capacity order inserted by a rule. It stays in the session for two years, so rules see places
 * already ordered (effective later), places opened lately (not to be closed within the notice
 * period) and places closed lately (not to be reopened at once).
 */
public final class Ordre {

    private final int ordered;
    private final int effective;
    private final int places;
    private final OrderKind kind;
    private final String ruleId;

    private Ordre(int ordered, int effective, int places, OrderKind kind, String ruleId) {
        this.ordered = ordered;
        this.effective = effective;
        this.places = places;
        this.kind = kind;
        this.ruleId = ruleId;
    }

    /** Called from a rule's consequence; lead time in whole months (0: within the month). */
    public static Ordre of(Rule rule, int monthIndex, double leadMonths, int places, OrderKind kind) {
        return new Ordre(monthIndex, monthIndex + Math.max(0, (int) Math.round(leadMonths)), places, kind, Varsel.meta(rule, "id"));
    }

    /** Called from a rule's consequence: cancels a closing under notice, in the month it would take effect. */
    public static Ordre cancelling(Rule rule, int monthIndex, Ordre closing) {
        return new Ordre(monthIndex, closing.effective, -closing.places, OrderKind.AVLYSNING, Varsel.meta(rule, "id"));
    }

    /** An order given before the run (under way at its start), for the rules to see. */
    static Ordre underWay(CapacityOrder o) {
        return new Ordre(Maaned.indexOf(o.ordered()), Maaned.indexOf(o.effective()), o.places(), o.kind(), o.ruleId());
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

    public OrderKind getKind() {
        return kind;
    }

    /** Whether the order opens or closes reception places (not processing capacity). */
    public boolean isReception() {
        return kind != OrderKind.BEHANDLING;
    }

    /** Whether the order cancels a closing under notice (KAP-04). */
    public boolean isCancellation() {
        return kind == OrderKind.AVLYSNING;
    }

    public String getRuleId() {
        return ruleId;
    }

    CapacityOrder toOrder() {
        return new CapacityOrder(YearMonth.of(ordered / 12, ordered % 12 + 1), YearMonth.of(effective / 12, effective % 12 + 1),
                places, kind, ruleId);
    }

    @Override
    public String toString() {
        return "Ordre(" + ruleId + ", " + kind.label() + " " + places + ", effective " + YearMonth.of(effective / 12, effective % 12 + 1) + ")";
    }
}
