package no.bosim.simulator;

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
import no.bosim.rules.MonthDecisions;
import no.bosim.rules.MonthFacts;
import no.bosim.rules.OrderKind;
import no.bosim.rules.Policy;
import no.bosim.rules.SettlementPlan;
import no.bosim.scenario.DatedValue;
import no.bosim.scenario.InitialStocks;
import no.bosim.scenario.KommuneHistory;
import no.bosim.scenario.Mode;
import no.bosim.scenario.Parameter;
import no.bosim.scenario.RequestSeries;
import no.bosim.scenario.Scenario;
import no.bosim.scenario.Stream;

/**
 * One run of the monthly clock. Each month goes through the same phases in the same order
 * (docs/model.md):
 *
 * <ol>
 *   <li><b>Plan</b>: in January the year's plan starts (made in the autumn before, or now at the
 *       start of a run); a revision of the need takes effect in its month.</li>
 *   <li><b>Arrivals</b> by stream, split into groups and housing; resettlement refugees arrive decided.</li>
 *   <li><b>Case processing</b> ({@link CaseProcessing}): refused people leave; UDI decides what its capacity allows.</li>
 *   <li><b>Ageing</b> ({@link Ageing}): unaccompanied minors have birthdays; at 18 they are adults.</li>
 *   <li><b>Settlement</b> ({@link Settlement}): IMDi matches the settlement-ready with kommuner' places.</li>
 *   <li><b>Reception and rules</b>: orders due take effect ({@link Reception}); the policy sees the month
 *       and may order places or processing capacity, raise alerts, revise the year's need and set next
 *       month's settlement pace; the month is recorded and everyone still waiting has waited a month more.</li>
 *   <li><b>Autumn plan</b>: in month {@code behov_fastsettes_mnd} the next year's need, requests and decisions are made.</li>
 * </ol>
 *
 * <p>At each year's end the policy assesses grants against the kommuner's costs for the cohorts
 * still in their grant years. People are whole and conserved: nobody enters but by arrival and
 * nobody leaves but by settlement or departure.
 */
public final class Simulation {

    /** Parameters the core reads in shares; a scenario without one of them fails its check. */
    public static final List<String> SHARE_PARAMETERS = List.of("innvilgelsesandel_asyl", "innvilgelsesandel_asyl_ukraina",
            "innvilgelsesandel_em", "innvilgelsesandel_ukraina", "andel_familier_asyl", "andel_familier_ukraina", "andel_familier_overforing",
            "andel_em_under_15", "andel_em_15", "andel_em_16", "andel_ukraina_privat", "bosetting_utnyttelse",
            "bosetting_matching_asyl", "bosetting_matching_em", "bosetting_matching_ukraina", "em_andel_av_bosetting");
    /** Parameters the core reads in months. */
    public static final List<String> MONTH_PARAMETERS = List.of("behandlingstid_asyl_mnd", "behandlingstid_em_mnd",
            "behandlingstid_ukraina_mnd", "behandlingstid_min_asyl_mnd", "behandlingstid_min_em_mnd",
            "behandlingstid_min_ukraina_mnd", "utreisetid_mnd", "min_ventetid_mnd",
            "bosetting_hoesttakt_fra_mnd", "behov_fastsettes_mnd", "overforing_mnd_fra_vedtak", "bosatt_innen_mnd",
            "min_ventetid_ukraina_mnd", "behov_prognose_mnd");
    /** Other parameters the core reads, with their units. */
    public static final Map<String, String> OTHER_PARAMETERS = Map.ofEntries(
            Map.entry("behandling_kapasitet_mnd", "cases per month"),
            Map.entry("behandling_vekt_kollektiv", "factor"),
            Map.entry("bosetting_hoesttakt", "factor"),
            Map.entry("em_aar_til_15", "years"),
            Map.entry("tilskudd_aar", "years"),
            Map.entry(no.bosim.scenario.ScenarioLoader.MAX_ARRIVALS, "people per month"),
            Map.entry("behandling_berostilt_saker", "persons"),
            Map.entry("behandling_rekkefolge_em", "rank"),
            Map.entry("behandling_rekkefolge_ukraina", "rank"),
            Map.entry("behandling_rekkefolge_asyl", "rank"),
            Map.entry("bosetting_overforing_forst", "yes/no"));
    /**
     * The upper edges of the first three waiting bands of the settlement-ready (the fourth is open),
     * read from {@code ventetid_grense_1_mnd} .. {@code _3_mnd}. Without them the edges are the ones
     * the output columns are named after ({@code ready_0_3m}, {@code ready_4_6m}, {@code ready_7_12m}).
     */
    public static final List<String> WAITING_BAND_PARAMETERS = List.of("ventetid_grense_1_mnd", "ventetid_grense_2_mnd",
            "ventetid_grense_3_mnd");
    /**
     * Parameters the core reads when given: the ensemble's spreads (without them a run has no such spread), the
     * waiting bands' edges, and the plausibility limit on stocks.
     */
    public static final List<String> OPTIONAL_PARAMETERS = java.util.stream.Stream.concat(
            java.util.stream.Stream.of("ankomst_variasjon", "behandlingstid_usikkerhet"),
            java.util.stream.Stream.concat(WAITING_BAND_PARAMETERS.stream(), java.util.stream.Stream.of(no.bosim.scenario.ScenarioLoader.MAX_STOCK)))
            .toList();
    static final int[] WAITING_BAND_DEFAULTS = {3, 6, 12};

    /** Every parameter the simulator core reads, required or optional (the rules read the rest). */
    public static java.util.Set<String> parametersRead() {
        java.util.Set<String> out = new java.util.TreeSet<>(SHARE_PARAMETERS);
        out.addAll(MONTH_PARAMETERS);
        out.addAll(OTHER_PARAMETERS.keySet());
        out.addAll(OPTIONAL_PARAMETERS);
        return out;
    }

    private final Scenario scenario;
    private final Policy policy;
    private final Segments segments = new Segments();
    private final Queues queues;
    private final CaseProcessing processing;
    private final Ageing ageing;
    private final Reception reception;
    private final KommuneLedger ledger;
    private final Settlement settlement;
    private final Planner planner;
    private final CostCohorts cohorts = new CostCohorts();
    private final Splitter arrivalSplit;
    private final Map<Stream, java.util.random.RandomGenerator> arrivalNoise;
    /** Whether this month's flows and arrivals are drawn: in a stochastic run, from the projection's first month. */
    private boolean drawing;
    /** UDI's processing speed drawn for the run (1 in a deterministic one), in force while drawing. */
    private final double drawnProcessingFactor;

    private final List<CapacityOrder> allOrders = new ArrayList<>();
    private final List<Alert> alerts = new ArrayList<>();
    private final List<MonthRecord> months = new ArrayList<>();
    private final List<KommuneYearRecord> kommuneYears = new ArrayList<>();
    private final Map<String, Integer> initialPopulation = new LinkedHashMap<>();
    private final List<CostAssessment> costs = new ArrayList<>();
    private final List<Anchoring.Adjustment> adjustments = new ArrayList<>();
    private int adjustedThisMonth;
    private long adjustedCum;

    private SettlementPlan nextPlan;
    /** The line of the requests file next year's plan was made from in the autumn (-1: none). */
    private int nextPlanRow = -1;
    private boolean needGiven;
    private int anmodetRealRow = -1;
    private double tempo = 1.0;
    /** The segments' waiting-time goals and the parameters they were set for. */
    private int[] segmentGoals;
    private Map<String, Double> goalsFor;
    private double ceilingFactor = 1.0;
    private long capacityMonthsSum;
    private long inMottakMonthsSum;
    private int monthsThisYear;
    private long arrivalsCum;
    private long settledCum;
    private long departedCum;
    private int settledYear;
    /** This month's arrivals who came to live in UDI reception. */
    private int arrivalsToMottak;
    private Map<String, Double> parameters;
    private YearMonth parametersFrom;
    private YearMonth parametersUntil;

    private Simulation(Scenario scenario, Policy policy) {
        this.scenario = scenario;
        this.policy = policy;
        RandomStreams streams = new RandomStreams(scenario.seed());
        boolean stochastic = scenario.mode() == Mode.STOCHASTIC;
        // History is replayed on its expected values, since its inputs are observed, not drawn: in a run that
        // replays history the draws begin with the projection (drawing turns on in step).
        drawing = stochastic && !scenario.replaysHistory();
        java.util.function.Function<String, Flow> flows = name -> !stochastic ? new Flow.Expected()
                : scenario.replaysHistory() ? new Flow.FromProjection(new Flow.Random(streams.stream(name)), () -> drawing)
                : new Flow.Random(streams.stream(name));
        if (stochastic) {
            arrivalNoise = new EnumMap<>(Stream.class);
            for (Stream st : Stream.values()) {
                arrivalNoise.put(st, streams.stream("arrivals.noise." + st.column()));
            }
            double sd = scenario.parameters().has("behandlingstid_usikkerhet")
                    ? scenario.parameters().valueAt("behandlingstid_usikkerhet", scenario.start()) : 0.0;
            drawnProcessingFactor = Math.exp(sd * streams.stream("processing.uncertainty").nextGaussian() - sd * sd / 2);
        } else {
            arrivalNoise = null;
            drawnProcessingFactor = 1.0;
        }
        queues = new Queues(segments.size());
        processing = new CaseProcessing(segments, queues, scenario.parameters(), drawing ? drawnProcessingFactor : 1.0, flows);
        ageing = new Ageing(segments, queues, flows);
        reception = new Reception(scenario.initial().ordinaryPlaces(), scenario.initial().emergencyPlaces());
        ledger = new KommuneLedger(scenario.municipalities());
        settlement = new Settlement(segments, queues, ledger, new SettlementOrder.LongestWaitingFirst(), flows);
        planner = new Planner(scenario, policy, ledger, stochastic ? streams.stream("decision.noise") : null);
        arrivalSplit = new Splitter(segments, name -> flows.apply("arrival." + name));
        placeInitialStocks(new Splitter(segments, name -> flows.apply("initial." + name)));
        scenario.settledBeforeStart().forEach(cohorts::addBeforeStart);
        int before = scenario.start().getYear() - 1;
        for (int i = 0; i < ledger.size(); i++) {
            KommuneHistory.Figures f = scenario.history().of(before, ledger.kommune(i).kommunenummer()).orElse(null);
            if (f != null) {
                ledger.knownBefore(i, f.anmodet(), f.vedtatt(), f.bosatt());
            }
        }
        scenario.requests().ofYear(before).stream().reduce((a, b) -> b).ifPresent(r -> planner.rememberNeed(r.anmodet()));
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
            sim.closeYear(month.minusMonths(1));
            return new RunResult(scenario, policy.name(), sim.settlement.order().name(), sim.months, sim.kommuneYears,
                    sim.alerts, sim.allOrders, sim.costs, sim.initialPopulation, sim.adjustments, policy.ruleNames(), policy.ruleNamesEn());
        }
    }

    private void placeInitialStocks(Splitter split) {
        YearMonth start = scenario.start();
        for (InitialStocks.Stock s : scenario.initial().stocks()) {
            String key = s.stage().column() + "_" + s.stream().column();
            initialPopulation.merge(key, s.count(), Integer::sum);
            int[] bySegment = split.split(s.stream(), s.count(), scenario.parameters(), start);
            int span = s.toMonths() - s.fromMonths() + 1;
            for (int i = 0; i < segments.size(); i++) {
                int n = bySegment[i];
                if (n == 0) {
                    continue;
                }
                int target = housed(i, s.housing());
                if (s.stage() == InitialStocks.Stage.REFUSED) {
                    queues.addRefused(target, n);
                    continue;
                }
                int[] byMonth = no.bosim.rules.LargestRemainder.split(n, evenWeights(span));
                for (int k = 0; k < span; k++) {
                    if (s.stage() == InitialStocks.Stage.AWAITING_DECISION) {
                        queues.addAwaiting(target, s.fromMonths() + k, byMonth[k]);
                    } else {
                        queues.addReady(target, s.fromMonths() + k, byMonth[k]);
                    }
                }
            }
        }
        for (InitialStocks.PlaceOrder o : scenario.initial().ordersUnderWay()) {
            OrderKind kind = switch (o.kind()) {
                case "akutt" -> OrderKind.AKUTT;
                case "nedlegging" -> OrderKind.NEDLEGGING;
                default -> OrderKind.ORDINAER;
            };
            CapacityOrder order = new CapacityOrder(start.minusMonths(1), o.effective(), o.places(), kind, "UNDER-WAY");
            reception.order(order, start.minusMonths(1));
            allOrders.add(order);
        }
    }

    /**
     * The segment a stock row's people go to: the splitter decides group and, for Ukrainians, housing
     * by the shares in force; a row that names its housing moves them there (a Ukrainian row in private
     * housing stays private, a minors' row in care centres is under 15).
     */
    private int housed(int segment, InitialStocks.Housing housing) {
        Segment s = segments.get(segment);
        return switch (s.group().stream()) {
            case UKRAINE -> segments.indexOf(s.group(), housing == InitialStocks.Housing.PRIVATE ? Housing.PRIVATE : Housing.MOTTAK);
            case EM -> housing == InitialStocks.Housing.CARE_CENTRE
                    ? segments.indexOf(Group.EM_UNDER_15, Housing.CARE_CENTRE)
                    : s.group() == Group.EM_UNDER_15 ? segments.indexOf(Group.EM_15, Housing.MOTTAK) : segment;
            default -> segment;
        };
    }

    private static int[] evenWeights(int n) {
        int[] w = new int[n];
        java.util.Arrays.fill(w, 1);
        return w;
    }

    private void step(YearMonth month) {
        Map<String, Double> params = parametersAt(month);
        adjustedThisMonth = 0;
        if (!drawing && arrivalNoise != null && !month.isBefore(scenario.projectionFrom())) {
            drawing = true;
            processing.drawnProcessingFactor(drawnProcessingFactor);
        }
        if (month.equals(scenario.projectionFrom()) && scenario.replaysHistory() && !scenario.anchors().isEmpty()) {
            // The replay ends here: its stocks are brought to the observed ones before the first projected month runs.
            for (Anchoring.Adjustment a : Anchoring.apply(scenario.anchors(), month, queues, segments)) {
                adjustments.add(a);
                adjustedThisMonth += a.people();
            }
            adjustedCum += adjustedThisMonth;
        }
        if (!ledger.open() || ledger.year() != month.getYear()) {
            if (ledger.open()) {
                closeYear(month.minusMonths(1));
            }
            beginYear(month, params);
        }
        reviseFromRequests(month, params);
        Arrivals arrived = arrive(month);
        CaseProcessing.Outcome cases = processing.process(month);
        int turned18 = ageing.age(month, scenario.parameters());
        double ceiling = scenario.parameters().valueAt("bosetting_utnyttelse", month) * ceilingFactor;
        Settled settled = settlement.settle(month, scenario.parameters(), tempo, ceiling);
        settledCum += settled.total();
        settledYear += settled.total();
        departedCum += cases.departed();
        processing.addCapacity(reception.applyDue(month), month);
        Census census = census(month);
        MonthDecisions decisions = policy.decideMonth(facts(census, arrived, cases, settled, month, params));
        for (CapacityOrder order : decisions.capacityOrders()) {
            reception.order(order, month);
            allOrders.add(order);
        }
        // Emergency places ordered this month take effect within it.
        processing.addCapacity(reception.applyDue(month), month);
        alerts.addAll(decisions.alerts());
        tempo = decisions.settlementTempo();
        // Places raised in answer to an extra request stand for the rest of the year (beginYear resets them).
        ceilingFactor = Math.max(ceilingFactor, decisions.settlementCeiling());
        if (decisions.revisedNeed() >= 0 && (!needGiven || scenario.rulesReviseRequests(month))) {
            revise(month, params, decisions.revisedNeed(), -1, decisions.revisionWhy());
        }
        countForCosts(census);
        MonthRecord record = record(month, census, arrived, cases, settled, turned18);
        months.add(record);
        planner.recordGrants(cases.granted() + arrived.quota(), cases.grantedEm());
        planner.lastRecorded(month);
        queues.advanceMonth();
        int autumn = (int) Math.round(scenario.parameters().valueAt("behov_fastsettes_mnd", month));
        if (month.getMonthValue() == autumn && month.getYear() < scenario.end().getYear()) {
            nextPlan = planner.plan(month.getYear() + 1, month, -1, -1, null, false, readyAll(false), readyAll(true), 0, params);
            nextPlanRow = scenario.requests().inForce(month.getYear() + 1, month).map(RequestSeries.Row::line).orElse(-1);
        }
    }

    // ---- phase 1: plan ------------------------------------------------------------------------

    private void beginYear(YearMonth month, Map<String, Double> params) {
        int year = month.getYear();
        boolean madeInAutumn = nextPlan != null && nextPlan.year() == year;
        SettlementPlan plan = madeInAutumn ? nextPlan
                : planner.plan(year, month, -1, -1, null, false, readyAll(false), readyAll(true), 0, params);
        needGiven = scenario.requests().hasYear(year);
        // The row the plan was made from counts as applied, not the row in force now: a revision dated between
        // the autumn plan and January (or in January itself) is then applied in this month's reviseFromRequests.
        anmodetRealRow = madeInAutumn ? nextPlanRow
                : scenario.requests().inForce(year, month).map(RequestSeries.Row::line).orElse(-1);
        nextPlan = null;
        ledger.begin(plan, month.getMonthValue());
        planner.rememberNeed(plan.need());
        settledYear = 0;
        // The pace decided in December, on January's places of this plan, holds; settling above last year's
        // decisions does not.
        ceilingFactor = 1.0;
    }

    /** A revision of the real request takes effect in its month: the plan is made anew for the revised figure. */
    private void reviseFromRequests(YearMonth month, Map<String, Double> params) {
        if (!needGiven) {
            return;
        }
        RequestSeries.Row row = scenario.requests().inForce(month.getYear(), month).orElse(null);
        if (row != null && row.line() != anmodetRealRow) {
            anmodetRealRow = row.line();
            revise(month, params, row.anmodet(), row.anmodetEm(), no.bosim.rules.Reason.of(
                    "IMDis reviderte anmodning for " + month.getYear() + ": " + no.bosim.rules.drools.Tall.n(row.anmodet()) + " fra "
                            + row.from() + " (" + Planner.basis(row.basis(), false) + ")",
                    "IMDi's revised request for " + month.getYear() + ": " + no.bosim.rules.drools.Tall.en(row.anmodet()) + " from "
                            + row.from() + " (" + Planner.basis(row.basis(), true) + ")"));
        }
    }

    private void revise(YearMonth month, Map<String, Double> params, int need, int needEm, no.bosim.rules.Reason why) {
        if (needEm < 0) {
            needEm = ledger.need() == 0 ? 0 : (int) Math.round((double) ledger.needEm() * need / ledger.need());
        }
        SettlementPlan plan = planner.plan(month.getYear(), month, need, needEm, why, true, readyAll(false),
                readyAll(true), settledYear, params);
        ledger.revise(plan);
        planner.rememberNeed(plan.need());
    }

    /**
     * Writes the finished year's kommune rows, remembers them as "last year" for the next plan (IMDi's
     * published figures where it has them), and has the policy assess the year's grants against costs.
     */
    private void closeYear(YearMonth last) {
        if (!ledger.open()) {
            return;
        }
        int year = ledger.year();
        int[] ordinary = ledger.settledOrdinary();
        int[] minors = ledger.settledEm();
        for (int i = 0; i < ledger.size(); i++) {
            cohorts.add(ledger.kommune(i).kommunenummer(), year, ordinary[i], minors[i]);
        }
        Map<String, Double> params = parametersAt(last);
        int grantYears = (int) Math.round(scenario.parameters().valueAt("tilskudd_aar", last));
        cohorts.closeBefore(year, grantYears);
        CostAssessment assessment = policy.assessCosts(new CostFacts(year, cohorts.inGrantYears(year, grantYears),
                (double) capacityMonthsSum / Math.max(1, monthsThisYear), (double) inMottakMonthsSum / Math.max(1, monthsThisYear),
                params));
        costs.add(assessment);
        alerts.addAll(assessment.alerts());
        capacityMonthsSum = 0;
        inMottakMonthsSum = 0;
        monthsThisYear = 0;
        Map<String, int[]> published = null;
        if (scenario.history().hasYear(year)) {
            published = new HashMap<>();
            for (int i = 0; i < ledger.size(); i++) {
                String nr = ledger.kommune(i).kommunenummer();
                KommuneHistory.Figures f = scenario.history().of(year, nr).orElse(null);
                if (f != null) {
                    published.put(nr, new int[] {f.anmodet(), f.vedtatt(), f.bosatt()});
                }
            }
        }
        kommuneYears.addAll(ledger.close(scenario.criteria().forYear(year), published, m -> scenario.populationOf(m, year)));
    }

    // ---- phase 2: arrivals --------------------------------------------------------------------

    /** The month's arrivals, drawn around the path and queued by segment. */
    private Arrivals arrive(YearMonth month) {
        int[] arrived = new int[Stream.values().length];
        arrivalsToMottak = 0;
        double cv = arrivalNoise != null && scenario.parameters().has("ankomst_variasjon")
                ? scenario.parameters().valueAt("ankomst_variasjon", month) : 0.0;
        int quotaWaited = (int) Math.round(scenario.parameters().valueAt("overforing_mnd_fra_vedtak", month));
        no.bosim.scenario.ArrivalPath.Step path = scenario.arrivals().stepAt(month);
        for (Stream stream : Stream.values()) {
            int expected = path.perMonth().get(stream);
            // Around the path: a gamma-distributed rate (mean the path, CV ankomst_variasjon) and a Poisson
            // count, i.e. overdispersed counts; the path itself in deterministic mode.
            int count = !drawing ? expected : Binomial.poisson(arrivalNoise.get(stream),
                    expected * Binomial.gammaMeanOne(arrivalNoise.get(stream), cv));
            arrived[stream.ordinal()] = count;
            arrivalsCum += count;
            if (stream == Stream.ASYLUM && expected > 0) {
                processing.arrivedUkrainians((double) count * path.asylumUkraine() / expected);
            }
            int[] bySegment = arrivalSplit.split(stream, count, scenario.parameters(), month);
            for (int i = 0; i < segments.size(); i++) {
                if (stream == Stream.QUOTA) {
                    queues.addReady(i, quotaWaited, bySegment[i]);
                } else {
                    queues.addAwaiting(i, 0, bySegment[i]);
                }
                if (segments.get(i).housing() == Housing.MOTTAK) {
                    arrivalsToMottak += bySegment[i];
                }
            }
        }
        return Arrivals.of(arrived);
    }

    // ---- recording ----------------------------------------------------------------------------

    private int readyAll(boolean minorsOnly) {
        int n = 0;
        for (int i = 0; i < segments.size(); i++) {
            if (!minorsOnly || segments.get(i).group().minor()) {
                n += queues.ready(i);
            }
        }
        return n;
    }

    /** The month's stocks after settlement, counted from the queues. */
    private record Census(int awaitingAll, int inProcessing, int refusedAll, int readyAll, int readyInMottak,
                          int longWaiters, int emLongWaiters, int[] buckets, int[] where) {
    }

    /**
     * Each segment's waiting-time goal, as the policy's waiting-time rules set them for the parameters in force:
     * asked again only when a parameter changes (the same map is handed over until then).
     */
    private int[] waitingGoals(YearMonth month) {
        Map<String, Double> params = parametersAt(month);
        if (params != goalsFor) {
            List<no.bosim.rules.WaitingGroup> groups = java.util.Arrays.stream(Group.values()).map(Group::waitingGroup).toList();
            Map<String, Integer> byGroup = policy.waitingGoals(groups, params);
            int[] goals = new int[segments.size()];
            for (int i = 0; i < segments.size(); i++) {
                goals[i] = byGroup.get(segments.get(i).group().name());
            }
            segmentGoals = goals;
            goalsFor = params;
        }
        return segmentGoals;
    }

    private Census census(YearMonth month) {
        int[] goals = waitingGoals(month);
        int[] edges = waitingBandEdges(month);
        int awaitingAll = 0;
        int inProcessing = 0;
        int refusedAll = 0;
        int readyAll = 0;
        int readyInMottak = 0;
        int longWaiters = 0;
        int emLongWaiters = 0;
        int[] buckets = new int[4];
        int[] where = new int[Housing.values().length];
        for (int i = 0; i < segments.size(); i++) {
            Segment seg = segments.get(i);
            int goal = goals[i];
            int waiting = queues.awaiting(i);
            int refused = queues.refused(i);
            inProcessing += waiting;
            refusedAll += refused;
            awaitingAll += waiting + refused;
            int ready = 0;
            for (int w = 0; w <= Queues.MAX_WAIT; w++) {
                int r = queues.readyAt(i, w);
                if (r == 0) {
                    continue;
                }
                ready += r;
                if (w > goal) {
                    longWaiters += r;
                    if (seg.group().minor()) {
                        emLongWaiters += r;
                    }
                }
                buckets[w <= edges[0] ? 0 : w <= edges[1] ? 1 : w <= edges[2] ? 2 : 3] += r;
            }
            readyAll += ready;
            if (seg.housing() != Housing.PRIVATE) {
                readyInMottak += ready;
            }
            where[seg.housing().ordinal()] += waiting + refused + ready;
        }
        return new Census(awaitingAll, inProcessing, refusedAll, readyAll, readyInMottak, longWaiters, emLongWaiters,
                buckets, where);
    }

    private int[] waitingBandEdges(YearMonth month) {
        int[] edges = WAITING_BAND_DEFAULTS.clone();
        for (int i = 0; i < edges.length; i++) {
            String name = WAITING_BAND_PARAMETERS.get(i);
            if (scenario.parameters().has(name)) {
                edges[i] = (int) Math.round(scenario.parameters().valueAt(name, month));
            }
        }
        return edges;
    }

    /** Adds the month's places and residents to the year's sums the cost rules average over. */
    private void countForCosts(Census c) {
        capacityMonthsSum += reception.places();
        inMottakMonthsSum += c.where()[Housing.MOTTAK.ordinal()];
        monthsThisYear++;
    }

    /** The month as timeseries.csv writes it; building it changes nothing. */
    private MonthRecord record(YearMonth month, Census c, Arrivals arrived, CaseProcessing.Outcome cases, Settled settled,
                               int turned18) {
        int inMottak = c.where()[Housing.MOTTAK.ordinal()];
        int capacity = reception.places();
        double waitMean = settled.total() == 0 ? Double.NaN : (double) settled.monthsWaited() / settled.total();
        double within6 = settled.total() == 0 ? Double.NaN : (double) settled.within6() / settled.total();
        int[] b = c.buckets();
        return new MonthRecord(month, arrived.asylum(), arrived.em(), arrived.ukraine(), arrived.quota(), arrivalsCum,
                c.awaitingAll(), c.readyAll(),
                c.longWaiters(), c.readyAll() == 0 ? 0.0 : (double) c.longWaiters() / c.readyAll(), inMottak,
                c.where()[Housing.CARE_CENTRE.ordinal()], c.where()[Housing.PRIVATE.ordinal()], capacity,
                capacity == 0 ? 0.0 : (double) inMottak / capacity, settled.total(), settledCum, cases.departed(), departedCum,
                cases.granted(), cases.refused(), c.refusedAll(), settled.minors(), c.emLongWaiters(),
                b[0], b[1], b[2], b[3], ledger.need(), ledger.vedtattTotal(), settledYear,
                waitMean, within6, settled.ukrainians(), c.readyInMottak(), c.inProcessing(), cases.readyNotDecided(),
                cases.capacity(), cases.decided(), cases.decided() == 0 ? Double.NaN : cases.meanProcessingMonths(),
                reception.ordinary(), reception.emergency(), turned18, ledger.anmodetTotal(), scenario.projected(month),
                adjustedThisMonth, adjustedCum);
    }

    /**
     * Places the settlement profile opens next month at the planned pace, minors' places included. In
     * December that is January's part of next year's plan, made in the autumn (0 when it is not made:
     * the run ends with the year).
     */
    private int placesNextMonth(YearMonth month) {
        YearMonth next = month.plusMonths(1);
        double share = settlement.monthShare(next, scenario.parameters());
        double ceiling = scenario.parameters().valueAt("bosetting_utnyttelse", next);
        if (month.getMonthValue() == 12) {
            if (nextPlan == null || nextPlan.year() != next.getYear()) {
                return 0;
            }
            long places = 0;
            for (var k : nextPlan.kommuner()) {
                places += (long) Math.floor(k.vedtatt() * ceiling + 1e-9);
            }
            return (int) Math.round(places * share);
        }
        return (int) (ledger.opening(false, share, ceiling) + ledger.opening(true, share, ceiling));
    }

    private MonthFacts facts(Census c, Arrivals arrived, CaseProcessing.Outcome cases, Settled settled, YearMonth month,
                             Map<String, Double> params) {
        int[] rest = new int[Stream.values().length];
        int restAsylumUkraine = 0;
        for (int m = month.getMonthValue() + 1; m <= 12; m++) {
            no.bosim.scenario.ArrivalPath.Step path = scenario.arrivals().stepAt(YearMonth.of(month.getYear(), m));
            for (Stream st : Stream.values()) {
                rest[st.ordinal()] += path.perMonth().get(st);
            }
            restAsylumUkraine += path.asylumUkraine();
        }
        MonthFacts.Arrived came = new MonthFacts.Arrived(arrived.total(), arrivalsToMottak, arrived.quota(),
                new MonthFacts.PathRestOfYear(rest[Stream.ASYLUM.ordinal()], rest[Stream.EM.ordinal()], rest[Stream.UKRAINE.ordinal()],
                        rest[Stream.QUOTA.ordinal()], restAsylumUkraine));
        MonthFacts.Reception places = new MonthFacts.Reception(c.where()[Housing.MOTTAK.ordinal()], c.where()[Housing.CARE_CENTRE.ordinal()],
                c.where()[Housing.PRIVATE.ordinal()], reception.ordinary(), reception.emergency(), reception.pendingPlaces(),
                reception.pendingDueBy(month.plusMonths(1)));
        MonthFacts.Processing udi = new MonthFacts.Processing(c.awaitingAll(), c.inProcessing(), cases.readyNotDecided(), cases.capacity(),
                processing.extraCapacity(), cases.granted());
        MonthFacts.Settlement settling = new MonthFacts.Settlement(c.readyAll(), c.longWaiters(), c.emLongWaiters(), settled.total(),
                settledYear, ledger.vedtattTotal(), placesNextMonth(month), tempo, ledger.need(),
                needGiven && !scenario.rulesReviseRequests(month));
        return new MonthFacts(month, came, places, udi, settling, params);
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
