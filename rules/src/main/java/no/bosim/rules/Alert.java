package no.bosim.rules;

import java.time.YearMonth;

/**
 * An early warning (varsel): which rule fired, under which clause of the agreement, about what,
 * with the measured value and the threshold it crossed.
 *
 * @param name the rule's name in words, as its rule file gives it after the id (what a reader sees; the id
 *             is for looking it up)
 */
public record Alert(YearMonth month, String ruleId, Severity severity, String clause, String subject,
                    double value, double threshold, String message, String name) {
}
