package no.bosim.rules;

/**
 * What the policy knows of one kommune when it plans a year.
 *
 * @param vedtatt2024       IMDi's real 2024 decision, or -1 where the kommune had not decided
 * @param anmodetLastYear   last simulated year's request (the real 2024 request before the first year)
 * @param vedtattLastYear   last simulated year's decision (-1 when unknown)
 * @param bosattLastYear    settled here last year (-1 when unknown, e.g. suppressed by IMDi)
 * @param excluded          the scenario excludes this kommune from requests
 * @param population        population on 1 January 2024; {@code population2025} a year later
 * @param decisionNoise     a standard-normal draw for this kommune and year (0 in deterministic runs):
 *                          how much more or less willing than its band it is; the decision rules say how it counts
 */
public record KommuneFacts(String kommunenummer, String kommune, String fylkesnummer, String fylke,
                           int population, int population2025, int anmodet2024, int vedtatt2024,
                           int anmodetLastYear, int vedtattLastYear, int bosattLastYear, boolean excluded,
                           double decisionNoise) {
}
