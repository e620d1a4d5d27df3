package no.bosim.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import no.bosim.charts.ChartWriter;
import no.bosim.charts.ComparisonCharts;
import no.bosim.compare.Comparison;
import no.bosim.contract.OutputFiles;
import no.bosim.results.CsvDialect;
import no.bosim.results.OutputFolder;
import no.bosim.results.ResultsWriter;
import no.bosim.scenario.InputException;
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
 * {@code bosim compare A.yaml B.yaml ...}: runs the scenarios with one seed, so they share their
 * random numbers, and sets them side by side: key indicators with differences from the first,
 * per county, the ten kommuner that change most, and overlay charts.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = Bosim.VersionProvider.class,
        description = "Runs two or more scenarios with common random numbers and writes comparison tables and overlay charts; "
                + "each scenario's own results go to OUT/<name>/.")
final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "2..*", paramLabel = "SCENARIO", description = "Two or more scenario files; the first is the reference.")
    List<Path> scenarioFiles;

    @Mixin
    SharedOptions.Output output;

    @Mixin
    SharedOptions.Seed seedOption;

    @Mixin
    SharedOptions.Excel excel;

    @Option(names = "--no-report", description = "Do not write report.html, the interactive page of the comparison.")
    boolean noReport;

    @Mixin
    SharedOptions.Language language;

    @Option(names = "--runs", paramLabel = "N", description = "Also compare distributions: N seeded runs of each scenario "
            + "(run i of every scenario shares its seed), written to comparison-ensemble.csv.")
    Integer runs;

    @Mixin
    SharedOptions.Threads threads;

    @Override
    public Integer call() {
        String lang = language.code();
        PrintWriter stdout = spec.commandLine().getOut();
        List<Scenario> scenarios = new ArrayList<>();
        HashSet<String> names = new HashSet<>();
        Policies policies = Policies.choose(Policies.DEFAULT, null);
        for (Path f : scenarioFiles) {
            Scenario s = ScenarioArgument.load(f);
            if (!names.add(s.name())) {
                throw new InputException(new Problem(f.toString(), 0, "name", "'" + s.name() + "' is the name of another scenario "
                        + "in this comparison; each needs its own name (it names its output folder)"));
            }
            policies.check(s);
            scenarios.add(s);
        }
        Long given = seedOption.value();
        long common = given != null ? given : scenarios.get(0).seed();
        CsvDialect dialect = excel.dialect();
        Path dir = output.or(Path.of("out", "compare-" + scenarios.get(0).name() + "-" + scenarios.get(1).name()));
        if (runs != null && (runs < 2 || runs > 1_000_000)) {
            throw new InputException(new Problem("--runs", 0, "", "is " + runs + "; expected 2 to 1 000 000"));
        }
        int t = threads.count();
        List<String> own = new ArrayList<>(List.of(Comparison.TABLE, Comparison.COUNTIES, Comparison.KOMMUNER, DISTRIBUTIONS,
                no.bosim.compare.CountyEffects.FILE, "charts", MANIFEST,
                OutputFiles.REPORT, OutputFiles.BRIEFING));
        own.addAll(names);
        List<Path> inputs = ScenarioArgument.inputsOnDisk(scenarios);
        List<RunResult> results = new ArrayList<>();
        try (OutputFolder folder = OutputFolder.open(dir, inputs, own)) {
            for (Scenario s : scenarios) {
                RunResult r = Simulation.run(s.withSeed(common), policies.newPolicy());
                results.add(r);
                try (OutputFolder sub = OutputFolder.open(folder.work().resolve(s.name()), inputs, ResultsWriter.FILES)) {
                    ResultsWriter.write(r, sub, dialect, policies.ruleHashes());
                    ChartWriter.drawAll(sub.work(), lang, null);
                    sub.commit();
                }
            }
            Comparison comparison = new Comparison(results);
            comparison.write(folder.work(), dialect);
            // Each fylke's change with its interval over paired runs: a change within the run-to-run spread is not a finding.
            no.bosim.compare.CountyEffects effects = no.bosim.compare.CountyEffects.of(scenarios, common, policies::newPolicy,
                    runs == null ? COUNTY_RUNS : runs, t);
            effects.write(folder.work().resolve(no.bosim.compare.CountyEffects.FILE), dialect);
            ComparisonCharts.draw(folder.work(), scenarios.stream().map(Scenario::name).toList(), lang);
            print(comparison, stdout);
            printCounties(effects, stdout);
            printKommuner(results, stdout);
            if (runs != null) {
                compareDistributions(scenarios, common, policies, folder.stage(DISTRIBUTIONS), dialect, stdout);
            }
            folder.manifest(MANIFEST, Comparison.manifest(scenarios, common, runs));
            if (!noReport) {
                no.bosim.charts.Report.write(folder.work(), folder.work(), lang);
            }
            folder.commit();
            stdout.printf("Comparison in %s (seed %d for every run)%n", folder.dir(), common);
        }
        return 0;
    }

    static final String DISTRIBUTIONS = OutputFiles.COMPARISON_ENSEMBLE;
    /** Paired runs for each fylke's interval when --runs is not given: enough to tell a sure change from chance. */
    static final int COUNTY_RUNS = 20;

    /** Each fylke whose requests or decisions change for sure, with the interval; the others named once. */
    private static void printCounties(no.bosim.compare.CountyEffects effects, PrintWriter out) {
        out.printf("Change per fylke %d-%d over %d paired runs (median, 5-95 %%):%n", effects.fromYear(), effects.toYear(), effects.runs());
        java.util.Set<String> unsure = new java.util.TreeSet<>();
        for (var r : effects.rows()) {
            if (r.measure().equals("bosatt")) {
                continue;
            }
            if (r.sure()) {
                out.printf("  %-18s %-8s %s %s (%s to %s)%n", r.fylke(), r.measure(), r.scenario(), Summary.signed(r.p50()),
                        Summary.signed(r.p5()), Summary.signed(r.p95()));
            } else {
                unsure.add(r.fylke() + " (" + r.measure() + ")");
            }
        }
        if (!unsure.isEmpty()) {
            out.println("  no sure change: " + String.join(", ", unsure));
        }
    }

    /** The ten kommuner whose requests over the run change most, each scenario against the first. */
    private static void printKommuner(List<RunResult> results, PrintWriter out) {
        java.util.Map<String, int[]> ref = new java.util.TreeMap<>();
        java.util.Map<String, String> names = new java.util.TreeMap<>();
        results.get(0).kommuneYears().forEach(k -> {
            ref.computeIfAbsent(k.kommunenummer(), x -> new int[1])[0] += k.anmodet();
            names.put(k.kommunenummer(), k.kommune());
        });
        for (RunResult r : results.subList(1, results.size())) {
            java.util.Map<String, int[]> these = new java.util.TreeMap<>();
            r.kommuneYears().forEach(k -> these.computeIfAbsent(k.kommunenummer(), x -> new int[1])[0] += k.anmodet());
            List<String> top = these.keySet().stream().sorted(java.util.Comparator.comparingInt((String k) ->
                    -Math.abs(these.get(k)[0] - ref.getOrDefault(k, new int[1])[0])).thenComparing(k -> k)).limit(10).toList();
            out.printf("The ten kommuner whose requests change most (%s against %s, all years):%n", r.scenario().name(),
                    results.get(0).scenario().name());
            for (String k : top) {
                int a = ref.getOrDefault(k, new int[1])[0];
                int b = these.get(k)[0];
                out.printf("  %s %-22s %8s -> %8s  %s%n", k, names.getOrDefault(k, ""), Summary.n(a), Summary.n(b), Summary.signed(b - a));
            }
        }
    }
    static final String MANIFEST = OutputFiles.COMPARISON_MANIFEST;

    /** Each indicator's P5, P50 and P95 over N runs per scenario, and the difference of medians from the first. */
    private void compareDistributions(List<Scenario> scenarios, long common, Policies policies, Path file, CsvDialect dialect,
                                      PrintWriter out) {
        int t = threads.count();
        List<no.bosim.ensemble.Ensemble.Result> results = new ArrayList<>();
        for (Scenario s : scenarios) {
            results.add(no.bosim.ensemble.Ensemble.run(s.withSeed(common), policies::newPolicy, runs, t, null));
        }
        try (org.apache.commons.csv.CSVPrinter p = dialect.printer(file)) {
            List<String> header = new ArrayList<>(List.of("indicator", "quantile"));
            scenarios.forEach(s -> header.add(s.name()));
            scenarios.subList(1, scenarios.size()).forEach(s -> header.add(s.name() + " - " + scenarios.get(0).name()));
            p.printRecord(header);
            for (int k = 0; k < no.bosim.ensemble.Ensemble.INDICATORS.size(); k++) {
                for (double q : new double[] {0.05, 0.5, 0.95}) {
                    List<String> row = new ArrayList<>(List.of(no.bosim.ensemble.Ensemble.INDICATORS.get(k).name(), "p" + Math.round(q * 100)));
                    double first = results.get(0).indicatorQuantile(k, q);
                    for (var r : results) {
                        row.add(dialect.format(r.indicatorQuantile(k, q)));
                    }
                    for (var r : results.subList(1, results.size())) {
                        row.add(dialect.format(r.indicatorQuantile(k, q) - first));
                    }
                    p.printRecord(row);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        out.printf("Distributions over %d runs per scenario in %s%n", runs, file.getFileName());
    }

    /** The indicators side by side under a header naming the scenarios, with each one's difference from the first. */
    private static void print(Comparison c, PrintWriter out) {
        List<String> names = c.names();
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-34s %5s", "indicator", "year"));
        names.forEach(n -> header.append(String.format(Locale.ROOT, " %16s", clip(n))));
        names.subList(1, names.size()).forEach(n -> header.append(String.format(Locale.ROOT, " %16s", clip("Δ " + n))));
        out.println(header);
        for (var r : c.indicators()) {
            if (!r.year().isEmpty() && !r.indicator().equals("settled") && !r.indicator().equals("coverage")) {
                continue;
            }
            boolean share = r.unit().equals("share");
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-34s %5s", r.indicator(), r.year()));
            for (double v : r.values()) {
                line.append(share ? String.format(Locale.ROOT, " %16.3f", v) : " " + String.format("%16s", Summary.n(Math.round(v))));
            }
            for (int i = 1; i < r.values().length; i++) {
                double d = r.values()[i] - r.values()[0];
                line.append(share ? String.format(Locale.ROOT, " %+16.3f", d) : " " + String.format("%16s", (d > 0 ? "+" : "") + Summary.n(Math.round(d))));
            }
            out.println(line);
        }
    }

    private static String clip(String s) {
        return s.length() <= 16 ? s : s.substring(0, 15) + "…";
    }
}
