package no.bosim.charts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.bosim.contract.OutputFiles;
import org.apache.commons.csv.CSVRecord;

/**
 * A finished bosim folder (run, backtest, ensemble or comparison) as the one JSON object the HTML
 * report embeds: its kind, its manifest as the text bosim wrote, and each result table column by
 * column (numbers as numbers, codes such as kommunenummer {@code 0301} as text). The data is embedded
 * once; every chart and table of the page reads it from there.
 */
final class ReportData {

    /** The kinds of folder bosim writes, told apart by their manifest (and a run's backtest table). */
    enum Kind { RUN, BACKTEST, ENSEMBLE, COMPARE, SWEEP }

    /** The tables each kind embeds (optional ones are embedded when present). */
    private static final List<String> RUN_TABLES = List.of(OutputFiles.TIMESERIES, OutputFiles.MUNICIPALITIES, OutputFiles.ALERTS, OutputFiles.COSTS,
            OutputFiles.CAPACITY_ORDERS, OutputFiles.OBSERVED);
    private static final List<String> BACKTEST_TABLES = List.of(OutputFiles.BACKTEST, OutputFiles.BACKTEST_SERIES);
    private static final List<String> ENSEMBLE_TABLES = List.of(OutputFiles.ENSEMBLE, OutputFiles.ENSEMBLE_INDICATORS,
            OutputFiles.WARNING_PROBABILITY);
    private static final List<String> SWEEP_TABLES = List.of(OutputFiles.SWEEP, OutputFiles.SWEEP_INDICES);
    // comparison-kommuner.csv is left out: the page builds its kommune table and maps from each run's own rows,
    // and the file (every kommune, every year) would double the page.
    private static final List<String> COMPARE_TABLES = List.of(OutputFiles.COMPARISON, OutputFiles.COMPARISON_COUNTIES);
    /** Columns that hold codes or clause numbers, kept as text even where every cell looks like a number. */
    private static final Set<String> TEXT_COLUMNS = Set.of("kommunenummer", "subject", "clause", "month", "period",
            "criteria", "rule_ids", "rule_id");

    private ReportData() {
    }

    static Kind kindOf(Path dir) {
        if (Files.isRegularFile(dir.resolve(OutputFiles.COMPARISON_MANIFEST))) {
            return Kind.COMPARE;
        }
        if (Files.isRegularFile(dir.resolve(OutputFiles.ENSEMBLE_MANIFEST))) {
            return Kind.ENSEMBLE;
        }
        if (Files.isRegularFile(dir.resolve(OutputFiles.SWEEP_MANIFEST))) {
            return Kind.SWEEP;
        }
        if (Files.isRegularFile(dir.resolve(OutputFiles.MANIFEST))) {
            return Files.isRegularFile(dir.resolve(OutputFiles.BACKTEST)) ? Kind.BACKTEST : Kind.RUN;
        }
        if (Files.isRegularFile(dir.resolve(OutputFiles.REQUESTS_MANIFEST))) {
            throw new ResultsProblem(dir + ": is the folder of bosim requests, whose requests.csv is the result; report.html is made"
                    + " for the folder of a run, backtest, ensemble or comparison");
        }
        throw new ResultsProblem(dir + ": holds no bosim manifest (manifest.json, ensemble.json, comparison.json or sweep.json);"
                + " expected the folder of a finished run, backtest, ensemble, comparison or sweep");
    }

    static String manifestName(Kind kind) {
        return switch (kind) {
            case COMPARE -> OutputFiles.COMPARISON_MANIFEST;
            case ENSEMBLE -> OutputFiles.ENSEMBLE_MANIFEST;
            case SWEEP -> OutputFiles.SWEEP_MANIFEST;
            default -> OutputFiles.MANIFEST;
        };
    }

    /** The folder's data as JSON; every file its manifest lists is checked against its size and hash first. */
    static String json(Path dir, Kind kind, Lang lang) {
        Path manifest = dir.resolve(manifestName(kind));
        Manifest.verifyListed(dir, manifest);
        StringBuilder out = new StringBuilder(1 << 20);
        out.append("{\"kind\":").append(string(kind.name().toLowerCase(java.util.Locale.ROOT)))
                .append(",\"lang\":").append(string(lang == Lang.NB ? "nb" : "en"));
        folder(out, dir, kind, tables(kind), null);
        if (kind == Kind.RUN || kind == Kind.COMPARE) {
            // The kommuner's boundaries, for the maps: embedded like everything else, so the page stays offline.
            out.append(",\"map\":").append(KommuneMap.geoJson());
        }
        if (kind == Kind.COMPARE) {
            out.append(",\"runs\":{");
            boolean first = true;
            for (String name : comparedScenarios(dir)) {
                Path sub = dir.resolve(name);
                if (!Files.isRegularFile(sub.resolve(OutputFiles.MANIFEST))) {
                    continue;
                }
                out.append(first ? "" : ",").append(string(name)).append(":{\"kind\":\"run\"");
                // Of each run the page needs its months and, to compare every kommune, the kommune-years' figures.
                folder(out, sub, Kind.RUN, List.of(OutputFiles.TIMESERIES, OutputFiles.MUNICIPALITIES), COMPARED_COLUMNS);
                out.append('}');
                first = false;
            }
            out.append('}');
        }
        return out.append('}').toString();
    }

    private static List<String> tables(Kind kind) {
        List<String> tables = new ArrayList<>(switch (kind) {
            case RUN, BACKTEST -> RUN_TABLES;
            case ENSEMBLE -> ENSEMBLE_TABLES;
            case COMPARE -> COMPARE_TABLES;
            case SWEEP -> SWEEP_TABLES;
        });
        if (kind == Kind.BACKTEST) {
            tables.addAll(BACKTEST_TABLES);
        }
        return tables;
    }

    private static void folder(StringBuilder out, Path dir, Kind kind, List<String> tables, Set<String> keep) {
        out.append(",\"manifest\":").append(string(read(dir.resolve(manifestName(kind)))));
        out.append(",\"tables\":{");
        boolean first = true;
        for (String name : tables) {
            if (!Files.isRegularFile(dir.resolve(name))) {
                continue;
            }
            out.append(first ? "" : ",").append(string(name.replace(".csv", ""))).append(':');
            table(out, Table.read(dir, name, List.of()), keep);
            first = false;
        }
        out.append('}');
    }

    /** The scenarios of a comparison, in its manifest's order (each has its own run folder beside the tables). */
    static List<String> comparedScenarios(Path dir) {
        List<String> names = new ArrayList<>();
        if (Manifest.tree(dir.resolve(OutputFiles.COMPARISON_MANIFEST)).get("scenarios") instanceof List<?> list) {
            for (Object o : list) {
                String name = String.valueOf(o);
                // Each name is a folder inside this one: nothing that could reach outside it.
                if (!name.isEmpty() && !name.contains("/") && !name.contains("\\") && !name.startsWith(".")) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** The columns a comparison's page reads of each run's tables (the rest would only make the page heavier). */
    private static final Set<String> COMPARED_COLUMNS = Set.of("month", "in_mottak", "settlement_ready", "long_waiters",
            "settled_year", "year", "kommunenummer", "kommune", "fylke", "anmodet", "vedtatt", "bosatt");

    /** One table, column by column: {"columns":[...],"data":[[...],[...]]}; only {@code keep}'s columns when given. */
    private static void table(StringBuilder out, Table t, Set<String> keep) {
        List<String> columns = t.columns().stream().filter(c -> keep == null || keep.contains(c)).toList();
        List<String> all = t.columns();
        List<CSVRecord> rows = t.rows();
        out.append("{\"columns\":[");
        for (int c = 0; c < columns.size(); c++) {
            out.append(c == 0 ? "" : ",").append(string(columns.get(c)));
        }
        out.append("],\"data\":[");
        for (int k = 0; k < columns.size(); k++) {
            String name = columns.get(k);
            int c = all.indexOf(name);
            boolean numeric = !TEXT_COLUMNS.contains(name);
            String[] cells = new String[rows.size()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cell(rows.get(i), c, t.decimalComma());
                numeric &= cells[i].isEmpty() || isNumber(cells[i]);
            }
            out.append(k == 0 ? "[" : ",[");
            for (int i = 0; i < cells.length; i++) {
                out.append(i == 0 ? "" : ",");
                if (numeric) {
                    out.append(cells[i].isEmpty() ? "null" : number(cells[i]));
                } else {
                    out.append(string(rows.get(i).get(c)));
                }
            }
            out.append(']');
        }
        out.append("]}");
    }

    /**
     * A plain decimal as bosim writes it: an optional minus, digits without a leading zero (so
     * kommunenummer 0301 is text), an optional fraction and exponent. By hand, not by a regular
     * expression: it runs once per cell, and a report has some 50 000 of them.
     */
    static boolean isNumber(String s) {
        int i = 0;
        int n = s.length();
        if (i < n && s.charAt(i) == '-') {
            i++;
        }
        int digits = i;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i == digits || (s.charAt(digits) == '0' && i - digits > 1)) {
            return false;
        }
        if (i < n && s.charAt(i) == '.') {
            int fraction = ++i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            if (i == fraction) {
                return false;
            }
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                i++;
            }
            int exponent = i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            if (i == exponent) {
                return false;
            }
        }
        return i == n;
    }

    private static String cell(CSVRecord r, int c, boolean decimalComma) {
        String cell = r.get(c).strip();
        return decimalComma ? cell.replace(',', '.') : cell;
    }

    /** A number as short as it reads: bosim writes six decimals, the page needs no trailing zeros. */
    private static String number(String cell) {
        if (cell.indexOf('.') < 0 || cell.indexOf('e') >= 0 || cell.indexOf('E') >= 0) {
            return cell;
        }
        int end = cell.length();
        while (cell.charAt(end - 1) == '0') {
            end--;
        }
        return cell.substring(0, cell.charAt(end - 1) == '.' ? end - 1 : end);
    }

    /**
     * A JSON string that is also safe inside an HTML script element: {@code <}, {@code >} and {@code &}
     * are escaped, so no text in a result file can close the element or open another.
     */
    static String string(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '<', '>', '&', '\u2028', '\u2029' -> b.append(String.format("\\u%04x", (int) ch));
                default -> {
                    if (ch < 0x20) {
                        b.append(String.format("\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ResultsProblem(file + ": cannot read: " + e.getMessage());
        }
    }
}
