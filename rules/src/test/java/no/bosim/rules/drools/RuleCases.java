package no.bosim.rules.drools;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a rule file's case file ({@code src/test/resources/cases/NAME.cases.csv}) and the rule
 * ids its rule file declares, and the shipped parameter values the rules read.
 */
final class RuleCases {

    /** One month of a case and what this rule file's rules must decide in it. */
    record Month(YearMonth month, int inMottak, int capacity, int settlementReady, int longWaiters, int emLongWaiters,
                 int settledYear, int vedtattYear, int needYear, Set<String> expect) {
    }

    static final Path RULES = Path.of("drl");
    static final Path CASES = Path.of("src/test/resources/cases");
    private static final Pattern ID = Pattern.compile("@id\\(\"([A-Z]+-\\d+)\"\\)");

    private RuleCases() {
    }

    static Map<String, List<Month>> read(String ruleFile) throws IOException {
        Map<String, List<Month>> cases = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#').get();
        try (Reader r = Files.newBufferedReader(caseFile(ruleFile), StandardCharsets.UTF_8)) {
            for (CSVRecord rec : format.parse(r)) {
                Set<String> expect = expect(rec);
                cases.computeIfAbsent(rec.get("case"), k -> new ArrayList<>()).add(new Month(YearMonth.parse(rec.get("month")),
                        i(rec, "in_mottak"), i(rec, "capacity"), i(rec, "settlement_ready"), i(rec, "long_waiters"),
                        i(rec, "em_long_waiters"), i(rec, "settled_year"), i(rec, "vedtatt_year"), i(rec, "need_year"), expect));
            }
        }
        return cases;
    }

    /** The rows of a rule file's case file, whatever its columns. */
    static List<CSVRecord> rows(String ruleFile) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#').get();
        try (Reader r = Files.newBufferedReader(caseFile(ruleFile), StandardCharsets.UTF_8)) {
            return format.parse(r).getRecords();
        }
    }

    /** The expected rule ids (with their figures in brackets) of a case row; "-" is none. */
    static Set<String> expect(CSVRecord row) {
        Set<String> expect = new LinkedHashSet<>();
        for (String e : row.get("expect").trim().split("\\s+")) {
            if (!e.equals("-")) {
                expect.add(e);
            }
        }
        return expect;
    }

    static Path caseFile(String ruleFile) {
        return CASES.resolve(ruleFile.replace(".drl", ".cases.csv"));
    }

    /** The ids of the deciding rules in a rule file (derivation rules, AVLEDET-*, are tested through them). */
    static Set<String> ruleIds(String ruleFile) throws IOException {
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = ID.matcher(Files.readString(RULES.resolve(ruleFile)));
        while (m.find()) {
            if (!m.group(1).startsWith("AVLEDET")) {
                ids.add(m.group(1));
            }
        }
        return ids;
    }

    /** The shipped parameter values (scenarios/parameters/*.yaml, latest dated value), read as the rules see them. */
    static Map<String, Double> shippedParameters() throws IOException {
        Map<String, Double> out = new LinkedHashMap<>();
        Pattern name = Pattern.compile("^([a-z][a-z0-9_]*):\\s*$");
        Pattern value = Pattern.compile("^\\s+value:\\s*([0-9.]+)\\s*$");
        for (String file : List.of("core.yaml", "rules.yaml")) {
            String current = null;
            for (String line : Files.readAllLines(Path.of("../scenarios/parameters").resolve(file))) {
                Matcher n = name.matcher(line);
                Matcher v = value.matcher(line);
                if (n.matches()) {
                    current = n.group(1);
                } else if (v.matches() && current != null && !out.containsKey(current)) {
                    out.put(current, Double.parseDouble(v.group(1)));
                }
            }
        }
        return out;
    }

    private static int i(CSVRecord rec, String column) {
        return Integer.parseInt(rec.get(column).trim());
    }
}
