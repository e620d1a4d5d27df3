package no.bosim.scenario;

/**
 * Why a figure is what it is: a public source (title and URL) or an explicit assumption.
 * Every parameter value and every series row carries one; a figure with neither fails to load.
 */
public sealed interface Basis {

    /** A cited public source. */
    record Source(String title, String url) implements Basis {
        @Override
        public String toString() {
            return title + " <" + url + ">";
        }
    }

    /** A figure bosim assumes, with the reason; listed in every run's manifest. */
    record Assumption(String text) implements Basis {
        @Override
        public String toString() {
            return "assumed: " + text;
        }
    }
}
