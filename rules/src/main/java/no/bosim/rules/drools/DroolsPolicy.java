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

    /** Months of history kept in the session; every window a rule reads (a parameter in months) must fit in it. */
    public static final int HISTORY_MONTHS = 24;
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
    public java.util.Map<String, String> ruleNames() {
        return rules.names();
    }

    @Override
    public java.util.Map<String, String> ruleNamesEn() {
        return rules.namesEn();
    }

    /**
     * Asks the waiting-time rules (VENTETID-*) in a session of their own, given the groups and only the parameters
     * those rules read, so no other rule has what it needs to fire. Every group must get exactly one goal.
     */
    @Override
    public java.util.Map<String, Integer> waitingGoals(List<no.bosim.rules.WaitingGroup> groups, java.util.Map<String, Double> parameters) {
        java.util.Set<String> read = new java.util.HashSet<>();
        rules.contract().reads().stream().filter(r -> r.ruleId().startsWith("VENTETID")).forEach(r -> read.add(r.parameter()));
        KieSession s = rules.kieBase().newKieSession();
        try {
            parameters.forEach((name, value) -> {
                if (read.contains(name)) {
                    s.insert(new Param(name, value));
                }
            });
            groups.forEach(g -> s.insert(new Ventegruppe(g)));
            fire(rules, s, "the waiting-time goals");
            java.util.Map<String, Integer> goals = new java.util.HashMap<>();
            java.util.Map<String, String> by = new java.util.HashMap<>();
            for (Object o : s.getObjects(o -> o instanceof Ventetidsmaal)) {
                Ventetidsmaal g = (Ventetidsmaal) o;
                String other = by.put(g.getGroup(), g.getRuleId());
                if (other != null) {
                    throw RuleProblem.running("two rules set the waiting-time goal of group " + g.getGroup() + ": " + other + " and "
                            + g.getRuleId() + "; expected one rule for each group");
                }
                goals.put(g.getGroup(), g.getMonths());
            }
            for (no.bosim.rules.WaitingGroup g : groups) {
                if (!goals.containsKey(g.key())) {
                    throw RuleProblem.running("no rule sets the waiting-time goal of group " + g.key() + " (minor " + g.minor()
                            + ", with children " + g.withChildren() + "); expected a VENTETID rule for it, or nobody in it could count as a long waiter");
                }
            }
            return goals;
        } finally {
            s.dispose();
        }
    }

    @Override
    public SettlementPlan planYear(PlanningFacts facts) {
        return planning.plan(facts);
    }

    /**
     * Fires until the rules settle. A rule that throws is named with its file and the month; a
     * loop between rules ends in a clear error naming the rules that fired most, instead of running on.
     */
    static void fire(RuleBook book, KieSession s, String when) {
        int fired;
        try {
            fired = s.fireAllRules(MAX_FIRINGS_PER_MONTH + 1);
        } catch (org.kie.api.runtime.rule.ConsequenceException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw RuleProblem.running(book.describe(e.getMatch().getRule()) + " failed in " + when + ": "
                    + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " (" + firstLine(cause.getMessage()) + ")"));
        } catch (RuntimeException e) {
            if (e instanceof RuleProblem) {
                throw e;
            }
            throw RuleProblem.running("a rule's condition failed in " + when + ": " + firstLine(String.valueOf(e.getMessage())));
        }
        if (fired > MAX_FIRINGS_PER_MONTH) {
            throw RuleProblem.running("rules fired more than " + MAX_FIRINGS_PER_MONTH + " times in " + when
                    + " without settling: two rules are undoing each other's decisions; firing most: " + loopingRules(book, s));
        }
    }

    /** Fires a few more rounds with a counter attached (only once a loop is found, so runs pay nothing) and names the busiest rules. */
    private static String loopingRules(RuleBook book, KieSession s) {
        Map<org.kie.api.definition.rule.Rule, Integer> counts = new java.util.HashMap<>();
        org.kie.api.event.rule.AgendaEventListener counter = new org.kie.api.event.rule.DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(org.kie.api.event.rule.AfterMatchFiredEvent event) {
                counts.merge(event.getMatch().getRule(), 1, Integer::sum);
            }
        };
        s.addEventListener(counter);
        try {
            s.fireAllRules(1_000);
        } catch (RuntimeException ignored) {
            // The count so far is what the message needs.
        } finally {
            s.removeEventListener(counter);
        }
        return counts.entrySet().stream().sorted(Map.Entry.<org.kie.api.definition.rule.Rule, Integer>comparingByValue().reversed())
                .limit(3).map(e -> book.describe(e.getKey()) + " " + e.getValue() + " of the last 1 000 times")
                .collect(java.util.stream.Collectors.joining("; "));
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
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
            // Window lengths were checked against HISTORY_MONTHS before the run, by their unit (Policies' contract check).
            params.update(facts.parameters());
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
        fire(rules, session, facts.month().toString());

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
        no.bosim.rules.Reason why = no.bosim.rules.Reason.NONE;
        List<Behovsrevisjon> revisions = take(Behovsrevisjon.class);
        if (revisions.size() > 1) {
            throw RuleProblem.running("two rules revised the need in " + facts.month() + ": "
                    + revisions.stream().map(Behovsrevisjon::getRuleId).toList());
        }
        if (!revisions.isEmpty()) {
            revised = revisions.get(0).getNeed();
            why = no.bosim.rules.Reason.byRule(revisions.get(0).getRuleId(), revisions.get(0).getReason());
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

    /** How many facts of a kind the monthly session holds: what the session remembers must not grow with the run. */
    int factsOf(Class<?> type) {
        return session.getObjects(of(type)).size();
    }

    /** A class filter: Drools then walks only that class's facts instead of every fact in the session. */
    static ObjectFilter of(Class<?> type) {
        return new ClassObjectFilter(type);
    }
}
