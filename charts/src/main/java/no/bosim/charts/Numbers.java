package no.bosim.charts;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as a reader of the language reads them: in Norwegian a no-break space between thousands,
 * a decimal comma and the minus sign (−); in English a comma between thousands and a decimal point.
 * CSV files keep their documented dialects; this is for text people read.
 */
public final class Numbers {

    private Numbers() {
    }

    private static DecimalFormat format(String lang, String pattern) {
        boolean nb = !"en".equals(lang);
        DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(nb ? Locale.forLanguageTag("nb-NO") : Locale.UK);
        if (nb) {
            s.setGroupingSeparator('\u00a0');
            s.setDecimalSeparator(',');
            s.setMinusSign('\u2212');
        }
        return new DecimalFormat(pattern, s);
    }

    /** A whole number: 12 345 (nb) or 12,345 (en). */
    public static String whole(double value, String lang) {
        return format(lang, "#,##0").format(Math.round(value));
    }

    /** A difference with its sign: +1 234, −56, 0. */
    public static String signed(double value, String lang) {
        long v = Math.round(value);
        return (v > 0 ? "+" : "") + whole(v, lang);
    }

    /** A share as a percentage with {@code decimals} decimals: 12,5 % (nb) or 12.5% (en). */
    public static String percent(double share, int decimals, String lang) {
        String p = format(lang, decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals)).format(share * 100);
        return "en".equals(lang) ? p + "%" : p + "\u00a0%";
    }

    /** A decimal number with up to {@code decimals} decimals: 1,15 (nb) or 1.15 (en). */
    public static String decimal(double value, int decimals, String lang) {
        return format(lang, decimals == 0 ? "#,##0" : "#,##0." + "#".repeat(decimals)).format(value);
    }
}
