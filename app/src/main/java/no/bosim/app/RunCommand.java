package no.bosim.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import no.bosim.results.CsvDialect;
import no.bosim.results.OutputFolder;
import no.bosim.results.ResultsWriter;
import no.bosim.scenario.Assumptions;
import no.bosim.scenario.Mode;
import no.bosim.scenario.Scenario;
import no.bosim.simulator.RunResult;
import no.bosim.simulator.Simulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bosim run}: simulate one scenario and write its results. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Bosim.VersionProvider.class,
        description = "Runs a scenario (the shipped default when none is named) and writes timeseries.csv, "
                + "municipalities.csv, alerts.csv, capacity_orders.csv, costs.csv, manifest.json and six charts to the output folder.")
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "Scenario YAML file (default: the shipped default scenario).")
    Path scenarioFile;

    @Mixin
    SharedOptions.Output output;

    @Mixin
    SharedOptions.Seed seedOption;

    @Option(names = "--deterministic", description = "Expected values instead of random draws, still in whole people (for briefings).")
    boolean deterministic;

    @Mixin
    SharedOptions.Excel excel;

    @Option(names = "--no-report", description = "Do not write report.html, the interactive page of the run.")
    boolean noReport;

    @Option(names = "--xlsx", description = "Also write results.xlsx: every result file as a sheet, kommunenummer as text, months as dates.")
    boolean xlsx;

    @Option(names = "--no-charts", description = "Do not draw the charts (they go to OUT/charts/ by default).")
    boolean noCharts;

    @Mixin
    SharedOptions.Language language;

    @Option(names = "--policy", paramLabel = "NAME", defaultValue = Policies.DEFAULT,
            description = "Which policy makes the decisions: rules or stand-in (default: ${DEFAULT-VALUE}).")
    String policyName;

    @Mixin
    SharedOptions.Rules rules;

    @Override
    public Integer call() {
        String lang = language.code();
        PrintWriter stdout = spec.commandLine().getOut();
        java.util.function.Supplier<Policies> loading = Policies.ahead(policyName, rules.dir);
        Scenario scenario = ScenarioArgument.load(scenarioFile);
        scenario = seedOption.applyTo(scenario);
        if (deterministic) {
            scenario = scenario.withMode(Mode.DETERMINISTIC);
        }
        Policies policies = loading.get();
        policies.check(scenario);
        Path dir = output.or(Path.of("out", scenario.name()));
        List<Path> inputs = ScenarioArgument.inputsOnDisk(List.of(scenario));
        // Read before the folder opens, so a bad observations file leaves nothing behind.
        no.bosim.scenario.Observations observed = scenario.observed() == null ? null
                : no.bosim.scenario.ObservationLoader.load(scenario.observed(), no.bosim.backtest.Indicator.keys());
        try (OutputFolder folder = OutputFolder.open(dir, inputs, ResultsWriter.FILES)) {
            RunResult result = Simulation.run(scenario, policies.newPolicy());
            CsvDialect dialect = excel.dialect();
            if (observed != null) {
                no.bosim.backtest.ObservedWriter.write(scenario, observed, folder, dialect);
            }
            ResultsWriter.write(result, folder, dialect, policies.ruleHashes());
            Path work = folder.work();
            Alongside.run(() -> {
                if (!noCharts) {
                    no.bosim.charts.ChartWriter.drawAll(work, lang, null);
                }
                if (xlsx) {
                    no.bosim.charts.Workbook.write(work, work);
                }
            }, () -> {
                if (!noReport) {
                    no.bosim.charts.Report.write(work, work, lang);
                }
            });
            folder.commit();
            Summary.print(result, stdout);
            int assumed = Assumptions.inForce(scenario).size();
            stdout.printf("%d assumed figures in force (listed in manifest.json).%n", assumed);
            stdout.printf("Results in %s%n", folder.dir());
        }
        return 0;
    }
}
