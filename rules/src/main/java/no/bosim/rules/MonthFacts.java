package no.bosim.rules;

import java.time.YearMonth;
import java.util.Map;

/**
 * The national state after a month's settlement: what monthly rules (warnings, capacity,
 * processing, the need's revision, the pace of settlement) look at. A handful of aggregates, so
 * monthly rule work does not grow with the number of kommuner.
 *
 * @param arrivals            all arrivals this month
 * @param arrivalsToMottak    of them, those who came to live in UDI reception
 * @param quotaArrived        of them, resettlement refugees (who arrive settlement-ready)
 * @param inMottak            people in UDI reception (ordinary and emergency places)
 * @param ordinaryPlaces      ordinary reception places; {@code emergencyPlaces} emergency places
 * @param pendingPlaces       places ordered and not yet in force (negative when closings outweigh)
 * @param pendingNextMonth    of them, those due next month
 * @param awaitingDecision    people without a positive final decision (waiting for it, or refused and not yet gone)
 * @param inProcessing        of them, waiting for UDI's decision
 * @param processingBacklog   cases ready for a decision that UDI's capacity left for later months
 * @param processingCapacity  UDI's capacity this month (asylum-case equivalents); {@code processingExtra} of it added by rules
 * @param settlementReady     people with a residence decision waiting to be settled
 * @param longWaiters         settlement-ready people past their group's waiting-time goal
 * @param emLongWaiters       unaccompanied minors settlement-ready for more than their goal
 * @param granted             asylum and collective-protection cases UDI granted this month
 * @param settled             settled this month; {@code settledThisYear} from January to this month
 * @param vedtattThisYear     places decided by all kommuner for the year
 * @param placesNextMonth     places the settlement profile opens next month at the planned pace
 * @param settlementTempo     the factor on the settlement profile in force this month (1 at the planned pace; the
 *                            pace rules' factor of last month when they sped it up)
 * @param needThisYear        the national settlement need for the year
 * @param needGiven           true when the year's need is IMDi's real request (the rules do not revise it)
 * @param pathRestOfYear      arrivals still to come this year on the scenario's path, by stream (the forecast the
 *                            need was made from; the need rules weigh a revision against it)
 * @param parameters          every scenario parameter's value in force this month
 */
public record MonthFacts(YearMonth month, int arrivals, int arrivalsToMottak, int quotaArrived, int inMottak, int inCareCentres, int inPrivate,
                         int ordinaryPlaces, int emergencyPlaces, int pendingPlaces, int pendingNextMonth,
                         int awaitingDecision, int inProcessing, int processingBacklog, int processingCapacity,
                         int processingExtra, int settlementReady, int longWaiters, int emLongWaiters, int granted,
                         int settled, int settledThisYear, int vedtattThisYear, int placesNextMonth, double settlementTempo, int needThisYear, boolean needGiven,
                         PathRestOfYear pathRestOfYear, Map<String, Double> parameters) {

    /** Arrivals on the scenario's path from next month to December, by stream. */
    public record PathRestOfYear(int asylum, int em, int ukraine, int quota) {

        public static final PathRestOfYear NONE = new PathRestOfYear(0, 0, 0, 0);
    }

    public MonthFacts {
        parameters = Map.copyOf(parameters);
    }

    /** Resettlement refugees still to arrive this year on the scenario's path. */
    public int quotaRestOfYear() {
        return pathRestOfYear.quota();
    }

    public int receptionCapacity() {
        return ordinaryPlaces + emergencyPlaces;
    }
}
