package no.bosim.scenario;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A comma-separated UTF-8 input table with a header row, read whole with each row's line number.
 * Rows with the wrong number of columns, missing columns and unparsable cells become problems
 * naming file, line and column.
 */
final class CsvTable {

    private static final Pattern URL = Pattern.compile("https?://\\S+");

    private final String file;
    private final List<String> columns;
    private final List<Row> rows;
    private final Problems problems;

    private CsvTable(String file, List<String> columns, List<Row> rows, Problems problems) {
        this.file = file;
        this.columns = columns;
        this.rows = rows;
        this.problems = problems;
    }

    /** One data row and the line it starts on. */
    record Row(CSVRecord record, int line) {
        String get(String column) {
            return record.get(column).strip();
        }

        /**
         * A name as given, only spaces around it trimmed: a leading tab is a user's own defence against
         * spreadsheet formulas and is kept (the Excel output neutralises such cells itself).
         */
        String name(String column) {
            return record.get(column).replaceAll("^ +| +$", "");
        }

        /** The cell of an optional column, or null where the column is missing or the cell empty. */
        String optional(String column) {
            if (!record.isMapped(column) || !record.isSet(column)) {
                return null;
            }
            String text = record.get(column).strip();
            return text.isEmpty() ? null : text;
        }
    }

    static Optional<CsvTable> read(Path path, String shownAs, List<String> required, Problems problems) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setCommentMarker('#').setIgnoreEmptyLines(true).get();
        Optional<String> text = TextFile.read(path, shownAs, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try (CSVParser parser = CSVParser.parse(text.get(), format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            List<String> missing = required.stream().filter(c -> !header.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                problems.add(shownAs, 1, "", "missing column(s) " + missing + "; the header must name " + required);
                return Optional.empty();
            }
            List<Row> rows = new ArrayList<>();
            int before = problems.list().size();
            long lineStart = parser.getCurrentLineNumber() + 1;
            for (CSVRecord record : parser) {
                int line = (int) lineStart;
                lineStart = parser.getCurrentLineNumber() + 1;
                if (!record.isConsistent()) {
                    problems.add(shownAs, line, "", "has " + record.size() + " columns; the header has " + header.size());
                    continue;
                }
                rows.add(new Row(record, line));
            }
            if (rows.isEmpty() && problems.list().size() == before) {
                problems.add(shownAs, 0, "", "has no data rows");
            }
            return Optional.of(new CsvTable(shownAs, List.copyOf(parser.getHeaderNames()), rows, problems));
        } catch (IOException | IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            problems.add(shownAs, 0, "", "cannot read as CSV: " + e.getMessage());
            return Optional.empty();
        }
    }

    List<Row> rows() {
        return rows;
    }

    /** The header's column names, in order. */
    List<String> columns() {
        return columns;
    }

    String file() {
        return file;
    }

    void problem(Row row, String column, String message) {
        problems.add(file, row.line(), column, message);
    }

    /** A whole number at least {@code min}; empty cells are allowed only when {@code optional}. */
    Integer whole(Row row, String column, long min, boolean optional) {
        String text = row.get(column).replace(" ", "").replace("\u00a0", "");
        if (text.isEmpty()) {
            if (!optional) {
                problem(row, column, "is empty; expected a whole number >= " + min);
            }
            return null;
        }
        try {
            long value = Long.parseLong(text);
            if (value < min || value > Limits.MAX_COUNT) {
                problem(row, column, "is " + value + "; expected a whole number from " + min + " to " + Limits.shown(Limits.MAX_COUNT));
                return null;
            }
            return (int) value;
        } catch (NumberFormatException e) {
            problem(row, column, text.matches("-?\\d+") ? "is " + text + "; expected a whole number from " + min + " to "
                    + Limits.shown(Limits.MAX_COUNT) : "is '" + text + "'; expected a whole number");
            return null;
        }
    }

    /** A number (dot decimals), finite. */
    Double number(Row row, String column) {
        String text = row.get(column).replace(" ", "").replace("\u00a0", "");
        try {
            double v = Double.parseDouble(text);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            problem(row, column, "is '" + text + "'; expected a number such as 4822 or 3.3");
            return null;
        }
    }

    YearMonth month(Row row, String column) {
        String text = row.get(column);
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            problem(row, column, "is '" + text + "'; expected a month as YYYY-MM");
            return null;
        }
    }

    /**
     * Reads a basis cell: {@code source: title https://...} or {@code assumption: text}. The
     * optional column {@code grunnlag} holds the same in Norwegian (the source's title or the
     * assumption's reason, without the URL), for briefings and reports in Norwegian.
     */
    Basis basis(Row row, String column) {
        String text = row.get(column);
        String nb = row.optional("grunnlag");
        if (text.startsWith("assumption:") && text.length() > "assumption:".length() + 1) {
            return new Basis.Assumption(text.substring("assumption:".length()).strip(), nb);
        }
        if (text.startsWith("source:")) {
            Matcher url = URL.matcher(text);
            if (url.find()) {
                String title = (text.substring("source:".length(), url.start()) + text.substring(url.end())).strip();
                return new Basis.Source(title.isEmpty() ? url.group() : title, url.group(), nb);
            }
            problem(row, column, "names a source without a web address; expected 'source: title https://...'");
            return null;
        }
        problem(row, column, "is '" + text + "'; expected 'source: title https://...' or 'assumption: why this figure'");
        return null;
    }
}
