package no.bosim.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.bosim.results.Contract;
import no.bosim.scenario.InputException;
import no.bosim.scenario.Problem;

/**
 * What a run's manifest says about how to make the run again: its scenario (a shipped one by name,
 * or the hash a user's file must have), its seed and mode, and the hashes of the rule files it ran
 * under. bosim writes the manifest one field per line, so its lines are read as they were written.
 */
record RunRecord(Path dir, String firstScenarioFile, String scenarioSha256, long seed, String mode, Map<String, String> ruleHashes) {

    private static final Pattern FIELD = Pattern.compile("^  \"([a-z_0-9]+)\": \"?([^\",\\[{]*)\"?,?$");
    private static final Pattern ITEM = Pattern.compile("^    \"([^\"]+)\"(: \"([0-9a-f]{64})\")?,?$");

    static RunRecord read(Path dir) {
        Path file = dir.resolve(Contract.MANIFEST);
        if (!Files.isRegularFile(file)) {
            throw new InputException(new Problem("--run", 0, "", dir + " holds no " + Contract.MANIFEST
                    + "; expected the folder of a finished bosim run"));
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, String> rules = new LinkedHashMap<>();
        String chainFirst = null;
        String list = null;
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                Matcher f = FIELD.matcher(line);
                if (f.matches()) {
                    fields.put(f.group(1), f.group(2));
                    list = null;
                } else if (line.startsWith("  \"")) {
                    list = line.substring(3, line.indexOf('"', 3));
                } else {
                    Matcher i = ITEM.matcher(line);
                    if (i.matches() && "scenario_chain".equals(list) && chainFirst == null) {
                        chainFirst = i.group(1);
                    } else if (i.matches() && "rule_files_sha256".equals(list) && i.group(3) != null) {
                        rules.put(i.group(1), i.group(3));
                    }
                }
            }
        } catch (IOException e) {
            throw new InputException(new Problem(file.toString(), 0, "", "cannot be read: " + e.getMessage()));
        }
        try {
            return new RunRecord(dir, chainFirst, required(fields, "scenario_sha256", file), Long.parseLong(required(fields, "seed", file)),
                    fields.getOrDefault("mode", "stochastic"), rules);
        } catch (NumberFormatException e) {
            throw new InputException(new Problem(file.toString(), 0, "seed", "is not a whole number"));
        }
    }

    private static String required(Map<String, String> fields, String name, Path file) {
        String v = fields.get(name);
        if (v == null || v.isBlank()) {
            throw new InputException(new Problem(file.toString(), 0, name, "missing; expected the manifest of a finished bosim run"));
        }
        return v;
    }

    /** The shipped scenario the run was made from, by file name, or null when it was a user's file. */
    String shippedScenario() {
        String prefix = "embedded:/no/bosim/scenarios/";
        return firstScenarioFile != null && firstScenarioFile.startsWith(prefix) ? firstScenarioFile.substring(prefix.length()) : null;
    }
}
