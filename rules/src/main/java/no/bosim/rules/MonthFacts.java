package no.bosim.rules;

import java.time.YearMonth;
import java.util.Map;

/**
 * The national state after a month's settlement: what monthly rules (warnings, capacity) look at.
 * A handful of aggregates, so monthly rule work does not grow with the number of kommuner.
 *
 * @param arrivals          all arrivals this month
 * @param inMottak          people in UDI reception (ordinary and emergency places)
 * @param settlementReady   people with a residence decision waiting to be settled
 * @param longWaiters       settlement-ready people past their group's waiting-time goal
 * @param emLongWaiters     unaccompanied minors settlement-ready for more than their goal
 * @param settledThisYear   settled from January to this month
 * @param vedtattThisYear   places decided by all kommuner for the year
 * @param needThisYear      the national settlement need for the year
 * @param parameters        every scenario parameter's value in force this month
 */
public record MonthFacts(YearMonth month, int arrivals, int inMottak, int inCareCentres, int inPrivate,
                         int receptionCapacity, int awaitingDecision, int settlementReady, int longWaiters,
                         int emLongWaiters, int settledThisYear, int vedtattThisYear, int needThisYear,
                         Map<String, Double> parameters) {

    public MonthFacts {
        parameters = Map.copyOf(parameters);
    }
}
