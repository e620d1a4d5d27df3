package no.bosim.rules;

/**
 * Why the rules concluded something, in Norwegian and in English, for {@code bosim explain} and the
 * outputs that name a rule's reasons. A reason is put into words only when a reader asks for it: the
 * rules conclude for every kommune on every plan of every run, and an ensemble reads none of it.
 */
public interface Reason {

    /** No reason given. */
    Reason NONE = of("", "");

    /** The reason in English, or in Norwegian. */
    String in(boolean english);

    /** A reason already in words in both languages. */
    static Reason of(String norwegian, String english) {
        return new Words(norwegian, english);
    }

    /** A reason given in Norwegian only (a user's rule file that gives no English): the same words in both. */
    static Reason norwegian(String text) {
        return new Words(text, text);
    }

    /** The same reason, named by the rule that gave it ("BEHOV-02: ..."). */
    static Reason byRule(String ruleId, Reason reason) {
        return new ByRule(ruleId, reason);
    }

    /** A reason in words. */
    record Words(String norwegian, String english) implements Reason {
        public Words {
            norwegian = norwegian == null ? "" : norwegian;
            english = english == null || english.isEmpty() ? norwegian : english;
        }

        @Override
        public String in(boolean english) {
            return english ? this.english : norwegian;
        }

        /** The Norwegian words: a rule file that puts a reason into a string of its own gets them, as it did before reasons had two languages. */
        @Override
        public String toString() {
            return norwegian;
        }
    }

    /** A reason with the rule that gave it, which a revised plan names instead of the need rule. */
    record ByRule(String ruleId, Reason reason) implements Reason {
        @Override
        public String in(boolean english) {
            return ruleId + ": " + reason.in(english);
        }

        @Override
        public String toString() {
            return in(false);
        }
    }
}
