package no.bosim.rules.drools;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.bosim.rules.Alert;
import no.bosim.rules.CapacityOrder;
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
 * The policy as Drools rules. One session lives for the whole run and is given only what
 * changed each month: the new month's aggregates, the parameters whose value changed, and the
 * removal of months and orders that no rule can need any more. The yearly plan (request
 * criteria and municipal decisions) still comes from the stand-in until those rule families exist.
 */
public final class DroolsPolicy implements Policy {

    /** Months of history kept in the session; every window parameter must fit in it. */
    static final int HISTORY_MONTHS = 24;
    /** More firings than this in one month means rules undo each other; stop with a clear error instead of looping. */
    static final int MAX_FIRINGS_PER_MONTH = 10_000;

    private final KieSession session;
    private final CarryForward2024Policy plan = new CarryForward2024Policy();
    private final Map<String, FactHandle> params = new HashMap<>();
    private final Map<String, Param> paramFacts = new HashMap<>();
    private final List<FactHandle> months = new ArrayList<>();
    private final List<FactHandle> pendingOrders = new ArrayList<>();
    private final Naa now = new Naa(-1);
    private final FactHandle nowHandle;

    public DroolsPolicy(RuleBook rules) {
        session = rules.kieBase().newKieSession();
        nowHandle = session.insert(now);
    }

    @Override
    public String name() {
        return "drools (varsling, kapasitet; yearly plan from " + CarryForward2024Policy.NAME + ")";
    }

    @Override
    public SettlementPlan planYear(PlanningFacts facts) {
        return plan.planYear(facts);
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
        int fired = session.fireAllRules(MAX_FIRINGS_PER_MONTH + 1);
        if (fired > MAX_FIRINGS_PER_MONTH) {
            throw new RuleProblem(List.of("rules fired more than " + MAX_FIRINGS_PER_MONTH + " times in " + facts.month()
                    + " without settling: two rules are undoing each other's decisions"));
        }

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
