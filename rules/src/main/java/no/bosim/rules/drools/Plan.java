package no.bosim.rules.drools;

import no.bosim.rules.PlanningFacts;

/**
 * The year being planned, as the need rules see it: whether its need is given (IMDi's real
 * request or a revision), the forecast of people who will become settlement-ready in it and whose
 * forecast that is, those waiting now, and last year's need.
 */
public final class Plan {

    private final PlanningFacts facts;

    Plan(PlanningFacts facts) {
        this.facts = facts;
    }

    public int getYear() {
        return facts.year();
    }

    public String getCriteria() {
        return facts.criteria();
    }

    /** The given need, or -1 when the rules set it. */
    public int getFixedNeed() {
        return facts.fixedNeed();
    }

    public int getFixedNeedEm() {
        return facts.fixedNeedEm();
    }

    public boolean isNeedGiven() {
        return facts.needGiven();
    }

    public no.bosim.rules.Reason getNeedSource() {
        return facts.needSource();
    }

    public int getForecastGrants() {
        return facts.forecastGrants();
    }

    public int getForecastGrantsEm() {
        return facts.forecastGrantsEm();
    }

    public no.bosim.rules.Reason getForecastSource() {
        return facts.forecastSource();
    }

    public int getSettlementReady() {
        return facts.settlementReady();
    }

    public int getSettlementReadyEm() {
        return facts.settlementReadyEm();
    }

    /** Last year's need, or -1 when unknown. */
    public int getLastNeed() {
        return facts.lastNeed();
    }

    /** The year of the county distribution the need can be split by (-1 when the scenario has none). */
    public int getCountyRequestsYear() {
        return facts.countyRequestsYear();
    }

    /** The latest earlier year with IMDi's requests per kommune (-1 when none). */
    public int getLastPublishedYear() {
        return facts.lastPublishedYear();
    }

    public boolean isRevision() {
        return facts.revision();
    }

    @Override
    public String toString() {
        return "Plan(" + getYear() + ", criteria " + getCriteria() + (isNeedGiven() ? ", need given " + getFixedNeed()
                : ", forecast " + getForecastGrants() + " (" + getForecastSource() + ")") + ", waiting " + getSettlementReady()
                + ", last need " + getLastNeed() + ")";
    }
}
