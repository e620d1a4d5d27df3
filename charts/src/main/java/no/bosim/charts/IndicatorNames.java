package no.bosim.charts;

import no.bosim.contract.IndicatorKeys;

/** The words for the indicators of ensembles and comparisons (their column keys in the CSV files), and their units. */
final class IndicatorNames {

    private IndicatorNames() {
    }

    /** As {@link #name(String, Lang)}, a warning's months named by the warning's words, with its id beside them. */
    static String name(String indicator, Lang lang, java.util.Map<String, String> ruleNames) {
        String id = IndicatorKeys.warningOf(indicator);
        if (id != null && ruleNames.containsKey(id)) {
            return lang.t("Måneder med varsel: ", "Months with the warning: ") + ruleNames.get(id) + " (" + id + ")";
        }
        return name(indicator, lang);
    }

    static String name(String indicator, Lang lang) {
        String warning = IndicatorKeys.warningOf(indicator);
        if (warning != null) {
            return lang.t("Måneder med ", "Months with ") + warning;
        }
        return switch (indicator) {
            case "peak_in_mottak" -> lang.t("Flest i mottak", "Most in reception");
            case "peak_settlement_ready" -> lang.t("Flest bosettingsklare", "Most settlement-ready");
            case "peak_long_waiters" -> lang.t("Flest lengeventende", "Most long waiters");
            case "max_long_wait_share" -> lang.t("Høyeste andel lengeventende", "Highest long-wait share");
            case "months_over_long_wait_threshold" -> lang.t("Måneder over varselgrensen for lengeventende",
                    "Months over the long-wait warning threshold");
            case "peak_reception_capacity" -> lang.t("Flest plasser i mottak", "Most reception places");
            case "settled_total" -> lang.t("Bosatt i perioden", "Settled in the period");
            case "settled" -> lang.t("Bosatt", "Settled");
            case "anmodet" -> lang.t("Anmodet", "Requested");
            case "vedtatt" -> lang.t("Vedtatt", "Decided");
            case "bosettingsbehov" -> lang.t("Bosettingsbehov", "Settlement need");
            case "settled_of_need" -> lang.t("Bosatt av behovet", "Settled of the need");
            case "settlement_ready_at_year_end" -> lang.t("Bosettingsklare ved årets slutt", "Settlement-ready at the year's end");
            case "grants" -> lang.t("Tilskudd", "Grants");
            case "costs" -> lang.t("Kommunenes merkostnader", "The kommuner's extra costs");
            case "coverage" -> lang.t("Dekningsgrad", "Coverage");
            case "settlement_ready_dec_y1" -> lang.t("Bosettingsklare ved utgangen av første år", "Settlement-ready at the end of the first year");
            case "settlement_ready_dec_y2" -> lang.t("Bosettingsklare ved utgangen av andre år", "Settlement-ready at the end of the second year");
            case "settled_y1" -> lang.t("Bosatt første år", "Settled in the first year");
            case "settled_y2" -> lang.t("Bosatt andre år", "Settled in the second year");
            case "settled_y3" -> lang.t("Bosatt tredje år", "Settled in the third year");
            case "cost_coverage_min" -> lang.t("Laveste dekningsgrad i et år", "Lowest coverage in a year");
            default -> indicator;
        };
    }

    /** A value in its unit: shares as per cent, kroner in millions, the rest as whole numbers. */
    static String value(String indicator, String unit, double v, Lang lang) {
        if (Double.isNaN(v)) {
            return "";
        }
        if ("share".equals(unit) || indicator.contains("share") || indicator.equals("coverage") || indicator.equals("cost_coverage_min") || indicator.equals("settled_of_need")) {
            return lang.percent().format(v);
        }
        if ("NOK".equals(unit)) {
            return lang.integers().format(v / 1e6) + lang.t(" mill. kr", " NOK m");
        }
        return lang.integers().format(v);
    }
}
