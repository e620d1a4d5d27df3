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
public final class ScenarioArgument {

    private ScenarioArgument() {
    }

    /** Loads and checks; throws {@link InputException} with every problem found. */
    public static Scenario load(Path file) {
        Scenario scenario = file == null ? ScenarioLoader.loadDefault() : ScenarioLoader.load(file);
        List<Problem> problems = new ArrayList<>(ScenarioCheck.problems(scenario));
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return scenario;
    }

    /** The scenarios' input files on disk (the shipped ones inside the jar are left out): no output may go where these are. */
    public static List<Path> inputsOnDisk(List<Scenario> scenarios) {
        return scenarios.stream().flatMap(s -> s.inputs().stream()).filter(s -> !s.startsWith("embedded:")).map(Path::of).toList();
    }
}
