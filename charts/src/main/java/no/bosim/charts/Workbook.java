package no.bosim.charts;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import no.bosim.contract.OutputFiles;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Worksheet;

/**
 * A run's result files as one Excel workbook ({@value #FILE}), a sheet per file, with typed cells
 * so Excel neither strips the leading zero of 0301 nor turns 2024-01 or clause 1.2 into a date:
 * codes, clauses and words as text, months as dates shown as yyyy-mm, years as whole numbers,
 * counts and amounts as numbers, shares as percentages. Header rows are bold and frozen, columns
 * sized to their contents. The CSV files stay as they are; the workbook is made from them.
 */
public final class Workbook {

    public static final String FILE = OutputFiles.WORKBOOK;

    /** The result files a workbook takes, in sheet order, when the folder has them. */
    static final List<String> SHEETS = List.of(OutputFiles.TIMESERIES, OutputFiles.MUNICIPALITIES, OutputFiles.ALERTS, OutputFiles.COSTS,
            OutputFiles.CAPACITY_ORDERS, OutputFiles.OBSERVED, OutputFiles.BACKTEST, OutputFiles.BACKTEST_SERIES, OutputFiles.REQUESTS, OutputFiles.ENSEMBLE,
            OutputFiles.ENSEMBLE_INDICATORS, OutputFiles.WARNING_PROBABILITY, OutputFiles.COMPARISON, OutputFiles.COMPARISON_COUNTIES,
            OutputFiles.COMPARISON_KOMMUNER, OutputFiles.COMPARISON_ENSEMBLE);
    /** Columns that hold codes or words even where they look like numbers (kommunenummer, a clause "1.2", a period). */
    private static final Set<String> TEXT = Set.of("kommunenummer", "fylkesnummer", "clause", "subject", "rule_id", "rule_ids",
            "period", "indicator", "quantile", "kind", "severity", "message", "kommune", "fylke", "scenario", "series");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern SHARE_COLUMN = Pattern.compile(".*(share|occupancy|coverage|andel|probability).*");

    private Workbook() {
    }

    /** Writes {@code into/results.xlsx} from the result files in {@code runDir}; returns the sheets written. */
    public static List<String> write(Path runDir, Path into) {
        for (String manifest : List.of(OutputFiles.MANIFEST, OutputFiles.ENSEMBLE_MANIFEST, OutputFiles.COMPARISON_MANIFEST, OutputFiles.REQUESTS_MANIFEST)) {
            if (Files.isRegularFile(runDir.resolve(manifest))) {
                Manifest.verifyListed(runDir, runDir.resolve(manifest));
            }
        }
        List<Table> tables = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String file : SHEETS) {
            if (Files.isRegularFile(runDir.resolve(file))) {
                tables.add(Table.read(runDir, file, List.of()));
                names.add(file.replace(".csv", ""));
            }
        }
        if (tables.isEmpty()) {
            throw new ResultsProblem(runDir + ": holds no result files of bosim; expected a run, ensemble, backtest, requests or compare folder");
        }
        Path target = into.resolve(FILE);
        try (OutputStream out = Files.newOutputStream(target)) {
            org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "bosim", "1.0");
            for (int t = 0; t < tables.size(); t++) {
                sheet(wb.newWorksheet(names.get(t)), tables.get(t));
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static void sheet(Worksheet ws, Table table) {
        List<String> columns = table.columns();
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            ws.value(0, c, columns.get(c));
            ws.style(0, c).bold().set();
            widths[c] = columns.get(c).length();
        }
        ws.freezePane(0, 1);
        int r = 1;
        for (CSVRecord row : table.rows()) {
            for (int c = 0; c < columns.size(); c++) {
                String column = columns.get(c);
                String cell = row.get(c).strip();
                widths[c] = Math.max(widths[c], Math.min(60, cell.length()));
                if (cell.isEmpty()) {
                    continue;
                }
                if (TEXT.contains(column)) {
                    ws.value(r, c, cell);
                } else if (MONTH.matcher(cell).matches()) {
                    ws.value(r, c, YearMonth.parse(cell).atDay(1));
                    ws.style(r, c).format("yyyy-mm").set();
                } else {
                    Double number = number(cell, table.decimalComma());
                    if (number == null) {
                        ws.value(r, c, cell);
                    } else {
                        ws.value(r, c, number);
                        String format = column.equals("year") ? "0"
                                : SHARE_COLUMN.matcher(column).matches() && Math.abs(number) <= 10 ? "0.0%"
                                : number == Math.rint(number) ? "#,##0" : "#,##0.00";
                        ws.style(r, c).format(format).set();
                    }
                }
            }
            r++;
        }
        for (int c = 0; c < columns.size(); c++) {
            ws.width(c, Math.max(8, widths[c] + 2));
        }
    }

    private static Double number(String cell, boolean decimalComma) {
        try {
            return Double.parseDouble(decimalComma ? cell.replace(',', '.') : cell);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
