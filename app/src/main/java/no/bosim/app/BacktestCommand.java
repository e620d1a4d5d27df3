package no.bosim.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import no.bosim.backtest.Backtest;
import no.bosim.backtest.BacktestWriter;
import no.bosim.backtest.Indicator;
import no.bosim.results.CsvDialect;
import no.bosim.results.OutputFolder;
import no.bosim.results.ResultsWriter;
import no.bosim.scenario.InputException;
import no.bosim.scenario.ObservationLoader;
import no.bosim.scenario.Observations;
import no.bosim.scenario.Problem;
import no.bosim.scenario.Scenario;
import no.bosim.simulator.RunResult;
import no.bosim.simulator.Simulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bosim backtest SCENARIO}: runs a scenario over years that already happened and sets it
 * against the observed figures it names ({@code observed:}): a table (indicator, period, model,
 * observed, error, tolerance, within), {@code backtest.csv}, one chart per indicator, and the usual
 * run outputs. With {@code --runs N} the model is the median of N runs and each observation is
 * checked against the P5-P95 band. A poor fit is a result (exit 0); bad observation files are bad input.
 */
@Command(name = "backtest", mixinStandardHelpOptions = true, versionProvider = Bosim.VersionProvider.class,
        description = "Runs a scenario over past years and compares it with the observed figures it names (observed: history/...): "
                + "prints the table and writes backtest.csv, backtest_series.csv, one chart per indicator and the run's usual files.")
final class BacktestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario YAML file that names its observations (observed:).")
    Path scenarioFile;

    @Option(names = "--runs", paramLabel = "N", description = "Compare the median of N stochastic runs and check each observation against their P5-P95 band.")
    Integer runs;

    @Mixin
    SharedOptions.Threads threads;

    @Mixin
    SharedOptions.Seed seedOption;

    @Mixin
    SharedOptions.Output output;

    @Mixin
    SharedOptions.Excel excel;

    @Option(names = "--no-report", description = "Do not write report.html, the interactive page of the backtest.")
    boolean noReport;

    @Option(names = "--no-charts", description = "Do not draw the charts.")
    boolean noCharts;

    @Mixin
    SharedOptions.Language language;

    @Override
    public Integer call() {
        String lang = language.code();
        PrintWriter stdout = spec.commandLine().getOut();
        if (runs != null && (runs < 2 || runs > 100_000)) {
            throw new InputException(new Problem("--runs", 0, "", "is " + runs + "; expected 2 to 100 000"));
        }
        int t = threads.count();
        java.util.function.Supplier<Policies> loading = Policies.ahead(Policies.DEFAULT, null);
        Scenario scenario = ScenarioArgument.load(scenarioFile);
        if (scenario.observed() == null) {
            throw new InputException(new Problem(scenario.chain().get(0), 0, "observed",
                    "missing; a backtest needs observed figures: name a file such as history/backtest-2019.yaml"));
        }
        scenario = seedOption.applyTo(scenario);
        Observations observations = ObservationLoader.load(scenario.observed(), Indicator.keys());
        Policies policies = loading.get();
        policies.check(scenario);
        Path dir = output.or(Path.of("out", scenario.name() + "-backtest"));
        List<String> own = new ArrayList<>(ResultsWriter.FILES);
        own.addAll(BacktestWriter.FILES);
        CsvDialect dialect = excel.dialect();
        try (OutputFolder folder = OutputFolder.open(dir, ScenarioArgument.inputsOnDisk(List.of(scenario)), own)) {
            RunResult run = Simulation.run(scenario, policies.newPolicy());
            Backtest.Result result;
            if (runs == null) {
                result = Backtest.of(run, observations);
            } else {
                try (Progress progress = new Progress(runs)) {
                    Scenario s = scenario;
                    result = Backtest.ensemble(s, observations, policies::newPolicy, runs, t, r -> progress.step());
                }
            }
            BacktestWriter.write(result, folder, dialect);
            ResultsWriter.write(run, folder, dialect, policies.ruleHashes());
            if (!noCharts) {
                no.bosim.charts.ChartWriter.drawAll(folder.work(), lang, null);
                no.bosim.charts.BacktestCharts.draw(folder.work(), lang);
            }
            if (!noReport) {
                no.bosim.charts.Report.write(folder.work(), folder.work(), lang);
            }
            folder.commit();
            print(result, stdout);
            stdout.printf("Results in %s%n", folder.dir());
        }
        return 0;
    }

    private static void print(Backtest.Result b, PrintWriter out) {
        boolean band = b.runs() > 1;
        out.printf("Backtest of %s, %s to %s%s, against %s%n", b.scenario().name(), b.scenario().start(), b.scenario().end(),
                band ? ", median of " + b.runs() + " runs" : ", " + b.scenario().mode().name().toLowerCase(Locale.ROOT) + " run",
                b.observations().file());
        out.printf("%-26s %-8s %12s %12s %9s %10s %7s %12s %9s%s%n", "indicator", "period", "model", "observed", "error", "tolerance",
                "within", "naive", "error", band ? String.format("%26s %8s", "P5-P95", "in band") : "");
        for (Backtest.Row r : b.rows()) {
            out.printf(Locale.ROOT, "%-26s %-8s %12s %12s %9s %10s %7s %12s %9s%s%n", r.indicator(), r.period(), n(r.model()),
                    n(r.observed()), Double.isNaN(r.errorPct()) ? "" : String.format(Locale.ROOT, "%+.1f %%", r.errorPct()),
                    "±" + r.tolerance(), r.input() ? "input" : r.within() ? "yes" : "no", n(r.naive()),
                    Double.isNaN(r.naiveErrorPct()) ? "" : String.format(Locale.ROOT, "%+.1f %%", r.naiveErrorPct()),
                    band ? String.format(Locale.ROOT, "%26s %8s", n(r.p5()) + " - " + n(r.p95()),
                            Boolean.TRUE.equals(r.inBand()) ? "yes" : "no") : "");
        }
        long tests = b.tests().size();
        long testsWithin = b.tests().stream().filter(Backtest.Row::within).count();
        out.printf("%d of %d observations within tolerance; of the %d that test the model (not inputs by construction), %d%s%n",
                b.within(), b.rows().size(), tests, testsWithin,
                band ? "; " + b.rows().stream().filter(r -> Boolean.TRUE.equals(r.inBand())).count() + " inside the P5-P95 band" : "");
        for (Backtest.Skill s : b.skills()) {
            out.printf(Locale.ROOT, "Skill against the naive forecast, %s: %+.2f over %d observations (model off by %s in all, naive by %s; naive: %s)%n",
                    s.indicator(), s.score(), s.observations(), n(s.modelError()), n(s.naiveError()), s.naiveName());
        }
        if (!b.outside().isEmpty()) {
            out.printf("%d observations lie outside the run (%s to %s) and are not compared: %s%n", b.outside().size(),
                    b.scenario().start(), b.scenario().end(), String.join(", ", b.outside().stream()
                            .map(o -> o.indicator() + " " + o.period() + " (line " + o.line() + ")").toList()));
        }
    }

    private static String n(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Math.abs(v) < 100 && v != Math.rint(v)) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        return Summary.n(Math.round(v)).replace('\u00a0', ' ');
    }
}
