package no.bosim.rules.drools;

/** The year being planned, its national need and the criteria set the scenario selects. */
public final class Plan {

    private final int year;
    private final int need;
    private final int needEm;
    private final String criteria;
    private final int settlementReady;
    private final int grantsLastYear;

    Plan(int year, int need, int needEm, String criteria, int settlementReady, int grantsLastYear) {
        this.year = year;
        this.need = need;
        this.needEm = needEm;
        this.criteria = criteria;
        this.settlementReady = settlementReady;
        this.grantsLastYear = grantsLastYear;
    }

    public int getSettlementReady() {
        return settlementReady;
    }

    public int getGrantsLastYear() {
        return grantsLastYear;
    }

    public int getYear() {
        return year;
    }

    public int getNeed() {
        return need;
    }

    public int getNeedEm() {
        return needEm;
    }

    public String getCriteria() {
        return criteria;
    }
}
