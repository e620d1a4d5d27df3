package no.bosim.rules.drools;

import java.util.ArrayList;
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
import no.bosim.rules.standin.CarryForward2024Policy;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.ObjectFilter;
import org.kie.api.runtime.rule.FactHandle;

/**
 * The policy as Drools rules. One monthly session lives for the whole run and is given only what
 * changed each month: the new month's aggregates, the parameters whose value changed, and the
 * removal of months and orders that no rule can need any more. Once a year a planning session
 * gets the kommuner: the criteria rules judge them, {@link Fordeling} distributes the need, and
 * the decision rules turn each request into a vedtak. The first year with IMDi's real figures
 * (2024) uses those figures instead of rules.
 */
public final class DroolsPolicy implements Policy {

    /** Months of history kept in the session; every window parameter must fit in it. */
    static final int HISTORY_MONTHS = 24;
    /** More firings than this in one month means rules undo each other; stop with a clear error instead of looping. */
    static final int MAX_FIRINGS_PER_MONTH = 10_000;

    /** The year whose requests and decisions are IMDi's real figures in the data. */
    static final int REAL_YEAR = 2024;

    private final RuleBook rules;
    private final KieSession session;
    private final CarryForward2024Policy real = new CarryForward2024Policy();
    private final Explanations explanations;
    private final Map<String, FactHandle> params = new HashMap<>();
    private final Map<String, Param> paramFacts = new HashMap<>();
    private final List<FactHandle> months = new ArrayList<>();
    private final List<FactHandle> pendingOrders = new ArrayList<>();
    private final Naa now = new Naa(-1);
    private final FactHandle nowHandle;

    public DroolsPolicy(RuleBook rules) {
        this(rules, null);
    }

    /** With {@code explanations} given, records why each request was made and which facts each alert matched. */
    public DroolsPolicy(RuleBook rules, Explanations explanations) {
        this.rules = rules;
        this.explanations = explanations;
        session = rules.kieBase().newKieSession();
        nowHandle = session.insert(now);
        if (explanations != null) {
            session.addEventListener(explanations.alertListener());
        }
    }

    @Override
    public String name() {
        return "drools";
    }

    @Override
    public SettlementPlan planYear(PlanningFacts facts) {
        if (facts.year() == REAL_YEAR) {
            SettlementPlan plan = real.planYear(facts);
            List<KommunePlan> relabelled = new ArrayList<>();
            for (KommunePlan p : plan.kommuner()) {
                relabelled.add(new KommunePlan(p.kommunenummer(), p.anmodet(), p.anmodetEm(), p.vedtatt(), p.vedtattEm(),
                        p.weight(), "IMDI-2024"));
                if (explanations != null) {
                    explanations.plan(facts.year(), p.kommunenummer(), List.of("IMDI-2024: " + REAL_YEAR
                            + " uses IMDi's real request (" + p.anmodet() + ") and decision (" + p.vedtatt()
                            + ") for this kommune; rules plan the years after"));
                }
            }
            return new SettlementPlan(plan.year(), plan.need(), relabelled);
        }
        return planByRules(facts);
    }

    private SettlementPlan planByRules(PlanningFacts facts) {
        KieSession plan = rules.kieBase().newKieSession();
        try {
            plan.insert(new Plan(facts.year(), facts.bosettingsbehov(), facts.bosettingsbehovEm(), facts.criteria(),
                    facts.settlementReady(), facts.grantsLastYear()));
            facts.parameters().forEach((name, value) -> plan.insert(new Param(name, value)));
            Map<String, KommuneFacts> byNumber = new LinkedHashMap<>();
            for (KommuneFacts k : facts.kommuner()) {
                byNumber.put(k.kommunenummer(), k);
                plan.insert(new Kommune(k));
            }
            fire(plan, facts.year() + "");

            Map<String, List<Vurdering>> judged = new HashMap<>();
            for (Object o : plan.getObjects(of(Vurdering.class))) {
                Vurdering v = (Vurdering) o;
                judged.computeIfAbsent(v.getKommunenummer(), k -> new ArrayList<>()).add(v);
            }
            List<Fordeling.Input> inputs = new ArrayList<>();
            Map<String, List<String>> why = new LinkedHashMap<>();
            Map<String, java.util.Set<String>> ids = new LinkedHashMap<>();
            for (KommuneFacts k : facts.kommuner()) {
                List<Vurdering> vs = new ArrayList<>(judged.getOrDefault(k.kommunenummer(), List.of()));
                vs.sort(java.util.Comparator.comparing(Vurdering::getRuleId));
                boolean no = vs.stream().anyMatch(v -> v.getKind() == Vurdering.Kind.IKKE_AKTUELL);
                boolean yes = !no && vs.stream().anyMatch(v -> v.getKind() == Vurdering.Kind.AKTUELL);
                boolean em = vs.stream().anyMatch(v -> v.getKind() == Vurdering.Kind.EM_AKTUELL);
                double weight = k.population();
                java.util.Set<String> ruleIds = new java.util.LinkedHashSet<>();
                for (Vurdering v : vs) {
                    ruleIds.add(v.getRuleId());
                    if (v.getKind() == Vurdering.Kind.VEKT) {
                        weight *= v.getFactor();
                    }
                }
                if (explanations != null) {
                    why.put(k.kommunenummer(), judgement(k, vs, yes, no, weight, facts.criteria()));
                }
                ids.put(k.kommunenummer(), ruleIds);
                inputs.add(new Fordeling.Input(k.kommunenummer(), k.fylkesnummer(), k.population(), yes, em, weight));
            }
            int need = facts.bosettingsbehov();
            String needWhy = "the scenario's settlement need " + need;
            for (Object o : plan.getObjects(Behov.class::isInstance)) {
                Behov b = (Behov) o;
                if (b.getNeed() > need) {
                    need = b.getNeed();
                    needWhy = b.getRuleId() + " raised the need to " + need + " (" + b.getReason() + ")";
                }
            }
            int needEm = facts.bosettingsbehov() == 0 ? 0
                    : (int) Math.round((double) facts.bosettingsbehovEm() * need / facts.bosettingsbehov());
            if (inputs.stream().noneMatch(Fordeling.Input::eligible) && need > 0) {
                throw new RuleProblem(List.of("criteria set '" + facts.criteria() + "' made no kommune eligible in "
                        + facts.year() + "; the rule files define " + rules.criteriaSets()));
            }
            Map<String, Fordeling.Result> requests = Fordeling.distribute(inputs, need, needEm,
                    (int) facts.parameter("kriterier_min_anmodning"),
                    (int) facts.parameter("kriterier_em_min_anmodning"), explanations != null);
            for (KommuneFacts k : facts.kommuner()) {
                Fordeling.Result r = requests.get(k.kommunenummer());
                plan.insert(new Anmodning(k.kommunenummer(), k.population(), r.anmodet(), r.anmodetEm(), k.decisionNoise()));
            }
            fire(plan, facts.year() + "");

            Map<String, Vedtak> decided = new HashMap<>();
            for (Object o : plan.getObjects(of(Vedtak.class))) {
                Vedtak v = (Vedtak) o;
                if (decided.put(v.getKommunenummer(), v) != null) {
                    throw new RuleProblem(List.of("two decision rules decided for kommune " + v.getKommunenummer() + " in " + facts.year()));
                }
            }
            List<KommunePlan> plans = new ArrayList<>();
            for (KommuneFacts k : facts.kommuner()) {
                Fordeling.Result r = requests.get(k.kommunenummer());
                Vedtak v = decided.get(k.kommunenummer());
                if (v == null) {
                    throw new RuleProblem(List.of("no decision rule decided for kommune " + k.kommunenummer() + " in " + facts.year()));
                }
                java.util.Set<String> ruleIds = ids.get(k.kommunenummer());
                ruleIds.add("FORDELING");
                ruleIds.add(v.getRuleId());
                plans.add(new KommunePlan(k.kommunenummer(), r.anmodet(), r.anmodetEm(), v.getVedtatt(), v.getVedtattEm(),
                        r.weightShare(), String.join(" ", ruleIds)));
                if (explanations != null) {
                    List<String> lines = new ArrayList<>();
                    lines.add("need " + facts.year() + ": " + needWhy);
                    lines.addAll(why.get(k.kommunenummer()));
                    lines.addAll(r.steps());
                    lines.add("vedtatt = " + v.getVedtatt() + " (of them " + v.getVedtattEm() + " minors): " + v.getRuleId()
                            + " (" + v.getReason() + ")");
                    explanations.plan(facts.year(), k.kommunenummer(), lines);
                }
            }
            return new SettlementPlan(facts.year(), need, plans);
        } finally {
            plan.dispose();
        }
    }

    /** Years of stay the integration grant runs for: the settlement year and four more. */
    static final int GRANT_YEARS = 5;

    @Override
    public CostAssessment assessCosts(CostFacts facts) {
        KieSession s = rules.kieBase().newKieSession();
        if (explanations != null) {
            explanations.month(java.time.YearMonth.of(facts.year(), 12));
            s.addEventListener(explanations.alertListener());
        }
        try {
            facts.parameters().forEach((name, value) -> s.insert(new Param(name, value)));
            for (int year = 1; year <= GRANT_YEARS; year++) {
                s.insert(new Kull(Kull.ORDINAER, year));
                s.insert(new Kull(Kull.EM, year));
            }
            s.insert(new Mottaksaar(facts.avgCapacity(), facts.avgInMottak()));
            fire(s, facts.year() + " (costs)");
            // Rate per person by kind and year of stay, grants and costs apart; the rules behind them.
            Map<String, double[]> rate = new HashMap<>();
            java.util.Set<String> rateRules = new java.util.TreeSet<>();
            for (Object o : s.getObjects(Sats.class::isInstance)) {
                Sats x = (Sats) o;
                rate.computeIfAbsent(x.getKind() + "/" + x.getYearOfStay(), k -> new double[2])[x.isGrant() ? 0 : 1] += x.getNok();
                rateRules.add(x.getRuleId());
            }
            Map<String, double[]> byKommune = new java.util.TreeMap<>();
            double[] national = new double[2];
            for (CostFacts.Cohort c : facts.cohorts()) {
                int yearOfStay = facts.year() - c.settlementYear() + 1;
                if (yearOfStay < 1 || yearOfStay > GRANT_YEARS) {
                    continue;
                }
                double[] ord = rate.getOrDefault(Kull.ORDINAER + "/" + yearOfStay, new double[2]);
                double[] em = rate.getOrDefault(Kull.EM + "/" + yearOfStay, new double[2]);
                // Cohorts from before the start are known nationally only: they count for the country, not a kommune.
                double[] k = c.kommunenummer().equals(CostFacts.BEFORE_START) ? new double[2]
                        : byKommune.computeIfAbsent(c.kommunenummer(), x -> new double[2]);
                for (int i = 0; i < 2; i++) {
                    double amount = c.ordinary() * ord[i] + c.minors() * em[i];
                    k[i] += amount;
                    national[i] += amount;
                }
            }
            String ids = String.join(" ", rateRules);
            List<CostAssessment.Row> rows = new ArrayList<>();
            rows.add(new CostAssessment.Row(CostAssessment.NATIONAL, national[0], national[1], ids));
            double[] host = new double[2];
            java.util.Set<String> hostRules = new java.util.TreeSet<>();
            for (Object o : s.getObjects(Belop.class::isInstance)) {
                Belop b = (Belop) o;
                host[b.isGrant() ? 0 : 1] += b.getNok();
                hostRules.add(b.getRuleId());
            }
            rows.add(new CostAssessment.Row(CostAssessment.HOST, host[0], host[1], String.join(" ", hostRules)));
            byKommune.forEach((k, v) -> rows.add(new CostAssessment.Row(k, v[0], v[1], ids)));

            int december = facts.year() * 12 + 11;
            for (CostAssessment.Row r : rows.subList(0, 2)) {
                if (r.costsNok() > 0) {
                    s.insert(new Dekning(r.subject(), december, r.coverage()));
                }
            }
            fire(s, facts.year() + " (cost warnings)");
            List<Alert> alerts = new ArrayList<>();
            for (Object o : s.getObjects(Varsel.class::isInstance)) {
                alerts.add(((Varsel) o).alert());
            }
            alerts.sort(java.util.Comparator.comparing(Alert::ruleId));
            return new CostAssessment(facts.year(), rows, alerts);
        } finally {
            s.dispose();
        }
    }

    /** The criteria rules' judgement of one kommune in words, for {@code bosim explain}. */
    private static List<String> judgement(KommuneFacts k, List<Vurdering> vs, boolean yes, boolean no, double weight,
                                          String criteria) {
        List<String> lines = new ArrayList<>();
        StringBuilder w = new StringBuilder("weight = population " + k.population());
        for (Vurdering v : vs) {
            switch (v.getKind()) {
                case AKTUELL -> lines.add("can be asked: " + v.getRuleId() + " (" + v.getReason() + ")");
                case IKKE_AKTUELL -> lines.add("not asked: " + v.getRuleId() + " (" + v.getReason() + ")");
                case EM_AKTUELL -> lines.add("can be asked about minors: " + v.getRuleId() + " (" + v.getReason() + ")");
                case VEKT -> w.append(String.format(java.util.Locale.ROOT, " x %.3f (%s: %s)", v.getFactor(), v.getRuleId(), v.getReason()));
            }
        }
        if (!yes) {
            lines.add("not asked under criteria " + criteria + (no ? "" : ": no criteria rule made it eligible"));
        } else {
            lines.add(w.append(String.format(java.util.Locale.ROOT, " = %.1f", weight)).toString());
        }
        return lines;
    }

    private static void fire(KieSession s, String when) {
        int fired = s.fireAllRules(MAX_FIRINGS_PER_MONTH + 1);
        if (fired > MAX_FIRINGS_PER_MONTH) {
            throw new RuleProblem(List.of("rules fired more than " + MAX_FIRINGS_PER_MONTH + " times in " + when
                    + " without settling: two rules are undoing each other's decisions"));
        }
    }

    @Override
    public MonthDecisions decideMonth(MonthFacts facts) {
        Maaned month = new Maaned(facts);
        int index = month.getIndex();
        updateParams(facts.parameters());
        months.add(session.insert(month));
        while (months.size() > HISTORY_MONTHS) {
            session.delete(months.remove(0));
        }
        pendingOrders.removeIf(h -> {
            if (((Ordre) session.getObject(h)).getEffective() <= index) {
                session.delete(h);
                return true;
            }
            return false;
        });
        now.setIndex(index);
        session.update(nowHandle, now);
        if (explanations != null) {
            explanations.month(facts.month());
        }
        fire(session, facts.month().toString());

        List<Alert> alerts = new ArrayList<>();
        for (FactHandle h : List.<FactHandle>copyOf(session.getFactHandles(of(Varsel.class)))) {
            alerts.add(((Varsel) session.getObject(h)).alert());
            session.delete(h);
        }
        List<CapacityOrder> orders = new ArrayList<>();
        for (FactHandle h : List.<FactHandle>copyOf(session.getFactHandles(of(Ordre.class)))) {
            Ordre o = (Ordre) session.getObject(h);
            if (o.getOrdered() == index) {
                orders.add(o.toOrder());
                pendingOrders.add(h);
            }
        }
        alerts.sort(java.util.Comparator.comparing(Alert::ruleId));
        orders.sort(java.util.Comparator.comparing(CapacityOrder::ruleId));
        return new MonthDecisions(orders, alerts);
    }

    private void updateParams(Map<String, Double> values) {
        for (Map.Entry<String, Double> e : values.entrySet()) {
            boolean window = (e.getKey().startsWith("varsel_") || e.getKey().startsWith("kapasitet_")) && e.getKey().endsWith("_mnd");
            if (window && e.getValue() >= HISTORY_MONTHS) {
                throw new RuleProblem(List.of("parameter " + e.getKey() + " = " + e.getValue() + ": rules look back at most "
                        + (HISTORY_MONTHS - 1) + " months; a longer window would never be complete"));
            }
            Param p = paramFacts.get(e.getKey());
            if (p == null) {
                p = new Param(e.getKey(), e.getValue());
                paramFacts.put(e.getKey(), p);
                params.put(e.getKey(), session.insert(p));
            } else if (p.getValue() != e.getValue()) {
                p.setValue(e.getValue());
                session.update(params.get(e.getKey()), p);
            }
        }
    }

    private static ObjectFilter of(Class<?> type) {
        return type::isInstance;
    }
}
