package no.bosim.rules.drools;

import no.bosim.rules.KommuneFacts;

/** One kommune as the yearly criteria rules see it. Derived ratios are -1 where the data has no figure. */
public final class Kommune {

    private final KommuneFacts facts;
    private final String criteria;

    Kommune(KommuneFacts facts, String criteria) {
        this.facts = facts;
        this.criteria = criteria;
    }

    /**
     * The criteria set in force the year it is judged. Rules of one set test it on the Kommune
     * pattern itself, so Drools filters the other sets' rules out before any join.
     */
    public String getCriteria() {
        return criteria;
    }

    public String getKommunenummer() {
        return facts.kommunenummer();
    }

    public String getFylkesnummer() {
        return facts.fylkesnummer();
    }

    /** Population on 1 January of the planned year. */
    public int getPopulation() {
        return facts.population();
    }

    /** Population growth over the kommune file's population year (1.1.2024 to 1.1.2025 in the shipped file), in per cent. */
    public double getGrowthPct() {
        return facts.populationFirst() == 0 ? 0.0
                : 100.0 * (facts.populationNext() - facts.populationFirst()) / facts.populationFirst();
    }

    /** The year {@link #getGrowthPct()} is the growth of. */
    public int getGrowthYear() {
        return facts.populationYear();
    }

    public int getAnmodetLastYear() {
        return facts.anmodetLastYear();
    }

    public int getVedtattLastYear() {
        return facts.vedtattLastYear();
    }

    public int getBosattLastYear() {
        return facts.bosattLastYear();
    }

    /** IMDi's request for this kommune in the latest earlier year with published requests per kommune, -1 when none. */
    public int getLastPublishedAnmodet() {
        return facts.lastPublishedAnmodet();
    }

    public boolean isExcluded() {
        return facts.excluded();
    }

    /** Settled last year as a share of what it decided: whether it settles quickly once it has said yes. */
    public double getRealisation() {
        return facts.vedtattLastYear() > 0 && facts.bosattLastYear() >= 0
                ? (double) facts.bosattLastYear() / facts.vedtattLastYear() : -1;
    }

    /** Decided last year as a share of what it was asked: its capacity and will to settle. */
    public double getDecisionShare() {
        return facts.anmodetLastYear() > 0 && facts.vedtattLastYear() >= 0
                ? (double) facts.vedtattLastYear() / facts.anmodetLastYear() : -1;
    }

    @Override
    public String toString() {
        return "Kommune(" + getKommunenummer() + ", population " + getPopulation() + ", last year anmodet "
                + getAnmodetLastYear() + " vedtatt " + getVedtattLastYear() + " bosatt " + getBosattLastYear() + ")";
    }
}
