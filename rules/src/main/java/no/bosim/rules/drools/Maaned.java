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

    public int getMonthOfYear() {
        return facts.month().getMonthValue();
    }

    public int getArrivals() {
        return facts.arrivals();
    }

    public int getInMottak() {
        return facts.inMottak();
    }

    public int getCapacity() {
        return facts.receptionCapacity();
    }

    public double getOccupancy() {
        return facts.receptionCapacity() == 0 ? 0.0 : (double) facts.inMottak() / facts.receptionCapacity();
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

    public int getSettledThisYear() {
        return facts.settledThisYear();
    }

    public int getVedtattThisYear() {
        return facts.vedtattThisYear();
    }

    public int getNeedThisYear() {
        return facts.needThisYear();
    }

    @Override
    public String toString() {
        return "Maaned(" + getMonth() + ", in mottak " + getInMottak() + " of " + getCapacity()
                + ", settlement-ready " + getSettlementReady() + ", long waiters " + getLongWaiters() + ")";
    }
}
