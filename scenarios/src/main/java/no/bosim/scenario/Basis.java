package no.bosim.scenario;

/**
 * Why a figure is what it is: a public source (title and URL) or an explicit assumption.
 * Every parameter value and every series row carries one; a figure with neither fails to load.
 * Each may carry its Norwegian text beside the English one, for the briefing and report in
 * Norwegian; without it those show the English text.
 */
public sealed interface Basis {

    /** A cited public source; {@code titleNb} is the title in Norwegian, or null. */
    record Source(String title, String url, String titleNb) implements Basis {
        public Source(String title, String url) {
            this(title, url, null);
        }

        /** The title in {@code lang} ("nb" or "en"), the English one where no Norwegian is given. */
        public String title(String lang) {
            return "nb".equals(lang) && titleNb != null ? titleNb : title;
        }

        @Override
        public String toString() {
            return title + " <" + url + ">";
        }
    }

    /** A figure bosim assumes, with the reason; {@code textNb} is the reason in Norwegian, or null. */
    record Assumption(String text, String textNb) implements Basis {
        public Assumption(String text) {
            this(text, null);
        }

        /** The reason in {@code lang} ("nb" or "en"), the English one where no Norwegian is given. */
        public String text(String lang) {
            return "nb".equals(lang) && textNb != null ? textNb : text;
        }

        @Override
        public String toString() {
            return "assumed: " + text;
        }
    }
}
