package no.bosim.rules.standin;

import java.util.ArrayList;
import java.util.List;
import no.bosim.rules.CostAssessment;
import no.bosim.rules.CostFacts;
import no.bosim.rules.KommuneFacts;
import no.bosim.rules.KommunePlan;
import no.bosim.rules.MonthDecisions;
import no.bosim.rules.MonthFacts;
import no.bosim.rules.PlanningFacts;
import no.bosim.rules.Policy;
import no.bosim.rules.SettlementPlan;

/**
 * A stand-in, not a policy: every year repeats IMDi's real 2024 requests and decisions, opens and
 * closes no reception places, raises no alert and assesses no costs. It lets the simulator core run on real data
 * without rules, and measures the simulator's bookkeeping alone in the benchmark.
 *
 * <p>The only derived figure is the minors' part of each decision: {@code em_andel_av_bosetting}
 * of it, rounded down, so a kommune whose part would be under one person takes no minors. A
 * kommune that had not decided in 2024 ("avventer vedtak") decides nothing.
 */
public final class CarryForward2024Policy implements Policy {

    public static final String NAME = "stand-in:carry-forward-2024";
    private static final String RULE_ID = "STANDIN-2024";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SettlementPlan planYear(PlanningFacts facts) {
        double emShare = facts.parameter("em_andel_av_bosetting");
        long totalAnmodet = facts.kommuner().stream().filter(k -> !k.excluded()).mapToLong(KommuneFacts::fileAnmodet).sum();
        List<KommunePlan> plans = new ArrayList<>(facts.kommuner().size());
        for (KommuneFacts k : facts.kommuner()) {
            if (k.excluded()) {
                plans.add(new KommunePlan(k.kommunenummer(), 0, 0, 0, 0, 0.0, RULE_ID, Double.NaN));
                continue;
            }
            int vedtatt = Math.max(k.fileVedtatt(), 0);
            plans.add(new KommunePlan(k.kommunenummer(), k.fileAnmodet(), (int) (k.fileAnmodet() * emShare),
                    vedtatt, (int) (vedtatt * emShare),
                    totalAnmodet == 0 ? 0.0 : (double) k.fileAnmodet() / totalAnmodet, RULE_ID, Double.NaN));
        }
        int need = plans.stream().mapToInt(KommunePlan::anmodet).sum();
        int needEm = plans.stream().mapToInt(KommunePlan::anmodetEm).sum();
        return new SettlementPlan(facts.year(), need, needEm, no.bosim.rules.Reason.byRule(RULE_ID, no.bosim.rules.Reason.of("IMDis anmodninger for 2024, gjentatt", "IMDi's 2024 requests, repeated")), plans);
    }

    @Override
    public MonthDecisions decideMonth(MonthFacts facts) {
        return MonthDecisions.NONE;
    }

    /**
     * The stand-in times the bookkeeping without rules, so it counts long waiters as the shipped rules do
     * (VENTETID-01/02 in bosetting.drl): minors and families with children against ventetidsmaal_barn_mnd,
     * other adults against ventetidsmaal_voksne_mnd.
     */
    @Override
    public java.util.Map<String, Integer> waitingGoals(List<no.bosim.rules.WaitingGroup> groups, java.util.Map<String, Double> parameters) {
        java.util.Map<String, Integer> goals = new java.util.HashMap<>();
        for (no.bosim.rules.WaitingGroup g : groups) {
            goals.put(g.key(), (int) Math.round(parameters.get(g.minor() || g.withChildren() ? "ventetidsmaal_barn_mnd" : "ventetidsmaal_voksne_mnd")));
        }
        return goals;
    }

    /** The stand-in assesses no costs: grants and costs are policy, and come from the cost rules. */
    @Override
    public CostAssessment assessCosts(CostFacts facts) {
        return new CostAssessment(facts.year(), List.of(), List.of());
    }
}
