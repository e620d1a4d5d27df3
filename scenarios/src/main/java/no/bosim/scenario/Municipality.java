package no.bosim.scenario;

/**
 * One kommune of the 2024 structure as the kommune file gives it: its population on 1 January of two
 * consecutive years, and IMDi's request, the kommune's decision and those settled in one year. The
 * years are the file's own, read from its header ({@code folkemengde_2024_01_01},
 * {@code imdi_2024_anmodet}: 2024 and 2025 and IMDi's 2024 in the shipped file).
 *
 * @param populationYear the year of {@code population}; {@code populationNext} is a year later
 * @param figuresYear    the year of IMDi's figures {@code anmodet}, {@code vedtatt} and {@code bosatt}
 * @param vedtatt        the kommune's decision, or -1 where IMDi lists it as "avventer vedtak"
 * @param bosatt         settled that year, or -1 where IMDi suppressed the cell (prikket)
 */
public record Municipality(String kommunenummer, String kommune, String fylkesnummer, String fylke,
                           int populationYear, int population, int populationNext,
                           int figuresYear, int anmodet, int vedtatt, int bosatt) {
}
