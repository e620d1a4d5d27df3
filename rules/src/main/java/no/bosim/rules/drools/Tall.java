package no.bosim.rules.drools;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers in the rules' Norwegian sentences (reasons, warning messages), as a Norwegian reader writes
 * them: a no-break space between thousands ("13 000"), a decimal comma ("1,15"), the minus sign (−);
 * and in the English sentences beside them ({@code en}, {@code enD}) as an English reader writes them
 * ("13,000", "1.15"). The rule files call these where they put a number into words.
 */
public final class Tall {

    private static final ThreadLocal<DecimalFormat[]> FORMATS = ThreadLocal.withInitial(() -> {
        DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nb-NO"));
        s.setGroupingSeparator('\u00a0');
        s.setDecimalSeparator(',');
        s.setMinusSign('\u2212');
        return new DecimalFormat[] {new DecimalFormat("#,##0", s), new DecimalFormat("#,##0.#", s), new DecimalFormat("#,##0.##", s)};
    });
    private static final ThreadLocal<DecimalFormat[]> ENGLISH = ThreadLocal.withInitial(() -> {
        DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(Locale.UK);
        return new DecimalFormat[] {new DecimalFormat("#,##0", s), new DecimalFormat("#,##0.#", s), new DecimalFormat("#,##0.##", s)};
    });

    private Tall() {
    }

    /** A whole number: 13 000. */
    public static String n(long value) {
        return grouped(value, '\u00a0', '\u2212');
    }

    /**
     * A whole number with its thousands grouped, as DecimalFormat("#,##0") writes it with the given separator and
     * minus sign, without DecimalFormat's cost: the rules write a number into a reason for every kommune on every
     * plan of every run, and an ensemble spent about 7 % of its time there (docs/performance.md).
     */
    static String grouped(long value, char separator, char minus) {
        // Long.toString, not Math.abs: the smallest long has no positive counterpart.
        String digits = value < 0 ? Long.toString(value).substring(1) : Long.toString(value);
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (value < 0) {
            out.append(minus);
        }
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            out.append(separator).append(digits, i, i + 3);
        }
        return out.toString();
    }

    /** A whole number, rounded: 7 900. */
    public static String n(double value) {
        return n(Math.round(value));
    }

    /** A number with at most {@code decimals} (1 or 2) decimals: 1,15; 0,7; 12,5. */
    public static String d(double value, int decimals) {
        return FORMATS.get()[Math.max(0, Math.min(2, decimals))].format(value);
    }

    /** A whole number in English: 13,000. */
    public static String en(long value) {
        return grouped(value, ',', '-');
    }

    /** A whole number in English, rounded: 7,900. */
    public static String en(double value) {
        return en(Math.round(value));
    }

    /** A number in English with at most {@code decimals} (1 or 2) decimals: 1.15; 0.7; 12.5. */
    public static String enD(double value, int decimals) {
        return ENGLISH.get()[Math.max(0, Math.min(2, decimals))].format(value);
    }
}
