package no.bosim.rules.drools;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * The language {@code bosim explain} speaks: each step it records has its Norwegian and its
 * English text, and numbers are written the language's way (1 000,5 or 1,000.5).
 */
record Say(boolean norwegian) {

    static final Say NB = new Say(true);
    static final Say EN = new Say(false);

    static Say of(String lang) {
        return "en".equals(lang) ? EN : NB;
    }

    String t(String nb, String en) {
        return norwegian ? nb : en;
    }

    /** A number with the given decimals, grouped as the language groups it. */
    String n(double x, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(norwegian ? Locale.forLanguageTag("nb-NO") : Locale.UK);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(x);
    }

    /** A share as a percentage with the given decimals ("5,06 %"). */
    String pct(double share, int decimals) {
        return n(100 * share, decimals) + " %";
    }
}
