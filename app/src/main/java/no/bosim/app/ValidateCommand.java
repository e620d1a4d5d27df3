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
        description = "Checks a scenario, every file it names and the rules it will run under (criteria sets, every parameter "
                + "a rule reads); prints every problem (file:line: field: what is expected). Exit 0 only when clean.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario YAML file.")
    Path scenarioFile;

    @picocli.CommandLine.Mixin
    SharedOptions.Rules rules;

    @picocli.CommandLine.Option(names = "--policy", paramLabel = "NAME", defaultValue = Policies.DEFAULT,
            description = "The policy the scenario will run under: rules or stand-in (default: ${DEFAULT-VALUE}).")
    String policyName;

    @Override
    public Integer call() {
        Scenario s = ScenarioArgument.load(scenarioFile);
        // The rules and the scenario checked against each other: criteria sets, every parameter a rule reads, windows.
        Policies.choose(policyName, rules.dir).check(s);
        // The observations are read as run and backtest read them, so a file they would refuse fails here too.
        if (s.observed() != null) {
            no.bosim.scenario.ObservationLoader.load(s.observed(), no.bosim.backtest.Indicator.keys());
        }
        spec.commandLine().getOut().printf("ok: %s (%s to %s, %d kommuner, %d parameters, %d assumed figures, criteria %s)%n",
                s.name(), s.start(), s.end(), s.municipalities().size(), s.parameters().all().size(),
                Assumptions.inForce(s).size(), s.criteria());
        return 0;
    }
}
