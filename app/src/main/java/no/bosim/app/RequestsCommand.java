package no.bosim.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import no.bosim.backtest.RequestFit;
import no.bosim.contract.OutputFiles;
import no.bosim.results.CsvDialect;
import no.bosim.results.OutputFolder;
import no.bosim.rules.Policy;
import no.bosim.scenario.InputException;
import no.bosim.scenario.Municipality;
import no.bosim.scenario.Problem;
import no.bosim.scenario.RequestSeries;
import no.bosim.scenario.Scenario;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bosim requests}: what the request criteria ask of each kommune for a year's need, and,
 * where the scenario has IMDi's real requests for that year, how close they come: the mean absolute
 * error per kommune (plain and weighted by the real request) and the ten largest kommuner's ratios.
 */
@Command(name = "requests", mixinStandardHelpOptions = true, versionProvider = Bosim.VersionProvider.class,
        description = {"Distributes a year's need over the kommuner by the request criteria and, where the scenario has IMDi's "
                + "requests per kommune for the year, compares: writes requests.csv and prints the fit.",
                "  bosim requests --year 2024                       IMDi's 2024 need (37 000) by the 2024 criteria",
                "  bosim requests --year 2025 --county-from-last    with 2024's county distribution as a proxy"})
final class RequestsCommand implements Callable<Integer> {

    static final String FILE = OutputFiles.REQUESTS;
    static final String MANIFEST = OutputFiles.REQUESTS_MANIFEST;
    static final List<String> COLUMNS = List.of("kommunenummer", "kommune", "fylke", "population", "anmodet_model",
            "anmodet_em_model", "anmodet_imdi", "difference");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "Scenario YAML file (default: the shipped default).")
    Path scenarioFile;

    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "The settlement year to distribute.")
    int year;

    @Option(names = "--need", paramLabel = "N", description = "The national need (default: IMDi's request in force at the year's end, from the scenario).")
    Integer need;

    @Option(names = "--need-em", paramLabel = "N", description = "Of which unaccompanied minors (default: as --need).")
    Integer needEm;

    @Option(names = "--criteria", paramLabel = "SET", description = "Criteria set (default: the scenario's for the year).")
    String criteria;

    @Option(names = "--county-from-last", description = "Split the need to counties by the last earlier year's county distribution, "
            + "as a forecast year would, instead of the year's own.")
    boolean countyFromLast;

    @Mixin
    SharedOptions.Rules rules;

    @Mixin
    SharedOptions.Output output;

    @Mixin
    SharedOptions.Excel excel;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        Scenario scenario = ScenarioArgument.load(scenarioFile);
        Policies policies = Policies.choose("rules", rules.dir);
        policies.check(scenario);
        // The rules reach no further than the scenario: its population, criteria and parameters end with it.
        if (year > scenario.end().getYear()) {
            throw new InputException(new Problem("--year", 0, "", "is " + year + "; expected a year up to "
                    + scenario.end().getYear() + ", the last of scenario " + scenario.name()));
        }
        String set = criteria != null ? criteria : scenario.criteria().forYear(year);
        if (!policies.criteriaSets().contains(set)) {
            throw new InputException(new Problem("--criteria", 0, "", "is '" + set + "'; the rule files define " + policies.criteriaSets()));
        }
        YearMonth madeIn = no.bosim.backtest.RequestFit.planningMonth(scenario, year);
        scenario.parameters().all().values().stream().filter(p -> p.inForce(madeIn).isEmpty()).findFirst().ifPresent(p -> {
            throw new InputException(new Problem("--year", 0, "", "is " + year + "; its plan is made in " + madeIn
                    + ", before the parameters' first values (" + p.name() + " from " + p.values().get(0).from()
                    + "); expected a later year"));
        });
        RequestSeries.Row known = scenario.requests().inForce(year, YearMonth.of(year, 12)).orElse(null);
        if (need == null && known == null) {
            throw new InputException(new Problem("--need", 0, "", "missing: the scenario has no request for " + year + "; give the need"));
        }
        int n = need != null ? need : known.anmodet();
        int em = needEm != null ? needEm : need == null ? known.anmodetEm() : 0;
        if (n < 0) {
            throw new InputException(new Problem("--need", 0, "", "is " + n + "; expected 0 or more people"));
        }
        if (em < 0 || em > n) {
            throw new InputException(new Problem("--need-em", 0, "", "is " + em + " of a need of " + n + "; expected 0 to the need"));
        }
        Map<String, Integer> real = new TreeMap<>();
        boolean compare = scenario.history().hasYear(year);
        if (compare) {
            for (Municipality m : scenario.municipalities()) {
                real.put(m.kommunenummer(), Math.max(0, scenario.history().anmodet(year, m.kommunenummer())));
            }
        }
        RequestFit.Result fit;
        try (Policy policy = policies.newPolicy()) {
            fit = RequestFit.of(scenario, policy, year, n, em, set, real, countyFromLast);
        }
        Path dir = output.or(Path.of("out", scenario.name() + "-requests-" + year));
        CsvDialect dialect = excel.dialect();
        try (OutputFolder folder = OutputFolder.open(dir, ScenarioArgument.inputsOnDisk(List.of(scenario)), List.of(FILE, MANIFEST))) {
            try (CSVPrinter p = dialect.printer(folder.stage(FILE))) {
                p.printRecord(COLUMNS);
                for (RequestFit.Row r : fit.rows()) {
                    p.printRecord(r.kommunenummer(), r.kommune(), r.fylke(), r.population(), r.model(), r.modelEm(),
                            compare ? Integer.toString(r.real()) : "", compare ? Integer.toString(r.difference()) : "");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("bosim_version", no.bosim.results.Version.get());
            m.put("scenario", scenario.name());
            m.put("scenario_sha256", scenario.sha256());
            m.put("year", year);
            folder.manifest(MANIFEST, m);
            folder.commit();
            print(fit, compare, stdout);
            stdout.printf("Requests in %s%n", folder.dir().resolve(FILE));
        }
        return 0;
    }

    private static void print(RequestFit.Result f, boolean compare, PrintWriter out) {
        out.printf(Locale.ROOT, "Requests for %d: a need of %d (%d minors) under the %s criteria; %s; %s%n", f.year(), f.need(), f.needEm(),
                f.criteria(), f.countyYear() > 0 ? "to counties by IMDi's county distribution of " + f.countyYear()
                        : "to counties by their kommuner's weight", f.lastYear() > 0 ? "continuity from the requests of " + f.lastYear()
                        : "no earlier requests for continuity");
        if (!compare) {
            out.println("The scenario has no IMDi requests per kommune for " + f.year() + " to compare with.");
            return;
        }
        out.printf(Locale.ROOT, "Against IMDi's requests: mean absolute error %.1f per kommune (a quarter of the mean request is %.1f); "
                + "weighted by the request %.1f%n", f.meanAbsoluteError(), f.meanRequest() / 4, f.weightedMeanAbsoluteError());
        out.printf("%-24s %8s %8s %7s%n", "ten largest kommuner", "model", "IMDi", "ratio");
        for (RequestFit.Row r : f.largest()) {
            out.printf(Locale.ROOT, "%-24s %8d %8d %7s%n", r.kommune(), r.model(), r.real(),
                    r.real() == 0 ? "-" : String.format(Locale.ROOT, "%.2f", (double) r.model() / r.real()));
        }
    }
}
