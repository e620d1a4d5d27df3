package no.bosim.simulator;

import java.time.YearMonth;

/**
 * One month of a run, as written to {@code timeseries.csv}; every count is whole people at the
 * end of the month (stocks) or during it (flows).
 *
 * @param awaitingDecision       in reception without a positive final decision: waiting for the
 *                               decision, or refused and not yet gone (appeal, return)
 * @param refusedAwaitingDeparture of {@code awaitingDecision}, those refused and not yet gone
 * @param longWaiters            settlement-ready longer than their group's goal (6 months; 3 for minors and families)
 * @param ready0to3              settlement-ready who have waited 0-3 whole months (and so on)
 */
public record MonthRecord(YearMonth month, int arrivalsAsylum, int arrivalsEm, int arrivalsUkraine, int arrivalsQuota,
                          long arrivalsCum, int awaitingDecision, int settlementReady, int longWaiters,
                          double longWaitShare, int inMottak, int inCareCentres, int inPrivate,
                          int receptionCapacity, double occupancy, int settled, long settledCum, int departed,
                          long departedCum, int granted, int refused, int refusedAwaitingDeparture, int settledEm,
                          int emLongWaiters, int ready0to3, int ready4to6, int ready7to12, int readyOver12,
                          int bosettingsbehov, int vedtattYear, int settledYear) {

    public int arrivals() {
        return arrivalsAsylum + arrivalsEm + arrivalsUkraine + arrivalsQuota;
    }
}
