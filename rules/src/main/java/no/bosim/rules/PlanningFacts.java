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

    /**
     * The facts of a plan by name: what a caller does not give is unknown or absent (no given need,
     * no forecast, nobody waiting, no last need, the year's first plan, draws rather than expected
     * values, no county distribution, no kommuner and no parameters).
     */
    public static Builder of(int year, YearMonth madeIn, String criteria) {
        return new Builder(year, madeIn, criteria);
    }

    /** Builds {@link PlanningFacts} by name; see {@link #of}. */
    public static final class Builder {
        private final int year;
        private final YearMonth madeIn;
        private final String criteria;
        private int fixedNeed = -1;
        private int fixedNeedEm = -1;
        private Reason needSource = Reason.NONE;
        private int forecastGrants;
        private int forecastGrantsEm;
        private Reason forecastSource = Reason.NONE;
        private int settlementReady;
        private int settlementReadyEm;
        private int lastNeed = -1;
        private boolean revision;
        private int settledThisYear;
        private boolean deterministic;
        private Map<String, Integer> countyRequests = Map.of();
        private int countyRequestsYear = -1;
        private int lastPublishedYear = -1;
        private List<KommuneFacts> kommuner = List.of();
        private Map<String, Double> parameters = Map.of();

        private Builder(int year, YearMonth madeIn, String criteria) {
            this.year = year;
            this.madeIn = madeIn;
            this.criteria = criteria;
        }

        /** The need given (IMDi's request, or a revision; -1 lets the rules set it), its minors' part and why. */
        public Builder need(int need, int needEm, Reason source) {
            fixedNeed = need;
            fixedNeedEm = needEm;
            needSource = source == null ? Reason.NONE : source;
            return this;
        }

        /** People expected to become settlement-ready in the year, of them minors, and whose forecast it is. */
        public Builder forecast(int grants, int grantsEm, Reason source) {
            forecastGrants = grants;
            forecastGrantsEm = grantsEm;
            forecastSource = source;
            return this;
        }

        /** People waiting to be settled when the plan is made, of them minors. */
        public Builder waiting(int all, int minors) {
            settlementReady = all;
            settlementReadyEm = minors;
            return this;
        }

        public Builder lastNeed(int need) {
            lastNeed = need;
            return this;
        }

        /** A revision of a year under way, with those settled so far in it. */
        public Builder revision(boolean isRevision, int settledSoFar) {
            revision = isRevision;
            settledThisYear = settledSoFar;
            return this;
        }

        public Builder deterministic(boolean expectedValues) {
            deterministic = expectedValues;
            return this;
        }

        /** IMDi's requests per county in {@code year}, and the latest earlier year with its requests per kommune. */
        public Builder counties(Map<String, Integer> requests, int requestsYear, int lastPublished) {
            countyRequests = requests;
            countyRequestsYear = requestsYear;
            lastPublishedYear = lastPublished;
            return this;
        }

        public Builder kommuner(List<KommuneFacts> facts) {
            kommuner = facts;
            return this;
        }

        public Builder parameters(Map<String, Double> values) {
            parameters = values;
            return this;
        }

        public PlanningFacts build() {
            return new PlanningFacts(year, madeIn, criteria, fixedNeed, fixedNeedEm, needSource, forecastGrants, forecastGrantsEm,
                    forecastSource, settlementReady, settlementReadyEm, lastNeed, revision, settledThisYear, deterministic, countyRequests,
                    countyRequestsYear, lastPublishedYear, kommuner, parameters);
        }
    }
}
