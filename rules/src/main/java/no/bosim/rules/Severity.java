package no.bosim.rules;

import java.util.Arrays;
import java.util.List;

/** How serious an alert or an order is, as a rule's {@code @severity} says it, lowest first. */
public enum Severity {
    LAV("lav", "low"), MIDDELS("middels", "medium"), HOY("høy", "high");

    private final String label;
    private final String english;

    Severity(String label, String english) {
        this.label = label;
        this.english = english;
    }

    /** The word in the rule files and in alerts.csv. */
    public String label() {
        return label;
    }

    /** The word in outputs in English. */
    public String english() {
        return english;
    }

    /** The word of {@code label} in outputs in English; a label no severity has is shown as it is. */
    public static String english(String label) {
        for (Severity s : values()) {
            if (s.label.equals(label)) {
                return s.english;
            }
        }
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
