package no.bosim.rules;

import java.time.YearMonth;

/**
 * An early warning (varsel): which rule fired, under which clause of the agreement, about what,
 * with the measured value and the threshold it crossed.
 */
public record Alert(YearMonth month, String ruleId, Severity severity, String clause, String subject,
                    double value, double threshold, String message) {
}
