package no.bosim.charts;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.bosim.contract.Columns;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One CSV file of a run's results, in either of bosim's dialects (comma and '.' decimals, or
 * Norwegian Excel: ';', decimal comma, BOM). Cells are read by column name; a missing file,
 * column or a cell that is not a number is a {@link ResultsProblem} naming file, line and column.
 */
final class Table {

    private final String file;
    private final Map<String, Integer> header;
    private final List<CSVRecord> rows;
    private final boolean decimalComma;

    private Table(String file, Map<String, Integer> header, List<CSVRecord> rows, boolean decimalComma) {
        this.file = file;
        this.header = header;
        this.rows = rows;
        this.decimalComma = decimalComma;
    }

    static Table read(Path dir, String name, List<String> required) {
        Path path = dir.resolve(name);
        if (!Files.isRegularFile(path)) {
            throw new ResultsProblem(path + ": missing; expected a bosim run's output folder (run `bosim run` first)");
        }
        try {
            String text = Files.readString(path, StandardCharsets.UTF_8);
            if (text.startsWith("\ufeff")) {
                text = text.substring(1);
            }
            String first = text.lines().findFirst().orElse("");
            char delimiter = first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count() ? ';' : ',';
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true).get();
            try (Reader r = new java.io.StringReader(text); CSVParser parser = CSVParser.parse(r, format)) {
                Map<String, Integer> header = parser.getHeaderMap();
                List<String> missing = required.stream().filter(c -> !header.containsKey(c)).toList();
                if (!missing.isEmpty()) {
                    throw new ResultsProblem(path + ": missing column(s) " + missing);
                }
                List<CSVRecord> rows = new ArrayList<>(parser.getRecords());
                for (CSVRecord row : rows) {
                    if (!row.isConsistent()) {
                        throw new ResultsProblem(path + ":" + (row.getRecordNumber() + 1) + ": has " + row.size()
                                + " columns; the header has " + header.size());
                    }
                }
                return new Table(path.toString(), header, rows, delimiter == ';');
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new ResultsProblem(path + ": cannot read as CSV: " + e.getMessage());
        }
    }

    /** The contract's file {@code name}, which must hold at least the columns {@code required}. */
    static Table read(Path dir, String name, Columns.Named... required) {
        return read(dir, name, java.util.Arrays.stream(required).map(Columns.Named::column).toList());
    }

    List<CSVRecord> rows() {
        return rows;
    }

    /** The column names in file order. */
    List<String> columns() {
        String[] names = new String[header.size()];
        header.forEach((name, i) -> names[i] = name);
        return List.of(names);
    }

    /** Whether the file is in the Norwegian Excel dialect (decimal comma). */
    boolean decimalComma() {
        return decimalComma;
    }

    String text(CSVRecord row, String column) {
        return row.get(column);
    }

    String text(CSVRecord row, Columns.Named column) {
        return text(row, column.column());
    }

    double number(CSVRecord row, Columns.Named column) {
        return number(row, column.column());
    }

    /** Whether the file has the column: a folder written before it was appended has not. */
    boolean has(Columns.Named column) {
        return header.containsKey(column.column());
    }

    /** A number cell; an empty cell is NaN (bosim writes no value, e.g. a mean over nobody, as empty). */
    double number(CSVRecord row, String column) {
        String cell = row.get(column).strip();
        if (cell.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(decimalComma ? cell.replace(',', '.') : cell);
        } catch (NumberFormatException e) {
            throw new ResultsProblem(file + ":" + (row.getRecordNumber() + 1) + ": column " + column + " is '" + cell
                    + "'; expected a number");
        }
    }
}
