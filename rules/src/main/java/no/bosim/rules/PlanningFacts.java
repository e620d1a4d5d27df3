package no.bosim.rules;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The facts for one year's settlement plan, as the planner has them when the plan is made: in the
 * autumn before the year (month {@code behov_fastsettes_mnd}), at the start of a run, or during the
 * year when the need is revised.
 *
 * @param year             the settlement year being planned
 * @param madeIn           the month the plan is made in
 * @param criteria         the request-criteria set in force for the year
 * @param fixedNeed        the national need when it is given (IMDi's real request, or a revision), else -1:
 *                         the need rules set it
 * @param fixedNeedEm      the minors' part of {@code fixedNeed} (-1 when not given)
 * @param needSource       why the need is fixed ({@link Reason#NONE} when the rules set it); a revision a rule made names the rule
 * @param forecastGrants   people expected to become settlement-ready in the year (grants and quota)
 * @param forecastGrantsEm of which unaccompanied minors
 * @param forecastSource   whose forecast: the scenario's planning figure, or the model's own, in words
 * @param settlementReady  people waiting to be settled when the plan is made; {@code settlementReadyEm} minors
 * @param lastNeed         the need of the year before (-1 when unknown)
 * @param revision         true when the year is under way and its need is revised
 * @param settledThisYear  settled so far in the year (revisions only)
 * @param deterministic    expected values instead of draws (the decision rules then take expected shares)
 * @param countyRequests   IMDi's requests per county (fylkesnummer to people) in {@code countyRequestsYear}: the year's
 *                         own county distribution where the scenario has IMDi's figures for it, else the latest earlier
 *                         year's; empty (year -1) when the scenario has none up to the year
 * @param lastPublishedYear the latest year before this one with IMDi's requests per kommune (-1 when none)
 * @param parameters       every scenario parameter's value in force when the plan is made
 */
public record PlanningFacts(int year, YearMonth madeIn, String criteria, int fixedNeed, int fixedNeedEm, Reason needSource,
                            int forecastGrants, int forecastGrantsEm, Reason forecastSource,
                            int settlementReady, int settlementReadyEm, int lastNeed, boolean revision,
                            int settledThisYear, boolean deterministic,
                            Map<String, Integer> countyRequests, int countyRequestsYear, int lastPublishedYear,
                            List<KommuneFacts> kommuner, Map<String, Double> parameters) {

    public PlanningFacts {
        countyRequests = Map.copyOf(countyRequests);
        kommuner = List.copyOf(kommuner);
        parameters = Map.copyOf(parameters);
    }

    public double parameter(String name) {
        Double v = parameters.get(name);
        if (v == null) {
            throw new IllegalArgumentException("parameter '" + name + "' is not in the scenario");
        }
        return v;
    }

    /** Whether the year's national need is given rather than set by the rules. */
    public boolean needGiven() {
        return fixedNeed >= 0;
    }
}
