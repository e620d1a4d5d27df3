package no.bosim.rules;

import java.util.List;
import java.util.Map;

/**
 * What the cost rules need at a year's end: who was settled where in this year and the four
 * before (the integration grant runs for the settlement year and four more), and the year's
 * reception, for the host grant.
 *
 * @param cohorts           settled per kommune and settlement year, adults and families apart from minors
 * @param avgCapacity       reception places, averaged over the year's months
 * @param avgInMottak       residents in reception, averaged over the year's months
 * @param parameters        every scenario parameter's value in force in December of the year
 */
public record CostFacts(int year, List<Cohort> cohorts, double avgCapacity, double avgInMottak,
                        Map<String, Double> parameters) {

    public CostFacts {
        cohorts = List.copyOf(cohorts);
        parameters = Map.copyOf(parameters);
    }

    /** The kommunenummer of cohorts settled before the start: known nationally, not per kommune. */
    public static final String BEFORE_START = "";

    /** The people one kommune settled in one year. */
    public record Cohort(String kommunenummer, int settlementYear, int ordinary, int minors) {
    }
}
