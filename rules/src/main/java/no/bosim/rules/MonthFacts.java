package no.bosim.rules;

import java.time.YearMonth;
import java.util.Map;

/**
 * The national state after a month's settlement: what monthly rules (warnings, capacity,
 * processing, the need's revision, the pace of settlement) look at. A handful of aggregates, so
 * monthly rule work does not grow with the number of kommuner. Built from four named parts, so a
 * caller names what it hands over instead of passing a row of thirty figures; the flat accessors
 * below read through to the parts, as the rules' {@code Maaned} fact does.
 *
 * @param arrived    what arrived this month, and what is still to come this year on the scenario's path
 * @param reception  people in reception and the places for them
 * @param processing UDI's cases
 * @param settlement the settlement-ready, the settled and the year's need and decisions
 * @param parameters every scenario parameter's value in force this month
 */
public record MonthFacts(YearMonth month, Arrived arrived, Reception reception, Processing processing, Settlement settlement,
                         Map<String, Double> parameters) {

    /**
     * @param all            all arrivals this month
     * @param toMottak       of them, those who came to live in UDI reception
     * @param quota          of them, resettlement refugees (who arrive settlement-ready)
     * @param pathRestOfYear arrivals still to come this year on the scenario's path, by stream (the forecast the
     *                       need was made from; the need rules weigh a revision against it)
     */
    public record Arrived(int all, int toMottak, int quota, PathRestOfYear pathRestOfYear) {
    }

    /**
     * @param inMottak         people in UDI reception (ordinary and emergency places); {@code inCareCentres} in
     *                         Bufetat's care centres, {@code inPrivate} in private housing
     * @param ordinaryPlaces   ordinary reception places; {@code emergencyPlaces} emergency places
     * @param pendingPlaces    places ordered and not yet in force (negative when closings outweigh)
     * @param pendingNextMonth of them, those due next month
     */
    public record Reception(int inMottak, int inCareCentres, int inPrivate, int ordinaryPlaces, int emergencyPlaces,
                            int pendingPlaces, int pendingNextMonth) {
    }

    /**
     * @param awaitingDecision people without a positive final decision (waiting for it, or refused and not yet gone)
     * @param inProcessing     of them, waiting for UDI's decision
     * @param backlog          cases ready for a decision that UDI's capacity left for later months
     * @param capacity         UDI's capacity this month (asylum-case equivalents); {@code extra} of it added by rules
     * @param granted          asylum and collective-protection cases UDI granted this month
     */
    public record Processing(int awaitingDecision, int inProcessing, int backlog, int capacity, int extra, int granted) {
    }

    /**
     * @param ready           people with a residence decision waiting to be settled
     * @param longWaiters     settlement-ready people past their group's waiting-time goal; {@code emLongWaiters} of
     *                        them unaccompanied minors
     * @param settled         settled this month; {@code settledThisYear} from January to this month
     * @param vedtattThisYear places decided by all kommuner for the year
     * @param placesNextMonth places the settlement profile opens next month at the planned pace
     * @param tempo           the factor on the settlement profile in force this month (1 at the planned pace; the
     *                        pace rules' factor of last month when they sped it up)
     * @param needThisYear    the national settlement need for the year
     * @param needGiven       true when the year's need is IMDi's real request (the rules do not revise it)
     */
    public record Settlement(int ready, int longWaiters, int emLongWaiters, int settled, int settledThisYear, int vedtattThisYear,
                             int placesNextMonth, double tempo, int needThisYear, boolean needGiven) {
    }

    /**
     * Arrivals on the scenario's path from next month to December, by stream; {@code asylumUkraine} is
     * the part of {@code asylum} that is Ukrainians assessed individually.
     */
    public record PathRestOfYear(int asylum, int em, int ukraine, int quota, int asylumUkraine) {

        public static final PathRestOfYear NONE = new PathRestOfYear(0, 0, 0, 0, 0);
    }

    public MonthFacts {
        parameters = Map.copyOf(parameters);
    }

    /** Resettlement refugees still to arrive this year on the scenario's path. */
    public int quotaRestOfYear() {
        return arrived.pathRestOfYear().quota();
    }

    public int receptionCapacity() {
        return reception.ordinaryPlaces() + reception.emergencyPlaces();
    }

    // The figures one by one, as the rules and the tests read them.

    public int arrivals() {
        return arrived.all();
    }

    public int arrivalsToMottak() {
        return arrived.toMottak();
    }

    public int quotaArrived() {
        return arrived.quota();
    }

    public PathRestOfYear pathRestOfYear() {
        return arrived.pathRestOfYear();
    }

    public int inMottak() {
        return reception.inMottak();
    }

    public int inCareCentres() {
        return reception.inCareCentres();
    }

    public int inPrivate() {
        return reception.inPrivate();
    }

    public int ordinaryPlaces() {
        return reception.ordinaryPlaces();
    }

    public int emergencyPlaces() {
        return reception.emergencyPlaces();
    }

    public int pendingPlaces() {
        return reception.pendingPlaces();
    }

    public int pendingNextMonth() {
        return reception.pendingNextMonth();
    }

    public int awaitingDecision() {
        return processing.awaitingDecision();
    }

    public int inProcessing() {
        return processing.inProcessing();
    }

    public int processingBacklog() {
        return processing.backlog();
    }

    public int processingCapacity() {
        return processing.capacity();
    }

    public int processingExtra() {
        return processing.extra();
    }

    public int granted() {
        return processing.granted();
    }

    public int settlementReady() {
        return settlement.ready();
    }

    public int longWaiters() {
        return settlement.longWaiters();
    }

    public int emLongWaiters() {
        return settlement.emLongWaiters();
    }

    public int settled() {
        return settlement.settled();
    }

    public int settledThisYear() {
        return settlement.settledThisYear();
    }

    public int vedtattThisYear() {
        return settlement.vedtattThisYear();
    }

    public int placesNextMonth() {
        return settlement.placesNextMonth();
    }

    public double settlementTempo() {
        return settlement.tempo();
    }

    public int needThisYear() {
        return settlement.needThisYear();
    }

    public boolean needGiven() {
        return settlement.needGiven();
    }
}
