package no.bosim.rules;

import java.util.List;

/**
 * A month's decisions: capacity orders for the simulator to apply after their delay, alerts, a
 * revised national need for the year (or none), and the pace of settlement next month.
 *
 * @param revisedNeed       the year's new national need, or -1 for no revision
 * @param revisionWhy       the rule and reason behind a revision (empty without one)
 * @param settlementTempo   factor on next month's settlement profile (1: as planned)
 * @param settlementCeiling factor on the share of a decision kommuner may fill next month (1: as planned;
 *                          over 1 they settle above their decisions)
 * @param paceRuleIds       the rules behind the pace, separated by spaces (empty when as planned)
 */
public record MonthDecisions(List<CapacityOrder> capacityOrders, List<Alert> alerts, int revisedNeed, Reason revisionWhy,
                             double settlementTempo, double settlementCeiling, String paceRuleIds) {

    public static final MonthDecisions NONE = new MonthDecisions(List.of(), List.of(), -1, Reason.NONE, 1.0, 1.0, "");

    public MonthDecisions {
        capacityOrders = List.copyOf(capacityOrders);
        alerts = List.copyOf(alerts);
    }
}
