package no.bosim.rules.drools;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.bosim.rules.Alert;
import no.bosim.rules.CapacityOrder;
import no.bosim.rules.CostAssessment;
import no.bosim.rules.CostFacts;
import no.bosim.rules.MonthDecisions;
import no.bosim.rules.MonthFacts;
import no.bosim.rules.PlanningFacts;
import no.bosim.rules.Policy;
import no.bosim.rules.SettlementPlan;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.ObjectFilter;
import org.kie.api.runtime.rule.FactHandle;

/**
 * The policy as Drools rules. One monthly session lives for the whole run and is given only what
 * changed each month: the new month's aggregates, the parameters whose value changed, and the
 * removal of months and orders that no rule can need any more. Once a year (and when the need is
 * revised) {@link PlanningRules} plans the year's need, requests and decisions, and at each year's
 * end {@link CostRules} weighs grants against costs. Where IMDi's real figures are known the
 * planning facts carry them and the rules use them (BEHOV-00, VEDTAK-00).
 */
public final class DroolsPolicy implements Policy {

    /** Months of history kept in the session; every window parameter must fit in it. */
    static final int HISTORY_MONTHS = 24;
    /** More firings than this in one month means rules undo each other; stop with a clear error instead of looping. */
    static final int MAX_FIRINGS_PER_MONTH = 10_000;

    private final RuleBook rules;
    private final KieSession session;
    private final Explanations explanations;
    private final ParamFacts params;
    private final List<FactHandle> months = new ArrayList<>();
    private final List<FactHandle> orders = new ArrayList<>();
    private final PlanningRules planning;
    /** The cost rules' session, opened at the first year's end. */
    private CostRules costs;
    private final Naa now = new Naa(-1);
    private final FactHandle nowHandle;

    public DroolsPolicy(RuleBook rules) {
        this(rules, null);
    }

    /** With {@code explanations} given, records why each request was made and which facts each alert matched. */
    public DroolsPolicy(RuleBook rules, Explanations explanations) {
        this.rules = rules;
        this.explanations = explanations;
        session = explanations == null ? rules.pooledSession() : rules.kieBase().newKieSession();
        params = new ParamFacts(session);
        planning = new PlanningRules(rules, explanations);
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
        return planning.plan(facts);
    }

    /** Fires until the rules settle; a loop between rules ends in a clear error instead of running on. */
    static void fire(KieSession s, String when) {
        int fired = s.fireAllRules(MAX_FIRINGS_PER_MONTH + 1);
        if (fired > MAX_FIRINGS_PER_MONTH) {
            throw new RuleProblem(List.of("rules fired more than " + MAX_FIRINGS_PER_MONTH + " times in " + when
                    + " without settling: two rules are undoing each other's decisions"));
        }
    }

    /** Disposes the run's sessions: a session not disposed stays referenced by the knowledge base. */
    @Override
    public void close() {
        session.dispose();
        if (costs != null) {
            costs.close();
        }
    }

    @Override
    public CostAssessment assessCosts(CostFacts facts) {
        if (costs == null) {
            costs = new CostRules(rules, explanations);
        }
        return costs.assess(facts);
    }

    @Override
    public MonthDecisions decideMonth(MonthFacts facts) {
        Maaned month = new Maaned(facts);
        int index = month.getIndex();
        if (!params.holds(facts.parameters())) {
            updateParams(facts.parameters());
        }
        months.add(session.insert(month));
        while (months.size() > HISTORY_MONTHS) {
            session.delete(months.remove(0));
        }
        orders.removeIf(h -> {
            if (((Ordre) session.getObject(h)).getOrdered() <= index - HISTORY_MONTHS) {
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
        for (Varsel v : take(Varsel.class)) {
            alerts.add(v.alert());
        }
        List<CapacityOrder> given = new ArrayList<>();
        for (FactHandle h : List.<FactHandle>copyOf(session.getFactHandles(of(Ordre.class)))) {
            Ordre o = (Ordre) session.getObject(h);
            if (o.getOrdered() == index && !orders.contains(h)) {
                given.add(o.toOrder());
                orders.add(h);
            }
        }
        int revised = -1;
        String why = "";
        List<Behovsrevisjon> revisions = take(Behovsrevisjon.class);
        if (revisions.size() > 1) {
            throw new RuleProblem(List.of("two rules revised the need in " + facts.month() + ": "
                    + revisions.stream().map(Behovsrevisjon::getRuleId).toList()));
        }
        if (!revisions.isEmpty()) {
            revised = revisions.get(0).getNeed();
            why = revisions.get(0).getRuleId() + ": " + revisions.get(0).getReason();
        }
        double tempo = 1.0;
        double ceiling = 1.0;
        java.util.SortedSet<String> paceRules = new java.util.TreeSet<>();
        for (Bosettingstakt t : take(Bosettingstakt.class)) {
            tempo = Math.max(tempo, t.getTempo());
            ceiling = Math.max(ceiling, t.getCeiling());
            paceRules.add(t.getRuleId());
        }
        alerts.sort(java.util.Comparator.comparing(Alert::ruleId));
        given.sort(java.util.Comparator.comparing(CapacityOrder::ruleId));
        return new MonthDecisions(given, alerts, revised, why, tempo, ceiling, String.join(" ", paceRules));
    }

    /** The month's decisions of one kind, taken out of the session (they do not carry over). */
    private <T> List<T> take(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (FactHandle h : List.<FactHandle>copyOf(session.getFactHandles(of(type)))) {
            out.add(type.cast(session.getObject(h)));
            session.delete(h);
        }
        return out;
    }

    private void updateParams(Map<String, Double> values) {
        for (Map.Entry<String, Double> e : values.entrySet()) {
            boolean window = (e.getKey().startsWith("varsel_") || e.getKey().startsWith("kapasitet_")) && e.getKey().endsWith("_mnd");
            if (window && e.getValue() >= HISTORY_MONTHS) {
                throw new RuleProblem(List.of("parameter " + e.getKey() + " = " + e.getValue() + ": rules look back at most "
                        + (HISTORY_MONTHS - 1) + " months; a longer window would never be complete"));
            }
        }
        params.update(values);
    }

    /** A class filter: Drools then walks only that class's facts instead of every fact in the session. */
    static ObjectFilter of(Class<?> type) {
        return new ClassObjectFilter(type);
    }
}
