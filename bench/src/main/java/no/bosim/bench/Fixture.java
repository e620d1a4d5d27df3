package no.bosim.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import no.bosim.rules.ForwardingPolicy;
import no.bosim.rules.MonthDecisions;
import no.bosim.rules.MonthFacts;
import no.bosim.rules.PlanningFacts;
import no.bosim.rules.Policy;
import no.bosim.rules.SettlementPlan;
import no.bosim.rules.drools.DroolsPolicy;
import no.bosim.rules.drools.RuleBook;
import no.bosim.rules.standin.CarryForward2024Policy;
import no.bosim.scenario.Municipality;
import no.bosim.scenario.Scenario;
import no.bosim.scenario.ScenarioLoader;
import no.bosim.simulator.Simulation;

/**
 * What the benchmarks share: the scenario (the shipped ten-year run from January 2024, from-2024.yaml, so
 * that figures stay comparable with those measured before the default replayed history from 2019; or the
 * file in the system property {@code bosim.bench.scenario}), the shipped rules, and the scenario made
 * longer, or thinned to a share of its kommuner, to see how time grows with months and kommuner.
 */
final class Fixture {

    private Fixture() {
    }

    static Scenario scenario() {
        String file = System.getProperty("bosim.bench.scenario");
        return ScenarioLoader.load(file == null ? ScenarioLoader.shipped("from-2024.yaml") : Path.of(file));
    }

    /** A new policy per run, as bosim makes them: the rules (one rule book for all) or the stand-in. */
    static Supplier<Policy> policies(String name) {
        if (name.equals("stand-in")) {
            return CarryForward2024Policy::new;
        }
        RuleBook book = RuleBook.shipped();
        return () -> new DroolsPolicy(book);
    }

    /**
     * The scenario with every {@code step}-th kommune only (step 1: all of them): the national
     * figures stay, so each kommune gets a larger part; what is measured is the cost per kommune.
     */
    static Scenario everyNthKommune(Scenario s, int step) {
        List<Municipality> kept = new ArrayList<>();
        for (int i = 0; i < s.municipalities().size(); i += step) {
            kept.add(s.municipalities().get(i));
        }
        return s.withMunicipalities(kept);
    }

    /** What a run of the rules gives the policy: each year's planning facts and each month's facts, in order. */
    static final class Recorded extends ForwardingPolicy {
        final List<PlanningFacts> years = new ArrayList<>();
        final List<MonthFacts> months = new ArrayList<>();

        private Recorded(Policy policy) {
            super(policy);
        }

        static Recorded of(Scenario scenario, RuleBook book) {
            Recorded r = new Recorded(new DroolsPolicy(book));
            Simulation.run(scenario, r);
            return r;
        }

        @Override
        public SettlementPlan planYear(PlanningFacts facts) {
            years.add(facts);
            return super.planYear(facts);
        }

        @Override
        public MonthDecisions decideMonth(MonthFacts facts) {
            months.add(facts);
            return super.decideMonth(facts);
        }
    }
}
