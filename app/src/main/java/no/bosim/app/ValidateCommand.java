package no.bosim.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import no.bosim.scenario.Assumptions;
import no.bosim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bosim validate}: check a scenario and everything it refers to, reporting every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Bosim.VersionProvider.class,
        description = "Checks a scenario and every file it names; prints every problem (file:line: field: what is expected). Exit 0 only when clean.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario YAML file.")
    Path scenarioFile;

    @Override
    public Integer call() {
        Scenario s = ScenarioArgument.load(scenarioFile);
        spec.commandLine().getOut().printf("ok: %s (%s to %s, %d kommuner, %d parameters, %d assumed figures, criteria %s)%n",
                s.name(), s.start(), s.end(), s.municipalities().size(), s.parameters().all().size(),
                Assumptions.inForce(s).size(), s.criteria());
        return 0;
    }
}
