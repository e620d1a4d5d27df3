package no.bosim.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import no.bosim.charts.FanCharts;
import no.bosim.ensemble.Ensemble;
import no.bosim.ensemble.EnsembleWriter;
import no.bosim.results.OutputFolder;
import no.bosim.scenario.InputException;
import no.bosim.scenario.Problem;
import no.bosim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bosim ensemble SCENARIO --runs N}: N seeded runs in parallel, reduced to per-month
 * percentiles, the probability per month of each warning, and fan charts. The same seed and N
 * give the same files whatever the number of threads.
 */
@Command(name = "ensemble", mixinStandardHelpOptions = true, versionProvider = Bosim.VersionProvider.class,
        description = "Runs a scenario N times (arrivals drawn around its path, processing times uncertain) and writes percentiles "
                + "P5-P95 per month, warning probabilities and fan charts.")
final class EnsembleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "Scenario YAML file (default: the shipped default).")
    Path scenarioFile;

    @Option(names = "--runs", required = true, paramLabel = "N", description = "Number of runs.")
    int runs;

    @Mixin
    SharedOptions.Threads threads;

    @Mixin
    SharedOptions.Seed seedOption;

    @Mixin
    SharedOptions.Output output;

    @Mixin
    SharedOptions.Excel excel;

    @Option(names = "--no-report", description = "Do not write report.html, the interactive page of the ensemble.")
    boolean noReport;

    @Option(names = "--xlsx", description = "Also write results.xlsx: every result file as a sheet.")
    boolean xlsx;

    @Mixin
    SharedOptions.Language language;

    @Override
    public Integer call() {
        String lang = language.code();
        PrintWriter stdout = spec.commandLine().getOut();
        if (runs < 1 || runs > 1_000_000) {
            throw new InputException(new Problem("--runs", 0, "", "is " + runs + "; expected 1 to 1 000 000"));
        }
        int t = threads.count();
        java.util.function.Supplier<Policies> loading = Policies.ahead(Policies.DEFAULT, null);
        Scenario scenario = ScenarioArgument.load(scenarioFile);
        scenario = seedOption.applyTo(scenario);
        Policies policies = loading.get();
        policies.check(scenario);
        Path dir = output.or(Path.of("out", scenario.name() + "-ensemble"));
        List<Path> inputs = ScenarioArgument.inputsOnDisk(List.of(scenario));
        try (OutputFolder folder = OutputFolder.open(dir, inputs, EnsembleWriter.FILES);
             Progress progress = new Progress(runs)) {
            long t0 = System.nanoTime();
            Ensemble.Result result = Ensemble.run(scenario, policies::newPolicy, runs, t, r -> progress.step());
            double seconds = (System.nanoTime() - t0) / 1e9;
            EnsembleWriter.write(result, folder, excel.dialect());
            FanCharts.draw(folder.work(), lang);
            if (xlsx) {
                no.bosim.charts.Workbook.write(folder.work(), folder.work());
            }
            if (!noReport) {
                no.bosim.charts.Report.write(folder.work(), folder.work(), lang);
            }
            folder.commit();
            progress.close();
            stdout.printf(Locale.ROOT, "%d runs of %s (%d months) on %d threads in %.1f s; seed %d%n", runs, scenario.name(),
                    scenario.horizonMonths(), t, seconds, scenario.seed());
            // People in whole people, shares in per cent: as the tables and the briefing show them.
            for (int k = 0; k < Ensemble.INDICATORS.size(); k++) {
                boolean share = Ensemble.INDICATORS.get(k).name().contains("share");
                java.util.function.DoubleFunction<String> shown = v -> share ? String.format(Locale.ROOT, "%.1f %%", 100 * v) : Summary.n(Math.round(v));
                stdout.printf(Locale.ROOT, "  %-24s P5 %12s   P50 %12s   P95 %12s%n", Ensemble.INDICATORS.get(k).name(),
                        shown.apply(result.indicatorQuantile(k, 0.05)), shown.apply(result.indicatorQuantile(k, 0.5)),
                        shown.apply(result.indicatorQuantile(k, 0.95)));
            }
            stdout.printf("Results in %s%n", folder.dir());
        }
        return 0;
    }
}
