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
 * The shipped rules' executable model built with bosim (what a run uses), and the model compiled
 * from a rule folder and kept on disk (what {@code --rules DIR} uses after its first run), decide
 * exactly as the rules compiled the classic way: the same months, decisions, alerts and costs, in
 * a stochastic run and a deterministic one.
 */
class CompiledRulesTest {

    @TempDir
    Path cache;

    @Test
    void thePrebuiltAndTheKeptExecutableModelRunAsTheClassicBuild() {
        RuleBook classic;
        RuleBook kept;
        RuleBook prebuilt = RuleBook.shipped();
        System.setProperty("bosim.rules.nocache", "true");
        try {
            classic = RuleBook.shipped();
        } finally {
            System.clearProperty("bosim.rules.nocache");
        }
        System.setProperty("bosim.cache.dir", cache.toString());
        try {
            RuleBook.fromFolder(Path.of("../rules/drl"));
            kept = RuleBook.fromFolder(Path.of("../rules/drl"));
        } finally {
            System.clearProperty("bosim.cache.dir");
        }
        assertEquals(RuleBook.Origin.CLASSIC, classic.origin());
        assertEquals(RuleBook.Origin.KEPT, kept.origin());
        assertEquals(RuleBook.Origin.PREBUILT, prebuilt.origin());
        Scenario s = ScenarioLoader.load(ScenarioLoader.shipped("from-2024.yaml")).withHorizon(48);
        for (Scenario run : new Scenario[] {s, s.withMode(no.bosim.scenario.Mode.DETERMINISTIC), ScenarioLoader.load(
                Path.of("../scenarios/surge-2015.yaml")).withHorizon(36)}) {
            RunResult a = Simulation.run(run, new DroolsPolicy(classic));
            assertTrue(!a.alerts().isEmpty(), "alerts to compare");
            for (RuleBook other : new RuleBook[] {kept, prebuilt}) {
                RunResult b = Simulation.run(run, new DroolsPolicy(other));
                String what = run.name() + ", " + other.origin();
                assertEquals(a.months(), b.months(), what);
                assertEquals(a.kommuneYears(), b.kommuneYears(), what);
                assertEquals(a.alerts(), b.alerts(), what);
                assertEquals(a.capacityOrders(), b.capacityOrders(), what);
                assertEquals(a.costs(), b.costs(), what);
            }
        }
    }
}
