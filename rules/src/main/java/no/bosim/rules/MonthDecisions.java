package no.bosim.rules;

import java.util.List;

/** A month's decisions: capacity orders for the simulator to apply after their delay, and alerts. */
public record MonthDecisions(List<CapacityOrder> capacityOrders, List<Alert> alerts) {

    public static final MonthDecisions NONE = new MonthDecisions(List.of(), List.of());

    public MonthDecisions {
        capacityOrders = List.copyOf(capacityOrders);
        alerts = List.copyOf(alerts);
    }
}
