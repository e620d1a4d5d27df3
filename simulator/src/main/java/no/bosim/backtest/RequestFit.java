package no.bosim.backtest;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import no.bosim.rules.KommuneFacts;
import no.bosim.rules.KommunePlan;
import no.bosim.rules.PlanningFacts;
import no.bosim.rules.Policy;
import no.bosim.rules.SettlementPlan;
import no.bosim.scenario.KommuneHistory;
import no.bosim.scenario.Municipality;
import no.bosim.scenario.Scenario;

/**
 * The request criteria set against IMDi's real requests of a year: the criteria rules distribute a
 * national need over the kommuner as they would in a run (the county distribution and last published
 * requests the scenario has up to that year, last year's published figures for the factors that read
 * them), and each kommune's request is compared with what IMDi asked of it. The year's own requests
 * are never used as such, only, as in a run, the county totals they add up to, unless the fit is asked
 * to use the last earlier county distribution instead (a proxy, as a forecast year would have).
 */
public final class RequestFit {

    /** One kommune: the model's request, IMDi's, and the difference. */
    public record Row(String kommunenummer, String kommune, String fylke, int population, int model, int modelEm, int real) {

        public int difference() {
            return model - real;
        }
    }

    /**
     * The fit: per kommune, the mean absolute error (plain, and weighted by the real request), the
     * mean real request, and the ten most populous kommuner's ratios of model to real.
     *
     * @param countyYear the year of the county distribution used (-1: none, the counties got their weight)
     * @param lastYear   the year of the last published requests continuity drew on (-1: none)
     */
    public record Result(int year, int need, int needEm, String criteria, int countyYear, int lastYear, List<Row> rows) {

        public double meanAbsoluteError() {
            return rows.stream().mapToInt(r -> Math.abs(r.difference())).average().orElse(0);
        }

        /** The absolute error of each kommune weighted by its real request: the error per person requested. */
        public double weightedMeanAbsoluteError() {
            long real = rows.stream().mapToLong(Row::real).sum();
            return real == 0 ? 0 : (double) rows.stream().mapToLong(r -> (long) Math.abs(r.difference()) * r.real()).sum() / real;
        }

        public double meanRequest() {
            return rows.stream().mapToInt(Row::real).average().orElse(0);
        }

        /** The ten kommuner with the most inhabitants, largest first. */
        public List<Row> largest() {
            return rows.stream().sorted(Comparator.comparingInt(Row::population).reversed()).limit(10).toList();
        }
    }

    private RequestFit() {
    }

    /**
     * @param real           IMDi's requests of {@code year} per kommune (kommunenummer to people)
     * @param countyFromLast whether the county distribution is the latest earlier year's (a proxy) rather than the year's own
     */
    public static Result of(Scenario scenario, Policy policy, int year, int need, int needEm, String criteria,
                            Map<String, Integer> real, boolean countyFromLast) {
        KommuneHistory history = scenario.history();
        int lastYear = history.latestYearUpTo(year - 1);
        int countyYear = countyFromLast ? lastYear : history.latestYearUpTo(year);
        Map<String, Integer> countyRequests = history.countyTotals(countyYear, scenario.municipalities());
        List<KommuneFacts> facts = new ArrayList<>();
        for (Municipality m : scenario.municipalities()) {
            KommuneHistory.Figures last = lastYear < 0 ? null : history.of(lastYear, m.kommunenummer()).orElse(null);
            boolean lastIsLastYear = lastYear == year - 1 && last != null;
            KommuneFacts.Builder k = KommuneFacts.of(m.kommunenummer(), m.kommune(), m.fylkesnummer(), m.fylke())
                    .population(scenario.populationOf(m, year), m.populationYear(), m.population(), m.populationNext())
                    .fromFile(m.anmodet(), m.vedtatt())
                    .excluded(scenario.excludedMunicipalities().contains(m.kommunenummer()));
            if (lastIsLastYear) {
                k.lastYear(last.anmodet(), last.vedtatt(), last.bosatt());
            }
            if (last != null) {
                k.lastPublishedAnmodet(last.anmodet());
            }
            facts.add(k.build());
        }
        Map<String, Double> parameters = new java.util.HashMap<>();
        YearMonth madeIn = planningMonth(scenario, year);
        scenario.parameters().all().values().forEach(p -> p.inForce(madeIn).ifPresent(v -> parameters.put(p.name(), v.value())));
        SettlementPlan plan = policy.planYear(PlanningFacts.of(year, madeIn, criteria)
                .need(need, needEm, no.bosim.rules.Reason.of("behovet tilpasningen spør om", "the need the fit is asked for"))
                .deterministic(true).counties(countyRequests, countyYear, lastYear).kommuner(facts).parameters(parameters).build());
        Map<String, KommunePlan> byNumber = new java.util.HashMap<>();
        plan.kommuner().forEach(k -> byNumber.put(k.kommunenummer(), k));
        List<Row> rows = new ArrayList<>();
        for (Municipality m : scenario.municipalities()) {
            KommunePlan k = byNumber.get(m.kommunenummer());
            rows.add(new Row(m.kommunenummer(), m.kommune(), m.fylke(), scenario.populationOf(m, year), k.anmodet(), k.anmodetEm(),
                    real.getOrDefault(m.kommunenummer(), 0)));
        }
        return new Result(year, need, needEm, criteria, countyYear, lastYear, rows);
    }

    /**
     * The month a year's plan is made in, as the simulator makes it: {@code behov_fastsettes_mnd} (October
     * in the shipped parameters) of the year before, the parameter in force that January.
     */
    public static YearMonth planningMonth(Scenario scenario, int year) {
        YearMonth january = YearMonth.of(year - 1, 1);
        // A year whose planning falls before the parameters begin has no planning month: its January is
        // returned, and the caller's check that every parameter is in force then names the year as refused.
        return scenario.parameters().has("behov_fastsettes_mnd")
                ? scenario.parameters().get("behov_fastsettes_mnd").inForce(january)
                        .map(v -> YearMonth.of(year - 1, (int) Math.round(v.value()))).orElse(january)
                : january;
    }
}
