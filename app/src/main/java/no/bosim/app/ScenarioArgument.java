package no.bosim.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.bosim.scenario.InputException;
import no.bosim.scenario.Problem;
import no.bosim.scenario.Scenario;
import no.bosim.scenario.ScenarioLoader;
import no.bosim.simulator.ScenarioCheck;

/** Loads a scenario named on the command line (or the shipped default) and checks it fully. */
final class ScenarioArgument {

    private ScenarioArgument() {
    }

    /** Loads and checks; throws {@link InputException} with every problem found. */
    static Scenario load(Path file) {
        Scenario scenario = file == null ? ScenarioLoader.loadDefault() : ScenarioLoader.load(file);
        List<Problem> problems = new ArrayList<>(ScenarioCheck.problems(scenario));
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return scenario;
    }
}
