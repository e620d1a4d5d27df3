package no.bosim.simulator;

import java.time.YearMonth;

/**
 * One month of a run, as written to {@code timeseries.csv}; every count is whole people at the
 * end of the month (stocks) or during it (flows). The components after {@code settledYear} were
 * added later and are written after the earlier columns.
 *
 * @param awaitingDecision       in the system without a positive final decision: waiting for the
 *                               decision, or refused and not yet gone (appeal, return)
 * @param refusedAwaitingDeparture of {@code awaitingDecision}, those refused and not yet gone
 * @param longWaiters            settlement-ready longer than their group's goal (6 months; 3 for minors and families)
 * @param ready0to3              settlement-ready who have waited 0-3 whole months (and so on)
 * @param waitMeanMonths         mean whole months from decision to settlement of those settled this month (NaN when none)
 * @param settledWithin6Share    share of those settled this month who were settled within 6 months of the decision (NaN when none)
 * @param inProcessing           waiting for UDI's first decision (part of {@code awaitingDecision})
 * @param processingBacklog      cases ready for a decision that UDI's capacity left for a later month
 * @param processingCapacity     UDI's decisions capacity this month, in asylum-case equivalents
 * @param decided                cases UDI decided this month
 * @param processingMonthsMean   mean whole months from application to decision of the cases decided this month (NaN when none)
 * @param settlementReadyInMottak settlement-ready people living in mottak or care centres (IMDi's "bosettingsklare i mottak")
 * @param turned18               unaccompanied minors who turned 18 while waiting this month
 * @param projected              whether the month's inputs are projected (false: observed history replayed)
 * @param adjusted               people added (negative: removed) at the start of the month to bring the replayed
 *                               stocks to observed ones ({@code justering_mot_observert}; only at the projection start)
 * @param adjustedCum            all such adjustments so far; conservation counts them as a flow
 */
public record MonthRecord(YearMonth month, int arrivalsAsylum, int arrivalsEm, int arrivalsUkraine, int arrivalsQuota,
                          long arrivalsCum, int awaitingDecision, int settlementReady, int longWaiters,
                          double longWaitShare, int inMottak, int inCareCentres, int inPrivate,
                          int receptionCapacity, double occupancy, int settled, long settledCum, int departed,
                          long departedCum, int granted, int refused, int refusedAwaitingDeparture, int settledEm,
                          int emLongWaiters, int ready0to3, int ready4to6, int ready7to12, int readyOver12,
                          int bosettingsbehov, int vedtattYear, int settledYear,
                          double waitMeanMonths, double settledWithin6Share, int settledUkraine,
                          int settlementReadyInMottak, int inProcessing, int processingBacklog, int processingCapacity,
                          int decided, double processingMonthsMean, int capacityOrdinary, int capacityEmergency,
                          int turned18, int anmodetYear, boolean projected, int adjusted, long adjustedCum) {

    public int arrivals() {
        return arrivalsAsylum + arrivalsEm + arrivalsUkraine + arrivalsQuota;
    }
}
