package no.bosim.rules.drools;

import no.bosim.rules.MonthFacts;

/**
 * One month's national aggregates, as a fact. The session keeps the last two years of them, so
 * rules over consecutive months can look back; {@code index} counts months since year 0.
 */
public final class Maaned {

    private final MonthFacts facts;
    private final int index;

    public Maaned(MonthFacts facts) {
        this.facts = facts;
        this.index = indexOf(facts.month());
    }

    static int indexOf(java.time.YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    public int getIndex() {
        return index;
    }

    public String getMonth() {
        return facts.month().toString();
    }

    public int getYear() {
        return facts.month().getYear();
    }

    public int getMonthOfYear() {
        return facts.month().getMonthValue();
    }

    /** Months left in the year after this one. */
    public int getMonthsLeft() {
        return 12 - facts.month().getMonthValue();
    }

    public int getArrivals() {
        return facts.arrivals();
    }

    public int getArrivalsToMottak() {
        return facts.arrivalsToMottak();
    }

    public int getInMottak() {
        return facts.inMottak();
    }

    public int getCapacity() {
        return facts.receptionCapacity();
    }

    public int getOrdinaryPlaces() {
        return facts.ordinaryPlaces();
    }

    public int getEmergencyPlaces() {
        return facts.emergencyPlaces();
    }

    public int getPendingPlaces() {
        return facts.pendingPlaces();
    }

    public int getPendingNextMonth() {
        return facts.pendingNextMonth();
    }

    public double getOccupancy() {
        return facts.receptionCapacity() == 0 ? 0.0 : (double) facts.inMottak() / facts.receptionCapacity();
    }

    public int getInProcessing() {
        return facts.inProcessing();
    }

    public int getProcessingBacklog() {
        return facts.processingBacklog();
    }

    public int getProcessingCapacity() {
        return facts.processingCapacity();
    }

    public int getProcessingExtra() {
        return facts.processingExtra();
    }

    public int getSettlementReady() {
        return facts.settlementReady();
    }

    public int getLongWaiters() {
        return facts.longWaiters();
    }

    /** Long waiters as a share of the settlement-ready (0 when none wait). */
    public double getLongWaitShare() {
        return facts.settlementReady() == 0 ? 0.0 : (double) facts.longWaiters() / facts.settlementReady();
    }

    public int getEmLongWaiters() {
        return facts.emLongWaiters();
    }

    /** Cases UDI granted this month. */
    public int getGranted() {
        return facts.granted();
    }

    public int getQuotaArrived() {
        return facts.quotaArrived();
    }

    public int getSettled() {
        return facts.settled();
    }

    public int getSettledThisYear() {
        return facts.settledThisYear();
    }

    public int getVedtattThisYear() {
        return facts.vedtattThisYear();
    }

    /** Decided places not yet filled this year. */
    public int getPlacesLeft() {
        return Math.max(0, facts.vedtattThisYear() - facts.settledThisYear());
    }

    /** Places the settlement profile opens next month at the planned pace (0 in December: the year ends). */
    public int getPlacesNextMonth() {
        return facts.placesNextMonth();
    }

    /** The factor on the settlement profile in force this month (1 at the planned pace). */
    public double getSettlementTempo() {
        return facts.settlementTempo();
    }

    public int getNeedThisYear() {
        return facts.needThisYear();
    }

    /** True when the year's need is IMDi's real request, which the rules do not revise. */
    public boolean isNeedGiven() {
        return facts.needGiven();
    }

    public int getQuotaRestOfYear() {
        return facts.quotaRestOfYear();
    }

    /** Ordinary asylum seekers still to arrive this year on the scenario's path (the forecast the need was made from). */
    public int getPathAsylumRestOfYear() {
        return facts.pathRestOfYear().asylum();
    }

    /** Of {@link #getPathAsylumRestOfYear()}, the Ukrainians whose application is assessed individually. */
    public int getPathAsylumUkraineRestOfYear() {
        return facts.pathRestOfYear().asylumUkraine();
    }

    /** Unaccompanied minors still to arrive this year on the scenario's path. */
    public int getPathEmRestOfYear() {
        return facts.pathRestOfYear().em();
    }

    /** Applications for collective protection still to come this year on the scenario's path. */
    public int getPathUkraineRestOfYear() {
        return facts.pathRestOfYear().ukraine();
    }

    @Override
    public String toString() {
        return "Maaned(" + getMonth() + ", in mottak " + getInMottak() + " of " + getCapacity() + " places ("
                + getPendingPlaces() + " ordered), settlement-ready " + getSettlementReady() + ", long waiters "
                + getLongWaiters() + ", arrivals " + getArrivals() + ", settled this year " + getSettledThisYear() + " of need "
                + getNeedThisYear() + ")";
    }
}
