package no.bosim.scenario;

import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Puts a parameter's value and unit, and a month, into words in Norwegian or English, for the
 * sentences of {@link Assumptions}: "60 %", "6 måneder", "241 100 kr per person", "mars 2025".
 * Units bosim does not know are written as the parameter file gives them.
 */
public final class Wording {

    private static final Locale NB = Locale.forLanguageTag("nb-NO");

    private final boolean nb;
    private final NumberFormat numbers;

    Wording(String lang) {
        this.nb = "nb".equals(lang);
        this.numbers = NumberFormat.getNumberInstance(nb ? NB : Locale.UK);
        numbers.setMaximumFractionDigits(3);
        numbers.setGroupingUsed(true);
    }

    String t(String nbText, String enText) {
        return nb ? nbText : enText;
    }

    String month(YearMonth m) {
        return nb ? monthNb(m) : monthEn(m);
    }

    public static String monthNb(YearMonth m) {
        return m.getMonth().getDisplayName(TextStyle.FULL, NB) + " " + m.getYear();
    }

    public static String monthEn(YearMonth m) {
        return m.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + m.getYear();
    }

    /** {@code value} with its unit in words; shares as percentages. */
    String value(double value, String unit) {
        String n = numbers.format(value);
        return switch (unit) {
            case "share" -> percent(value);
            case "months" -> n + (value == 1 ? t(" måned", " month") : t(" måneder", " months"));
            case "years" -> n + (value == 1 ? t(" år", " year") : t(" år", " years"));
            case "factor" -> t("faktor ", "factor ") + n;
            case "rank" -> t("plass ", "place ") + n;
            case "yes/no" -> value == 1 ? t("ja", "yes") : t("nei", "no");
            case "factor per percentage point" -> n + t(" per prosentpoeng", " per percentage point");
            case "share per 1000 inhabitants" -> percent(value) + t(" per person anmodet per 1 000 innbyggere",
                    " per person requested per 1 000 inhabitants");
            case "persons" -> n + t(" personer", " people");
            case "places" -> n + t(" plasser", " places");
            case "places per month" -> n + t(" plasser per måned", " places a month");
            case "cases per month" -> n + t(" saker per måned", " cases a month");
            case "NOK per person" -> money(n) + t(" per person", " per person");
            case "NOK per kommune" -> money(n) + t(" per kommune", " per kommune");
            case "NOK per place" -> money(n) + t(" per plass", " per place");
            default -> unit.isEmpty() ? n : n + " " + unit;
        };
    }

    private String percent(double share) {
        return numbers.format(Math.round(share * 1000) / 10.0) + " %";
    }

    private String money(String n) {
        return nb ? n + " kr" : "NOK " + n;
    }

    /** The text with its first letter in upper case. */
    static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** The text as a sentence: capitalised, ending in a full stop unless it ends in other punctuation. */
    static String sentence(String text) {
        String s = capitalised(text.strip());
        return s.isEmpty() || ".!?".indexOf(s.charAt(s.length() - 1)) >= 0 ? s : s + ".";
    }
}
