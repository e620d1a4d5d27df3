package no.bosim.rules;

import java.time.YearMonth;

/**
 * An order to open (positive) or close (negative) reception places, in force from a month.
 *
 * @param kind   ordinary, emergency (akutt) or closing
 * @param ruleId the rule that ordered it
 */
public record CapacityOrder(YearMonth ordered, YearMonth effective, int places, String kind, String ruleId) {
}
