package no.bosim.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import no.bosim.rules.standin.CarryForward2024Policy;
import no.bosim.scenario.Mode;
import no.bosim.scenario.Scenario;
import no.bosim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

class DeterminismTest {

    private final Scenario scenario = ScenarioLoader.load(ScenarioLoader.shipped("from-2024.yaml"));

    @Test
    void theSameScenarioAndSeedGiveTheSameRun() {
        assertEquals(Simulation.run(scenario, new CarryForward2024Policy()).months(),
                Simulation.run(scenario, new CarryForward2024Policy()).months());
    }

    @Test
    void anotherSeedGivesAnotherPath() {
        assertNotEquals(Simulation.run(scenario, new CarryForward2024Policy()).months(),
                Simulation.run(scenario.withSeed(99), new CarryForward2024Policy()).months());
    }

    @Test
    void deterministicModeDrawsNothingSoTheSeedDoesNotMatter() {
        Scenario det = scenario.withMode(Mode.DETERMINISTIC);
        assertEquals(Simulation.run(det, new CarryForward2024Policy()).months(),
                Simulation.run(det.withSeed(99), new CarryForward2024Policy()).months());
    }

    @Test
    void deterministicModeTracksTheExpectedValuesOfTheStochasticRuns() {
        Scenario det = scenario.withMode(Mode.DETERMINISTIC);
        long expected = Simulation.run(det, new CarryForward2024Policy()).months().get(59).settledCum();
        double mean = 0;
        for (int seed = 1; seed <= 20; seed++) {
            mean += Simulation.run(scenario.withSeed(seed), new CarryForward2024Policy()).months().get(59).settledCum() / 20.0;
        }
        assertEquals(expected, mean, 0.01 * expected, "settled after five years: deterministic vs mean of 20 seeds");
    }
}
