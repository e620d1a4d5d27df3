package no.bosim.rules;

import java.time.YearMonth;

/**
 * An early warning (varsel): which rule fired, under which clause of the agreement, about what,
 * with the measured value and the threshold it crossed.
 *
 * @param message   the warning in Norwegian, with its figures
 * @param name      the rule's name in words, as its rule file gives it after the id (what a reader sees; the id
 *                  is for looking it up)
 * @param messageEn the warning in English, for outputs in English; empty where the rule gives none (outputs in
 *                  English then show the Norwegian message)
 */
public record Alert(YearMonth month, String ruleId, Severity severity, String clause, String subject,
                    double value, double threshold, String message, String name, String messageEn) {

    /** The message in English where the rule gave one ({@code english}), else in Norwegian. */
    public String message(boolean english) {
        return english && messageEn != null && !messageEn.isBlank() ? messageEn : message;
    }
}
