package no.bosim.rules;

/**
 * What the policy knows of one kommune when it plans a year.
 *
 * @param population        population on 1 January of the planned year (the 2024 figure scaled where the year has none)
 * @param population2024    population on 1 January 2024; {@code population2025} a year later
 * @param anmodet2024       IMDi's real 2024 request; {@code vedtatt2024} its decision (-1 where undecided)
 * @param anmodetLastYear   last year's request (-1 when unknown)
 * @param vedtattLastYear   last year's decision (-1 when unknown)
 * @param bosattLastYear    settled here last year (-1 when unknown, e.g. suppressed by IMDi)
 * @param excluded          the scenario excludes this kommune from requests
 * @param knownAnmodet      IMDi's published request for this year when it is used as it is, else -1
 * @param knownVedtatt      the kommune's published decision for this year when it is used as it is, else -1
 * @param standing          when the year's need is revised: the kommune's request and decision standing before the
 *                          revision; {@link Standing#NONE} for the year's first plan
 * @param lastWillingness   the kommune's willingness after last year's decision (standard-normal scale), NaN when unknown
 * @param willingnessDraw   a standard-normal draw for this kommune and year (0 in deterministic runs): the new part of
 *                          its willingness; the decision rules say how it combines with the last
 * @param lastPublishedAnmodet IMDi's published request for this kommune in the latest earlier year the scenario
 *                          has IMDi's figures per kommune for ({@link PlanningFacts#lastPublishedYear()}), -1 when none
 */
public record KommuneFacts(String kommunenummer, String kommune, String fylkesnummer, String fylke,
                           int population, int population2024, int population2025, int anmodet2024, int vedtatt2024,
                           int anmodetLastYear, int vedtattLastYear, int bosattLastYear, boolean excluded,
                           int knownAnmodet, int knownVedtatt, Standing standing, double lastWillingness,
                           double willingnessDraw, int lastPublishedAnmodet) {

    /** The request and decision in force before a revision of the year's need (-1 each: no revision). */
    public record Standing(int anmodet, int vedtatt) {

        public static final Standing NONE = new Standing(-1, -1);
    }

    /** The decision standing before a revision, else -1. */
    public int currentVedtatt() {
        return standing.vedtatt();
    }
}
