package no.bosim.rules;

import java.time.YearMonth;

/**
 * An order to open (positive) or close (negative) reception places, or to change UDI's
 * processing capacity, in force from a month.
 *
 * @param places places, or for {@link OrderKind#BEHANDLING} cases per month
 * @param ruleId the rule that ordered it
 */
public record CapacityOrder(YearMonth ordered, YearMonth effective, int places, OrderKind kind, String ruleId) {
}
