package no.bosim.rules.drools;

import java.time.YearMonth;
import no.bosim.rules.Alert;
import org.kie.api.definition.rule.Rule;

/**
 * An alert inserted by a rule. Its id, clause and severity come from the rule's own metadata
 * ({@code @id}, {@code @clause}, {@code @severity}), so a report cites exactly what the rule file says.
 */
public final class Varsel {

    private final Alert alert;

    private Varsel(Alert alert) {
        this.alert = alert;
    }

    /** Called from a rule's consequence: {@code insert(Varsel.of(drools.getRule(), ...))}, the message in Norwegian only. */
    public static Varsel of(Rule rule, int monthIndex, String subject, double value, double threshold, String message) {
        return of(rule, monthIndex, subject, value, threshold, message, "");
    }

    /** As above, with the message in English too, which outputs in English show. */
    public static Varsel of(Rule rule, int monthIndex, String subject, double value, double threshold, String message, String messageEn) {
        YearMonth month = YearMonth.of(monthIndex / 12, monthIndex % 12 + 1);
        String id = meta(rule, "id");
        String name = rule.getName().startsWith(id + " ") ? rule.getName().substring(id.length() + 1) : rule.getName();
        return new Varsel(new Alert(month, id, no.bosim.rules.Severity.of(meta(rule, "severity")), meta(rule, "clause"), subject,
                value, threshold, message, name, messageEn == null ? "" : messageEn));
    }

    static String meta(Rule rule, String key) {
        Object v = rule.getMetaData().get(key);
        if (v == null) {
            throw new IllegalStateException("rule '" + rule.getName() + "' has no @" + key + " metadata");
        }
        return v.toString().replace("\"", "");
    }

    public Alert alert() {
        return alert;
    }

    public String getRuleId() {
        return alert.ruleId();
    }
}
