package no.bosim.scenario;

/**
 * One kommune of the 2024 structure with its population and IMDi's real 2024 figures.
 *
 * @param vedtatt2024 the kommune's 2024 decision, or -1 where IMDi lists it as "avventer vedtak"
 * @param bosatt2024  settled in 2024, or -1 where IMDi suppressed the cell (prikket)
 */
public record Municipality(String kommunenummer, String kommune, String fylkesnummer, String fylke,
                           int population2024, int population2025,
                           int anmodet2024, int vedtatt2024, int bosatt2024) {
}
