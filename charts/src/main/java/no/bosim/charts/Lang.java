package no.bosim.charts;

import java.text.NumberFormat;
import java.util.Locale;

/** Labels and number format in Norwegian (default) or English. */
enum Lang {
    NB(Locale.forLanguageTag("nb-NO")),
    EN(Locale.UK);

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    NumberFormat integers() {
        NumberFormat f = NumberFormat.getIntegerInstance(locale);
        f.setGroupingUsed(true);
        return f;
    }

    NumberFormat percent() {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMaximumFractionDigits(0);
        return f;
    }

    /** The Norwegian text or the English one. */
    String t(String nb, String en) {
        return this == NB ? nb : en;
    }

    static Lang parse(String code) {
        return switch (code.toLowerCase(Locale.ROOT)) {
            case "nb", "no", "nn" -> NB;
            case "en" -> EN;
            default -> throw new ResultsProblem("--lang: '" + code + "' is not a language bosim draws in; expected nb or en");
        };
    }
}
