package no.bosim.rules;

import java.util.Arrays;
import java.util.List;

/** How serious an alert or an order is, as a rule's {@code @severity} says it, lowest first. */
public enum Severity {
    LAV("lav"), MIDDELS("middels"), HOY("høy");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The word in the rule files and in alerts.csv. */
    public String label() {
        return label;
    }

    /** Every label, lowest first. */
    public static List<String> labels() {
        return Arrays.stream(values()).map(Severity::label).toList();
    }

    /** The severity of a label; the rule contract has checked it when the rules compiled. */
    public static Severity of(String label) {
        for (Severity s : values()) {
            if (s.label.equals(label)) {
                return s;
            }
        }
        throw new IllegalArgumentException("'" + label + "' is no severity; expected one of " + labels());
    }

    @Override
    public String toString() {
        return label;
    }
}
