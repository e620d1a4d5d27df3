package no.bosim.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import no.bosim.rules.drools.DroolsPolicy;
import no.bosim.rules.drools.RuleBook;
import no.bosim.scenario.Scenario;
import no.bosim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules compiled to the executable model and kept on disk (what a run uses after the first)
 * decide exactly as the rules compiled the classic way: the same months, decisions, alerts and
 * costs, in a stochastic run and a deterministic one.
 */
class CompiledRulesTest {

    @TempDir
    Path cache;

    @Test
    void theKeptExecutableModelRunsAsTheClassicBuild() {
        RuleBook classic;
        RuleBook kept;
        System.setProperty("bosim.rules.nocache", "true");
        try {
            classic = RuleBook.shipped();
        } finally {
            System.clearProperty("bosim.rules.nocache");
        }
        System.setProperty("bosim.cache.dir", cache.toString());
        try {
            RuleBook.shipped();
            kept = RuleBook.shipped();
        } finally {
            System.clearProperty("bosim.cache.dir");
        }
        assertTrue(kept.fromCache() && !classic.fromCache());
        Scenario s = ScenarioLoader.loadDefault().withHorizon(48);
        for (Scenario run : new Scenario[] {s, s.withMode(no.bosim.scenario.Mode.DETERMINISTIC), ScenarioLoader.load(
                Path.of("../scenarios/surge-2015.yaml")).withHorizon(36)}) {
            RunResult a = Simulation.run(run, new DroolsPolicy(classic));
            RunResult b = Simulation.run(run, new DroolsPolicy(kept));
            assertEquals(a.months(), b.months(), run.name());
            assertEquals(a.kommuneYears(), b.kommuneYears(), run.name());
            assertEquals(a.alerts(), b.alerts(), run.name());
            assertEquals(a.capacityOrders(), b.capacityOrders(), run.name());
            assertEquals(a.costs(), b.costs(), run.name());
            assertTrue(!a.alerts().isEmpty(), "alerts to compare");
        }
    }
}
