package no.bosim.rules;

import java.util.List;

/**
 * A year's grants against the kommuner's extra costs: per kommune and for the country, and for
 * reception in host kommuner; with the alerts the cost rules raised.
 */
public record CostAssessment(int year, List<Row> rows, List<Alert> alerts) {

    /** Where the country's row is kept in {@link #rows()}. */
    public static final String NATIONAL = no.bosim.contract.Subjects.NATIONAL;
    /** Where the host-kommune row (reception) is kept in {@link #rows()}. */
    public static final String HOST = no.bosim.contract.Subjects.HOST;

    public CostAssessment {
        rows = List.copyOf(rows);
        alerts = List.copyOf(alerts);
    }

    /** Grants and costs in NOK for one kommune (or the country, or host kommuner), with the rules behind them. */
    public record Row(String subject, double grantsNok, double costsNok, String ruleIds) {
        /** Grants as a share of costs (dekningsgrad); 0 when there are no costs. */
        public double coverage() {
            return costsNok == 0 ? 0.0 : grantsNok / costsNok;
        }
    }
}
