package no.bosim.simulator;

import no.bosim.rules.LargestRemainder;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.bosim.rules.Alert;
import no.bosim.rules.CapacityOrder;
import no.bosim.rules.CostAssessment;
import no.bosim.rules.CostFacts;
import no.bosim.rules.KommuneFacts;
import no.bosim.rules.KommunePlan;
import no.bosim.rules.MonthDecisions;
import no.bosim.rules.MonthFacts;
import no.bosim.rules.PlanningFacts;
import no.bosim.rules.Policy;
import no.bosim.rules.SettlementPlan;
import no.bosim.scenario.DatedValue;
import no.bosim.scenario.Mode;
import no.bosim.scenario.Municipality;
import no.bosim.scenario.Parameter;
import no.bosim.scenario.PlanningFigures;
import no.bosim.scenario.Scenario;
import no.bosim.scenario.Stream;

/**
 * One run of the monthly clock. Each month goes through the same phases in the same order:
 *
 * <ol>
 *   <li><b>Plan</b> (January and the first month only): the policy sets each kommune's request
 *       and decision for the year.</li>
 *   <li><b>Arrivals</b>: the month's arrivals by stream (in stochastic mode drawn around the
 *       scenario's path with {@code ankomst_variasjon}) are split into groups and housing.
 *       Resettlement refugees arrive already settlement-ready.</li>
 *   <li><b>Case processing</b>: refused people from earlier months leave with probability
 *       1/{@code utreisetid_mnd}; then each person awaiting a decision is decided with
 *       probability 1/{@code behandlingstid_*_mnd} (a geometric processing time counting the
 *       arrival month) and granted with the group's grant share.</li>
 *   <li><b>Waiting</b>: everyone already settlement-ready waits one month more; this month's
 *       grants join at zero months waited.</li>
 *   <li><b>Settlement</b>: each kommune may have settled, by the end of the month, its decided
 *       places times {@code bosetting_utnyttelse}, spread evenly over the year's months; minors
 *       only against places for minors. Resettlement refugees go first, then the longest
 *       waiting, each at least {@code min_ventetid_mnd} after the decision.</li>
 *   <li><b>Reception</b>: capacity orders due this month take effect; the policy sees the
 *       month's aggregates and may order places and raise alerts.</li>
 * </ol>
 *
 * <p>At each year's end the policy also assesses grants against the kommuner's costs for the
 * people settled in that year and the four before.
 *
 * <p>People are whole and conserved: nobody enters but by arrival and nobody leaves but by
 * settlement or departure.
 */
public final class Simulation {

    /** Months waited are counted up to here; the last bucket holds everyone who waited this long or longer. */
    static final int MAX_WAIT = 120;

    /** Parameters the core reads; a scenario without one of them fails its check. */
    public static final List<String> SHARE_PARAMETERS = List.of("innvilgelsesandel_asyl", "innvilgelsesandel_em",
            "innvilgelsesandel_ukraina", "andel_familier_asyl", "andel_familier_ukraina", "andel_familier_overforing",
            "andel_em_under_15", "andel_ukraina_privat", "bosetting_utnyttelse", "em_andel_av_bosetting");
    public static final List<String> MONTH_PARAMETERS = List.of("behandlingstid_asyl_mnd", "behandlingstid_em_mnd",
            "behandlingstid_ukraina_mnd", "utreisetid_mnd", "min_ventetid_mnd", "ventetidsmaal_voksne_mnd",
            "ventetidsmaal_barn_mnd");

    private final Scenario scenario;
    private final Policy policy;
    private final Segments segments = new Segments();
    /** Segment indices by who is settled from them, so the settlement loop need not ask each segment. */
    private final int[] quotaMinors = segmentsOf(true, true);
    private final int[] quotaOthers = segmentsOf(false, true);
    private final int[] waitingMinors = segmentsOf(true, false);
    private final int[] waitingOthers = segmentsOf(false, false);
    private final int[] awaiting;
    private final int[] refused;
    private final int[] newlyReady;
    private final int[][] ready;
    private final Flow[] decisionFlow;
    private final Flow[] grantFlow;
    private final Flow[] departureFlow;
    private final Splitter arrivalSplit;
    /** Draws for the month's arrivals around the path, one stream per arrival stream; null in deterministic mode. */
    private final Map<Stream, java.util.random.RandomGenerator> arrivalNoise;
    /** One standard-normal draw per kommune and year for the decision rules; null in deterministic mode. */
    private final java.util.random.RandomGenerator decisionNoise;
    /** This run's factor on every processing time (1 in deterministic mode). */
    private final double processingFactor;

    private final List<Municipality> kommuner;
    private final int[] anmodet;
    private final int[] anmodetEm;
    private final int[] vedtattOrdinary;
    private final int[] vedtattEm;
    private final int[] settledOrdinary;
    private final int[] settledEm;
    private final double[] weight;
    private final String[] ruleIds;
    private final int[] lastAnmodet;
    private final int[] lastVedtatt;
    private final int[] lastBosatt;
    private int planYear = -1;
    private int planFirstMonth;
    private int needThisYear;

    private int capacity;
    private final List<CapacityOrder> pendingOrders = new ArrayList<>();
    private final List<CapacityOrder> allOrders = new ArrayList<>();
    private final List<Alert> alerts = new ArrayList<>();
    private final List<MonthRecord> months = new ArrayList<>();
    private final List<KommuneYearRecord> kommuneYears = new ArrayList<>();
    private final Map<String, Integer> initialPopulation = new LinkedHashMap<>();

    /** People who became settlement-ready in each of the last twelve months (grants and resettlement arrivals). */
    private final int[] grantsByMonth = new int[12];
    private int monthIndex;
    private final List<CostFacts.Cohort> cohorts = new ArrayList<>();
    /** The parameter values in force from {@code parametersFrom} until (not including) {@code parametersUntil}. */
    private Map<String, Double> parameters;
    private YearMonth parametersFrom;
    private YearMonth parametersUntil;
    private final List<CostAssessment> costs = new ArrayList<>();
    private long capacityMonthsSum;
    private long inMottakMonthsSum;
    private int monthsThisYear;
    private long arrivalsCum;
    private long settledCum;
    private long departedCum;
    private int settledYear;

    private Simulation(Scenario scenario, Policy policy) {
        this.scenario = scenario;
        this.policy = policy;
        RandomStreams streams = new RandomStreams(scenario.seed());
        boolean stochastic = scenario.mode() == Mode.STOCHASTIC;
        int s = segments.size();
        awaiting = new int[s];
        refused = new int[s];
        newlyReady = new int[s];
        ready = new int[s][MAX_WAIT + 1];
        decisionFlow = new Flow[s];
        grantFlow = new Flow[s];
        departureFlow = new Flow[s];
        for (int i = 0; i < s; i++) {
            String key = segments.get(i).key();
            decisionFlow[i] = flow(stochastic, streams, "decision." + key);
            grantFlow[i] = flow(stochastic, streams, "grant." + key);
            departureFlow[i] = flow(stochastic, streams, "departure." + key);
        }
        arrivalSplit = new Splitter(segments, name -> flow(stochastic, streams, "arrival." + name));
        if (stochastic) {
            arrivalNoise = new EnumMap<>(Stream.class);
            for (Stream st : Stream.values()) {
                arrivalNoise.put(st, streams.stream("arrivals.noise." + st.column()));
            }
            double sd = scenario.parameters().has("behandlingstid_usikkerhet")
                    ? scenario.parameters().valueAt("behandlingstid_usikkerhet", scenario.start()) : 0.0;
            processingFactor = Math.exp(sd * streams.stream("processing.uncertainty").nextGaussian() - sd * sd / 2);
            decisionNoise = streams.stream("decision.noise");
        } else {
            arrivalNoise = null;
            processingFactor = 1.0;
            decisionNoise = null;
        }

        kommuner = scenario.municipalities();
        int n = kommuner.size();
        anmodet = new int[n];
        anmodetEm = new int[n];
        vedtattOrdinary = new int[n];
        vedtattEm = new int[n];
        settledOrdinary = new int[n];
        settledEm = new int[n];
        weight = new double[n];
        ruleIds = new String[n];
        lastAnmodet = new int[n];
        lastVedtatt = new int[n];
        lastBosatt = new int[n];
        for (int i = 0; i < n; i++) {
            Municipality m = kommuner.get(i);
            lastAnmodet[i] = m.anmodet2024();
            lastVedtatt[i] = m.vedtatt2024();
            lastBosatt[i] = m.bosatt2024();
        }
        placeInitialStocks(new Splitter(segments, name -> flow(stochastic, streams, "initial." + name)));
        scenario.settledBeforeStart().forEach((year, count) ->
                cohorts.add(new CostFacts.Cohort(CostFacts.BEFORE_START, year, count, 0)));
    }

    /**
     * Runs a scenario under a policy; the same scenario, policy and seed give the same result. The
     * policy serves this run only and is closed when it ends.
     */
    public static RunResult run(Scenario scenario, Policy policy) {
        try (policy) {
            Simulation sim = new Simulation(scenario, policy);
            YearMonth month = scenario.start();
            for (int i = 0; i < scenario.horizonMonths(); i++, month = month.plusMonths(1)) {
                sim.step(month);
            }
            sim.closeYear();
            return new RunResult(scenario, policy.name(), sim.months, sim.kommuneYears, sim.alerts, sim.allOrders,
                    sim.costs, sim.initialPopulation);
        }
    }

    private static Flow flow(boolean stochastic, RandomStreams streams, String name) {
        return stochastic ? new Flow.Random(streams.stream(name)) : new Flow.Expected();
    }

    private void placeInitialStocks(Splitter split) {
        YearMonth start = scenario.start();
        for (Stream stream : Stream.values()) {
            int waiting = scenario.initial().awaitingDecision().getOrDefault(stream, 0);
            int granted = scenario.initial().settlementReady().getOrDefault(stream, 0);
            initialPopulation.put("awaiting_decision_" + stream.column(), waiting);
            initialPopulation.put("settlement_ready_" + stream.column(), granted);
            int[] w = split.split(stream, waiting, scenario.parameters(), start);
            int[] r = split.split(stream, granted, scenario.parameters(), start);
            int spread = Math.min(scenario.initial().monthsWaitedSpread(), MAX_WAIT + 1);
            for (int i = 0; i < segments.size(); i++) {
                awaiting[i] += w[i];
                int[] byWait = LargestRemainder.split(r[i], evenWeights(spread));
                for (int k = 0; k < spread; k++) {
                    ready[i][k] += byWait[k];
                }
            }
        }
        capacity = scenario.initial().receptionCapacity();
    }

    private static int[] evenWeights(int n) {
        int[] w = new int[n];
        java.util.Arrays.fill(w, 1);
        return w;
    }

    private void step(YearMonth month) {
        if (month.getYear() != planYear) {
            closeYear();
            plan(month);
        }
        Map<Stream, Integer> arrived = arrive(month);
        int[] decided = processCases(month);
        age();
        int[] settled = settle(month);
        receive(month, arrived, decided, settled);
        grantsByMonth[monthIndex++ % 12] = decided[0] + arrived.get(Stream.QUOTA);
    }

    // ---- phase 1: plan ------------------------------------------------------------------------

    private void plan(YearMonth month) {
        planYear = month.getYear();
        planFirstMonth = month.getMonthValue();
        PlanningFigures.Year need = scenario.planning().forYear(planYear);
        List<KommuneFacts> facts = new ArrayList<>(kommuner.size());
        for (int i = 0; i < kommuner.size(); i++) {
            Municipality m = kommuner.get(i);
            facts.add(new KommuneFacts(m.kommunenummer(), m.kommune(), m.fylkesnummer(), m.fylke(),
                    m.population2024(), m.population2025(), m.anmodet2024(), m.vedtatt2024(), lastAnmodet[i], lastVedtatt[i],
                    lastBosatt[i], scenario.excludedMunicipalities().contains(m.kommunenummer()),
                    decisionNoise == null ? 0.0 : decisionNoise.nextGaussian()));
        }
        int waiting = 0;
        for (int[] r : ready) {
            waiting += sum(r);
        }
        SettlementPlan plan = policy.planYear(new PlanningFacts(planYear, need.bosettingsbehov(),
                need.bosettingsbehovEm(), scenario.criteria(), waiting, sum(grantsByMonth), facts, parametersAt(month)));
        needThisYear = plan.need();
        Map<String, KommunePlan> byNumber = new HashMap<>();
        plan.kommuner().forEach(p -> byNumber.put(p.kommunenummer(), p));
        if (byNumber.size() != kommuner.size() || plan.kommuner().size() != kommuner.size()) {
            throw new IllegalStateException("policy " + policy.name() + " planned " + plan.kommuner().size()
                    + " kommuner for " + planYear + "; expected each of the " + kommuner.size() + " once");
        }
        for (int i = 0; i < kommuner.size(); i++) {
            KommunePlan p = byNumber.get(kommuner.get(i).kommunenummer());
            if (p == null) {
                throw new IllegalStateException("policy " + policy.name() + " made no plan for kommune "
                        + kommuner.get(i).kommunenummer() + " in " + planYear);
            }
            anmodet[i] = p.anmodet();
            anmodetEm[i] = p.anmodetEm();
            vedtattOrdinary[i] = p.vedtatt() - p.vedtattEm();
            vedtattEm[i] = p.vedtattEm();
            weight[i] = p.weight();
            ruleIds[i] = p.ruleIds();
            settledOrdinary[i] = 0;
            settledEm[i] = 0;
        }
        settledYear = 0;
    }

    /**
     * Writes the finished plan year's kommune rows, remembers them as "last year" for the next plan,
     * and has the policy assess the year's grants against costs for the cohorts still in their grant years.
     */
    private void closeYear() {
        if (planYear < 0) {
            return;
        }
        for (int i = 0; i < kommuner.size(); i++) {
            if (settledOrdinary[i] + settledEm[i] > 0) {
                cohorts.add(new CostFacts.Cohort(kommuner.get(i).kommunenummer(), planYear, settledOrdinary[i], settledEm[i]));
            }
        }
        int year = planYear;
        cohorts.removeIf(c -> c.settlementYear() <= year - 5);
        CostAssessment assessment = policy.assessCosts(new CostFacts(year, cohorts, (double) capacityMonthsSum / monthsThisYear,
                (double) inMottakMonthsSum / monthsThisYear, parametersAt(YearMonth.of(year, 12))));
        costs.add(assessment);
        alerts.addAll(assessment.alerts());
        capacityMonthsSum = 0;
        inMottakMonthsSum = 0;
        monthsThisYear = 0;
        for (int i = 0; i < kommuner.size(); i++) {
            Municipality m = kommuner.get(i);
            int vedtatt = vedtattOrdinary[i] + vedtattEm[i];
            int bosatt = settledOrdinary[i] + settledEm[i];
            kommuneYears.add(new KommuneYearRecord(planYear, m.kommunenummer(), m.kommune(), m.fylke(), anmodet[i],
                    anmodetEm[i], vedtatt, vedtattEm[i], bosatt, settledEm[i], scenario.criteria(), weight[i],
                    ruleIds[i]));
            lastAnmodet[i] = anmodet[i];
            lastVedtatt[i] = vedtatt;
            lastBosatt[i] = bosatt;
        }
        planYear = -1;
    }

    // ---- phase 2: arrivals --------------------------------------------------------------------

    private Map<Stream, Integer> arrive(YearMonth month) {
        Map<Stream, Integer> arrived = new EnumMap<>(Stream.class);
        double cv = arrivalNoise != null && scenario.parameters().has("ankomst_variasjon")
                ? scenario.parameters().valueAt("ankomst_variasjon", month) : 0.0;
        for (Stream stream : Stream.values()) {
            int expected = scenario.arrivals().at(month, stream);
            // Around the path: a gamma-distributed rate (mean the path, CV ankomst_variasjon) and a Poisson
            // count, i.e. overdispersed counts; the path itself in deterministic mode.
            int count = arrivalNoise == null ? expected : Binomial.poisson(arrivalNoise.get(stream),
                    expected * Binomial.gammaMeanOne(arrivalNoise.get(stream), cv));
            arrived.put(stream, count);
            arrivalsCum += count;
            int[] bySegment = arrivalSplit.split(stream, count, scenario.parameters(), month);
            for (int i = 0; i < segments.size(); i++) {
                if (stream == Stream.QUOTA) {
                    newlyReady[i] += bySegment[i];
                } else {
                    awaiting[i] += bySegment[i];
                }
            }
        }
        return arrived;
    }

    // ---- phase 3: case processing -------------------------------------------------------------

    /** Returns {granted, refused, departed} for the month. */
    private int[] processCases(YearMonth month) {
        double departureRate = hazard(scenario.parameters().valueAt("utreisetid_mnd", month));
        int granted = 0;
        int refusedNow = 0;
        int departed = 0;
        for (int i = 0; i < segments.size(); i++) {
            Stream stream = segments.get(i).group().stream();
            int leaving = departureFlow[i].take(refused[i], departureRate);
            refused[i] -= leaving;
            departed += leaving;
            if (stream == Stream.QUOTA) {
                continue;
            }
            int decided = decisionFlow[i].take(awaiting[i], hazard(processingMonths(stream, month)));
            int yes = grantFlow[i].take(decided, grantShare(stream, month));
            awaiting[i] -= decided;
            newlyReady[i] += yes;
            refused[i] += decided - yes;
            granted += yes;
            refusedNow += decided - yes;
        }
        departedCum += departed;
        return new int[] {granted, refusedNow, departed};
    }

    private static double hazard(double meanMonths) {
        return meanMonths <= 1.0 ? 1.0 : 1.0 / meanMonths;
    }

    private double processingMonths(Stream stream, YearMonth month) {
        return processingFactor * scenario.parameters().valueAt(switch (stream) {
            case ASYLUM -> "behandlingstid_asyl_mnd";
            case EM -> "behandlingstid_em_mnd";
            case UKRAINE -> "behandlingstid_ukraina_mnd";
            case QUOTA -> throw new IllegalArgumentException("resettlement refugees arrive decided");
        }, month);
    }

    private double grantShare(Stream stream, YearMonth month) {
        return scenario.parameters().valueAt(switch (stream) {
            case ASYLUM -> "innvilgelsesandel_asyl";
            case EM -> "innvilgelsesandel_em";
            case UKRAINE -> "innvilgelsesandel_ukraina";
            case QUOTA -> throw new IllegalArgumentException("resettlement refugees arrive decided");
        }, month);
    }

    // ---- phase 4: waiting ---------------------------------------------------------------------

    private void age() {
        for (int i = 0; i < segments.size(); i++) {
            int[] r = ready[i];
            r[MAX_WAIT] += r[MAX_WAIT - 1];
            System.arraycopy(r, 0, r, 1, MAX_WAIT - 1);
            r[0] = newlyReady[i];
            newlyReady[i] = 0;
        }
    }

    // ---- phase 5: settlement ------------------------------------------------------------------

    /** Returns {settled in all, of them minors}. */
    private int[] settle(YearMonth month) {
        double use = scenario.parameters().valueAt("bosetting_utnyttelse", month);
        int minWait = (int) Math.round(scenario.parameters().valueAt("min_ventetid_mnd", month));
        int monthsPlanned = 12 - planFirstMonth + 1;
        int monthsGone = month.getMonthValue() - planFirstMonth + 1;
        int n = kommuner.size();
        int[] freeOrdinary = new int[n];
        int[] freeEm = new int[n];
        for (int i = 0; i < n; i++) {
            freeOrdinary[i] = Math.max(0, allowance(vedtattOrdinary[i], use, monthsGone, monthsPlanned) - settledOrdinary[i]);
            freeEm[i] = Math.max(0, allowance(vedtattEm[i], use, monthsGone, monthsPlanned) - settledEm[i]);
        }
        int ordinary = takeFromQueue(false, sum(freeOrdinary), minWait);
        int minors = takeFromQueue(true, sum(freeEm), minWait);
        int[] toOrdinary = LargestRemainder.split(ordinary, freeOrdinary);
        int[] toEm = LargestRemainder.split(minors, freeEm);
        for (int i = 0; i < n; i++) {
            settledOrdinary[i] += toOrdinary[i];
            settledEm[i] += toEm[i];
        }
        settledCum += ordinary + minors;
        settledYear += ordinary + minors;
        return new int[] {ordinary + minors, minors};
    }

    /** Places a kommune may have filled by the end of the month: its decision spread evenly over the plan's months. */
    private static int allowance(int decided, double use, int monthsGone, int monthsPlanned) {
        return (int) Math.floor(decided * use * monthsGone / monthsPlanned + 1e-9);
    }

    /** Takes up to {@code limit} people: resettlement refugees first, then the longest waiting. */
    private int takeFromQueue(boolean minors, int limit, int minWait) {
        int remaining = limit;
        for (int i : minors ? quotaMinors : quotaOthers) {
            if (remaining == 0) {
                break;
            }
            remaining -= takeWaiting(i, 0, remaining);
        }
        int[] waiting = minors ? waitingMinors : waitingOthers;
        for (int w = MAX_WAIT; w >= minWait && remaining > 0; w--) {
            for (int j = 0; j < waiting.length && remaining > 0; j++) {
                int[] r = ready[waiting[j]];
                int t = Math.min(r[w], remaining);
                r[w] -= t;
                remaining -= t;
            }
        }
        return limit - remaining;
    }

    /** The segments, in their fixed order, whose group is (or is not) minors and does (or does not) come by quota. */
    private int[] segmentsOf(boolean minors, boolean quota) {
        return java.util.stream.IntStream.range(0, segments.size())
                .filter(i -> segments.get(i).group().minor() == minors && (segments.get(i).group().stream() == Stream.QUOTA) == quota)
                .toArray();
    }

    private int takeWaiting(int segment, int fromWait, int limit) {
        int taken = 0;
        for (int w = MAX_WAIT; w >= fromWait && taken < limit; w--) {
            int t = Math.min(ready[segment][w], limit - taken);
            ready[segment][w] -= t;
            taken += t;
        }
        return taken;
    }

    private static int sum(int[] values) {
        int s = 0;
        for (int v : values) {
            s += v;
        }
        return s;
    }

    // ---- phase 6: reception, policy, record ---------------------------------------------------

    private void receive(YearMonth month, Map<Stream, Integer> arrived, int[] cases, int[] settled) {
        for (var it = pendingOrders.iterator(); it.hasNext(); ) {
            CapacityOrder order = it.next();
            if (!order.effective().isAfter(month)) {
                capacity += order.places();
                it.remove();
            }
        }
        if (capacity < 0) {
            throw new IllegalStateException("policy " + policy.name() + " closed more reception places than exist in " + month);
        }
        int adultGoal = (int) Math.round(scenario.parameters().valueAt("ventetidsmaal_voksne_mnd", month));
        int childGoal = (int) Math.round(scenario.parameters().valueAt("ventetidsmaal_barn_mnd", month));
        int awaitingAll = 0;
        int refusedAll = 0;
        int readyAll = 0;
        int longWaiters = 0;
        int emLongWaiters = 0;
        int[] buckets = new int[4];
        int[] where = new int[Housing.values().length];
        for (int i = 0; i < segments.size(); i++) {
            Segment seg = segments.get(i);
            int goal = seg.group().childGoal() ? childGoal : adultGoal;
            int inSegment = awaiting[i] + refused[i];
            awaitingAll += awaiting[i] + refused[i];
            refusedAll += refused[i];
            for (int w = 0; w <= MAX_WAIT; w++) {
                int r = ready[i][w];
                if (r == 0) {
                    continue;
                }
                inSegment += r;
                readyAll += r;
                if (w > goal) {
                    longWaiters += r;
                    if (seg.group().minor()) {
                        emLongWaiters += r;
                    }
                }
                buckets[w <= 3 ? 0 : w <= 6 ? 1 : w <= 12 ? 2 : 3] += r;
            }
            where[seg.housing().ordinal()] += inSegment;
        }
        int inMottak = where[Housing.MOTTAK.ordinal()];
        capacityMonthsSum += capacity;
        inMottakMonthsSum += inMottak;
        monthsThisYear++;
        int arrivals = arrived.values().stream().mapToInt(Integer::intValue).sum();
        int vedtattYear = sum(vedtattOrdinary) + sum(vedtattEm);

        MonthDecisions decisions = policy.decideMonth(new MonthFacts(month, arrivals, inMottak,
                where[Housing.CARE_CENTRE.ordinal()], where[Housing.PRIVATE.ordinal()], capacity, awaitingAll,
                readyAll, longWaiters, emLongWaiters, settledYear, vedtattYear, needThisYear, parametersAt(month)));
        for (CapacityOrder order : decisions.capacityOrders()) {
            if (!order.effective().isAfter(month)) {
                throw new IllegalStateException("policy " + policy.name() + " ordered places effective " + order.effective()
                        + " in " + month + "; orders take effect in a later month (rule " + order.ruleId() + ")");
            }
            pendingOrders.add(order);
            allOrders.add(order);
        }
        alerts.addAll(decisions.alerts());

        months.add(new MonthRecord(month, arrived.get(Stream.ASYLUM), arrived.get(Stream.EM), arrived.get(Stream.UKRAINE),
                arrived.get(Stream.QUOTA), arrivalsCum, awaitingAll, readyAll, longWaiters,
                readyAll == 0 ? 0.0 : (double) longWaiters / readyAll, inMottak, where[Housing.CARE_CENTRE.ordinal()],
                where[Housing.PRIVATE.ordinal()], capacity, capacity == 0 ? 0.0 : (double) inMottak / capacity,
                settled[0], settledCum, cases[2], departedCum, cases[0], cases[1], refusedAll, settled[1], emLongWaiters,
                buckets[0], buckets[1], buckets[2], buckets[3], needThisYear, vedtattYear, settledYear));
    }

    /**
     * Every parameter's value in force in {@code month}. Values change only in the first months of
     * their dated values, so the same (unmodifiable) map serves every month until the next change:
     * the rules are then given only parameters that changed.
     */
    private Map<String, Double> parametersAt(YearMonth month) {
        if (parameters == null || month.isBefore(parametersFrom) || !month.isBefore(parametersUntil)) {
            Map<String, Double> values = new HashMap<>();
            YearMonth until = YearMonth.of(9999, 12);
            for (Parameter p : scenario.parameters().all().values()) {
                p.inForce(month).ifPresent(v -> values.put(p.name(), v.value()));
                for (DatedValue v : p.values()) {
                    if (v.from().isAfter(month) && v.from().isBefore(until)) {
                        until = v.from();
                    }
                }
            }
            parameters = Map.copyOf(values);
            parametersFrom = month;
            parametersUntil = until;
        }
        return parameters;
    }
}
