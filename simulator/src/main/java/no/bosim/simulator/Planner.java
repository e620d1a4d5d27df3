package no.bosim.simulator;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import no.bosim.rules.KommuneFacts;
import no.bosim.rules.PlanningFacts;
import no.bosim.rules.Reason;
import no.bosim.rules.Policy;
import no.bosim.rules.SettlementPlan;
import no.bosim.rules.drools.Tall;
import no.bosim.scenario.KommuneHistory;
import no.bosim.scenario.Municipality;
import no.bosim.scenario.PlanningFigures;
import no.bosim.scenario.RequestSeries;
import no.bosim.scenario.Scenario;

/**
 * Gathers what the planner knows when a year's plan is made, and asks the policy for the plan.
 * A year's need is IMDi's real request where the scenario has one (its per-kommune requests and
 * decisions too, where IMDi published them for that figure); otherwise the need rules set it from
 * a forecast: the scenario's planning figure for the year when it has one, else the model's own
 * (the grants of the last months, twelve months of them, plus the year's quota on the path).
 */
final class Planner {

    private final Scenario scenario;
    private final Policy policy;
    private final KommuneLedger ledger;
    /** A standard-normal draw per kommune and year for the decision rules; null in deterministic mode. */
    private final RandomGenerator willingnessNoise;
    private final java.util.Map<Integer, double[]> draws = new java.util.HashMap<>();
    /** Grants (settlement-ready people) of past months, the newest last; minors apart. */
    private final List<Grants> grants = new ArrayList<>();

    /** A month's grants (with the resettlement arrivals): all, and of them minors. */
    private record Grants(int all, int minors) {
    }

    /** A forecast of a year's need and the minors' part of it; {@code fromPlanning} when it is the scenario's own planning figure. */
    private record Forecast(int need, int needEm, boolean fromPlanning) {
    }
    private int lastNeed = -1;

    Planner(Scenario scenario, Policy policy, KommuneLedger ledger, RandomGenerator willingnessNoise) {
        this.scenario = scenario;
        this.policy = policy;
        this.ledger = ledger;
        this.willingnessNoise = willingnessNoise;
    }

    /** Records a month's grants (and resettlement arrivals), all and minors. */
    void recordGrants(int all, int minors) {
        grants.add(new Grants(all, minors));
        if (grants.size() > 12) {
            grants.remove(0);
        }
    }

    void rememberNeed(int need) {
        lastNeed = need;
    }

    /** The plan for {@code year}, made in {@code madeIn}; {@code fixedNeed} -1 lets the rules set the need. */
    SettlementPlan plan(int year, YearMonth madeIn, int fixedNeed, int fixedNeedEm, Reason needSource, boolean revision,
                        int settlementReady, int settlementReadyEm, int settledThisYear, Map<String, Double> parameters) {
        RequestSeries.Row real = scenario.requests().inForce(year, madeIn).orElse(null);
        if (fixedNeed < 0 && real != null) {
            fixedNeed = real.anmodet();
            fixedNeedEm = real.anmodetEm();
            needSource = Reason.of("IMDis anmodning for " + year + ": " + describe(real, false),
                    "IMDi's request for " + year + ": " + describe(real, true));
        }
        boolean published = fixedNeed >= 0 && scenario.history().hasYear(year)
                && scenario.history().totalAnmodet(year) == fixedNeed;
        int window = (int) Math.max(1, Math.round(parameters.get("behov_prognose_mnd")));
        Forecast forecast = forecast(year, window);
        int months = Math.min(window, grants.size());
        Reason forecastSource = forecast.fromPlanning()
                ? Reason.of("scenarioets planleggingstall for " + year, "the scenario's planning figure for " + year)
                : Reason.of("modellens egen prognose: innvilgelsene de siste " + months + " månedene regnet for tolv, pluss årets kvote",
                        "the model's own forecast: the grants of the last " + months + " months counted for twelve, plus the year's quota");
        // A year that begins in replayed history is planned on the kommuner's expected willingness, as the
        // rest of the replay is; the draws begin with the first year that begins in the projection.
        boolean drawn = willingnessNoise != null
                && !(scenario.replaysHistory() && YearMonth.of(year, 1).isBefore(scenario.projectionFrom()));
        double[] draw = drawn ? drawsFor(year) : new double[ledger.size()];
        // IMDi's county distribution: the year's own where the scenario has its requests per kommune, else the latest earlier one.
        KommuneHistory history = scenario.history();
        int countyYear = history.latestYearUpTo(year);
        int lastYear = history.latestYearUpTo(year - 1);
        Map<String, Integer> countyRequests = history.countyTotals(countyYear, scenario.municipalities());
        List<KommuneFacts> facts = new ArrayList<>(ledger.size());
        for (int i = 0; i < ledger.size(); i++) {
            Municipality m = ledger.kommune(i);
            KommuneHistory.Figures known = published ? scenario.history().of(year, m.kommunenummer()).orElse(null) : null;
            KommuneFacts.Builder k = KommuneFacts.of(m.kommunenummer(), m.kommune(), m.fylkesnummer(), m.fylke())
                    .population(scenario.populationOf(m, year), m.populationYear(), m.population(), m.populationNext())
                    .fromFile(m.anmodet(), m.vedtatt())
                    .lastYear(ledger.lastAnmodet(i), ledger.lastVedtatt(i), ledger.lastBosatt(i))
                    .excluded(scenario.excludedMunicipalities().contains(m.kommunenummer()))
                    .willingness(ledger.willingness(i), draw[i])
                    .lastPublishedAnmodet(history.anmodet(lastYear, m.kommunenummer()));
            if (known != null) {
                k.known(known.anmodet(), known.vedtatt());
            }
            if (revision && ledger.open() && ledger.year() == year) {
                k.standing(new KommuneFacts.Standing(ledger.anmodet(i), ledger.vedtatt(i)));
            }
            facts.add(k.build());
        }
        return policy.planYear(PlanningFacts.of(year, madeIn, scenario.criteria().forYear(year))
                .need(fixedNeed, fixedNeedEm, needSource)
                .forecast(forecast.need(), forecast.needEm(), forecastSource)
                .waiting(settlementReady, settlementReadyEm)
                .lastNeed(lastNeed)
                .revision(revision, settledThisYear)
                .deterministic(!drawn)
                .counties(countyRequests, countyYear, lastYear)
                .kommuner(facts)
                .parameters(parameters)
                .build());
    }

    /** The request and its source, in the reader's language where the series gives it. */
    private static String describe(RequestSeries.Row r, boolean english) {
        return (english ? Tall.en(r.anmodet()) : Tall.n(r.anmodet())) + " (" + basis(r.basis(), english) + ")";
    }

    /** Where a figure of a series comes from, in words: its source's title and address, or the assumption. */
    static String basis(no.bosim.scenario.Basis basis, boolean english) {
        String lang = english ? "en" : "nb";
        return basis instanceof no.bosim.scenario.Basis.Source src ? src.title(lang) + " <" + src.url() + ">"
                : basis instanceof no.bosim.scenario.Basis.Assumption a ? (english ? "assumed: " : "antatt: ") + a.text(lang)
                : String.valueOf(basis);
    }

    /** The year's forecast need: the scenario's planning figure where it gives one, else the model's own from the recent grants. */
    private Forecast forecast(int year, int window) {
        for (PlanningFigures.Year y : scenario.planning().years()) {
            if (y.year() == year) {
                return new Forecast(y.bosettingsbehov(), y.bosettingsbehovEm(), true);
            }
        }
        int quota = 0;
        for (int m = 1; m <= 12; m++) {
            quota += scenario.arrivals().at(YearMonth.of(year, m), no.bosim.scenario.Stream.QUOTA);
        }
        if (grants.isEmpty()) {
            return new Forecast(quota, 0, false);
        }
        int months = Math.min(window, grants.size());
        long all = 0;
        long minors = 0;
        for (int k = grants.size() - months; k < grants.size(); k++) {
            all += grants.get(k).all();
            minors += grants.get(k).minors();
        }
        // The recent grants include the quota arrivals of those months; the year's own quota replaces them.
        long recentQuota = 0;
        for (int k = 0; k < months; k++) {
            recentQuota += scenario.arrivals().at(lastMonth.minusMonths(k), no.bosim.scenario.Stream.QUOTA);
        }
        long yearly = Math.round(12.0 * Math.max(0, all - recentQuota) / months) + quota;
        return new Forecast((int) Math.min(Integer.MAX_VALUE, yearly), (int) Math.round(12.0 * minors / months), false);
    }

    private YearMonth lastMonth;

    /** The month whose grants were recorded last (for taking the path's quota out of them). */
    void lastRecorded(YearMonth month) {
        lastMonth = month;
    }

    /** One draw per kommune and year, made once, so a revision during the year meets the same willingness. */
    private double[] drawsFor(int year) {
        draws.keySet().removeIf(y -> y < year - 1);
        return draws.computeIfAbsent(year, y -> {
            double[] d = new double[ledger.size()];
            if (willingnessNoise != null) {
                for (int i = 0; i < d.length; i++) {
                    d[i] = willingnessNoise.nextGaussian();
                }
            }
            return d;
        });
    }
}
