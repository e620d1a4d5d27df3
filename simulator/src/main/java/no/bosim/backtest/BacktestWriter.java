package no.bosim.backtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import no.bosim.contract.OutputFiles;
import org.apache.commons.csv.CSVPrinter;
import no.bosim.results.CsvDialect;
import no.bosim.results.OutputFolder;

/**
 * Writes a backtest's comparison: {@code backtest.csv} (one row per observation: indicator,
 * period, model, observed, error_pct, tolerance, within; with an ensemble also p5, p95, in_band; then
 * naive, naive_error_pct, naive_forecast and input: the analyst's naive forecast and whether the figure is
 * an input by construction)
 * and {@code backtest_series.csv} (the model's value of each observed indicator in every period of
 * the run, for the charts' lines, with the indicator's kind: flow, stock or mean).
 */
public final class BacktestWriter {

    public static final String TABLE = OutputFiles.BACKTEST;
    public static final String SERIES = OutputFiles.BACKTEST_SERIES;
    public static final List<String> FILES = List.of(TABLE, SERIES);
    public static final List<String> COLUMNS = List.of("indicator", "period", "model", "observed", "error_pct", "tolerance", "within");
    public static final List<String> BAND_COLUMNS = List.of("p5", "p95", "in_band");
    /** Appended after the others: the spreadsheet baseline and what the row tests. */
    public static final List<String> NAIVE_COLUMNS = List.of("naive", "naive_error_pct", "naive_forecast", "input");

    private BacktestWriter() {
    }

    public static void write(Backtest.Result b, OutputFolder out, CsvDialect dialect) {
        boolean band = b.runs() > 1;
        try (CSVPrinter p = dialect.printer(out.stage(TABLE))) {
            List<String> header = new ArrayList<>(COLUMNS);
            if (band) {
                header.addAll(BAND_COLUMNS);
            }
            header.addAll(NAIVE_COLUMNS);
            p.printRecord(header);
            for (Backtest.Row r : b.rows()) {
                List<String> cells = new ArrayList<>(List.of(r.indicator(), r.period(), dialect.format(r.model()),
                        dialect.format(r.observed()), dialect.format(r.errorPct()), r.tolerance(), r.within() ? "yes" : "no"));
                if (band) {
                    cells.add(dialect.format(r.p5()));
                    cells.add(dialect.format(r.p95()));
                    cells.add(Boolean.TRUE.equals(r.inBand()) ? "yes" : "no");
                }
                cells.add(dialect.format(r.naive()));
                cells.add(dialect.format(r.naiveErrorPct()));
                cells.add(r.naiveName());
                cells.add(r.input() ? "yes" : "no");
                p.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (CSVPrinter p = dialect.printer(out.stage(SERIES))) {
            p.printRecord("indicator", "period", "model", "p5", "p95", "kind");
            for (Backtest.Point pt : b.line()) {
                p.printRecord(pt.indicator(), pt.period(), dialect.format(pt.model()), dialect.format(pt.p5()), dialect.format(pt.p95()),
                        Indicator.of(pt.indicator()).kindName());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
