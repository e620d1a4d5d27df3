package no.bosim.rules.drools;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.bosim.scenario.Parameter;
import no.bosim.scenario.Scenario;
import no.bosim.scenario.ScenarioLoader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a rule file's case file ({@code src/test/resources/cases/NAME.cases.csv}), and the
 * shipped parameter values as a run has them: loaded by {@link ScenarioLoader} from the default
 * scenario, the value in force in the case's month. A case row may override parameters
 * ({@code params}: name=value ...); a column a case file leaves out is 0.
 */
final class RuleCases {

    static final Path RULES = Path.of("drl");
    static final Path CASES = Path.of("src/test/resources/cases");
    private static Scenario shipped;

    private RuleCases() {
    }

    /** The rows of a rule file's case file. */
    static List<CSVRecord> rows(String ruleFile) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
                .setIgnoreEmptyLines(true).get();
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

    /** The shipped parameter values in force in {@code month}, with the row's overrides. */
    static Map<String, Double> parameters(YearMonth month, CSVRecord row) {
        if (shipped == null) {
            shipped = ScenarioLoader.load(Path.of("../scenarios/default.yaml"));
        }
        Map<String, Double> out = new HashMap<>();
        for (Parameter p : shipped.parameters().all().values()) {
            p.inForce(month).ifPresent(v -> out.put(p.name(), v.value()));
        }
        if (row != null && row.isMapped("params")) {
            for (String kv : row.get("params").trim().split("\\s+")) {
                if (!kv.isEmpty()) {
                    String name = kv.split("=")[0];
                    if (!out.containsKey(name)) {
                        throw new IllegalArgumentException("case overrides '" + name + "', which no parameter file defines");
                    }
                    out.put(name, Double.parseDouble(kv.split("=")[1]));
                }
            }
        }
        return Map.copyOf(out);
    }

    static int i(CSVRecord row, String column) {
        return row.isMapped(column) && !row.get(column).isBlank() ? Integer.parseInt(row.get(column).trim()) : 0;
    }

    static double d(CSVRecord row, String column) {
        return row.isMapped(column) && !row.get(column).isBlank() ? Double.parseDouble(row.get(column).trim()) : 0.0;
    }

    static String s(CSVRecord row, String column) {
        return row.isMapped(column) ? row.get(column).trim() : "";
    }
}
