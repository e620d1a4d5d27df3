package no.bosim.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import no.bosim.scenario.DataSeries;
import no.bosim.scenario.ObservationLoader;
import no.bosim.scenario.Observations;
import no.bosim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bosim data}: every series a scenario rests on, the last month its observed figures reach,
 * their source, how old that is today, and what continues the series after it (an assumption the
 * run says it makes). An analyst asks this before trusting a projection.
 */
@Command(name = "data", mixinStandardHelpOptions = true, versionProvider = Bosim.VersionProvider.class,
        description = "Lists every series a scenario rests on (stocks at the start, arrivals, IMDi's requests, population, "
                + "IMDi's figures per kommune, observations): the last month its observed figures reach, their source, "
                + "their age today and the assumption that continues the series after them.")
final class DataCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "Scenario YAML file (default: the shipped default scenario).")
    Path scenarioFile;

    @Override
    public Integer call() {
        Scenario s = ScenarioArgument.load(scenarioFile);
        List<DataSeries> all = series(s);
        PrintWriter out = spec.commandLine().getOut();
        YearMonth today = YearMonth.now();
        out.printf("Scenario %s: %s to %s; %s%n", s.name(), s.start(), s.end(), s.replaysHistory()
                ? "history replayed to " + s.projectionFrom().minusMonths(1) + ", projected from " + s.projectionFrom()
                : "projected from its start");
        out.printf("%-44s %-12s %9s  %s%n", "series", "observed to", "age", "source; then");
        for (DataSeries x : all) {
            String age = x.observedTo() == null ? "" : ChronoUnit.MONTHS.between(x.observedTo(), today) + " mo";
            out.printf("%-44s %-12s %9s  %s%s%n", x.name(), x.observedTo() == null ? "-" : x.observedTo(), age, x.source(),
                    x.continuedBy().isEmpty() ? "" : "; then " + x.continuedBy());
        }
        return 0;
    }

    /** The scenario's series, then the last observation of each indicator it names. */
    static List<DataSeries> series(Scenario s) {
        List<DataSeries> out = new ArrayList<>(DataSeries.of(s));
        if (s.observed() != null) {
            Observations obs = ObservationLoader.load(s.observed(), no.bosim.backtest.Indicator.keys());
            Map<String, Observations.Observation> last = new TreeMap<>();
            for (Observations.Observation o : obs.observations()) {
                Observations.Observation l = last.get(o.indicator());
                if (l == null || end(o).isAfter(end(l))) {
                    last.put(o.indicator(), o);
                }
            }
            last.values().forEach(o -> out.add(new DataSeries("observed " + o.indicator(), end(o), o.source().title(), "", "")));
        }
        return out;
    }

    private static YearMonth end(Observations.Observation o) {
        return o.month() != null ? o.month() : YearMonth.of(o.year(), 12);
    }
}
