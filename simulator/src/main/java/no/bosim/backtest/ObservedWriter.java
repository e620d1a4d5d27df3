package no.bosim.backtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.List;
import no.bosim.contract.OutputFiles;
import org.apache.commons.csv.CSVPrinter;
import no.bosim.results.Contract;
import no.bosim.results.CsvDialect;
import no.bosim.results.OutputFolder;
import no.bosim.scenario.Observations;
import no.bosim.scenario.Scenario;

/**
 * Writes {@code observed.csv} into a run's folder: the observed figures of the scenario's
 * {@code observed:} file whose period lies within the run (indicator, period, value, source), so
 * the charts and the briefing can show what really happened beside the model and where history
 * ends and the projection begins. A run whose scenario names no observations writes no such file.
 */
public final class ObservedWriter {

    public static final List<String> COLUMNS = List.of("indicator", "period", "value", "source");

    private ObservedWriter() {
    }

    /** The observations within the run, in the file's order. */
    public static List<Observations.Observation> within(Scenario s, Observations observations) {
        return observations.observations().stream().filter(o -> {
            YearMonth first = o.month() != null ? o.month() : YearMonth.of(o.year(), 1);
            YearMonth last = o.month() != null ? o.month() : YearMonth.of(o.year(), 12);
            return !first.isBefore(s.start()) && !last.isAfter(s.end());
        }).toList();
    }

    public static void write(Scenario s, Observations observations, OutputFolder out, CsvDialect dialect) {
        try (CSVPrinter p = dialect.printer(out.stage(OutputFiles.OBSERVED))) {
            p.printRecord(COLUMNS);
            for (Observations.Observation o : within(s, observations)) {
                p.printRecord(o.indicator(), o.period(), dialect.format(o.value()), o.source().toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
