package no.bosim.contract;

/**
 * The keys of the indicators that count a warning's months: in a sweep's files ({@code warning_months_ID})
 * and a comparison's ({@code months_with_ID}). Written by the simulator, named in words by the charts.
 */
public final class IndicatorKeys {

    /** A sweep's indicator: the months in which warning ID fired. */
    public static final String WARNING_MONTHS = "warning_months_";
    /** A comparison's indicator: the months in which warning ID fired. */
    public static final String MONTHS_WITH = "months_with_";

    private IndicatorKeys() {
    }

    /** The warning's rule id an indicator counts the months of, or null when it counts no warning. */
    public static String warningOf(String indicator) {
        for (String prefix : new String[] {MONTHS_WITH, WARNING_MONTHS}) {
            if (indicator.startsWith(prefix)) {
                return indicator.substring(prefix.length());
            }
        }
        return null;
    }
}
