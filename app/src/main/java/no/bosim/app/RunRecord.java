package no.bosim.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.bosim.contract.OutputFiles;
import no.bosim.results.Contract;
import no.bosim.contract.Json;
import no.bosim.scenario.InputException;
import no.bosim.scenario.Problem;

/**
 * What a run's manifest says about how to make the run again: its scenario (a shipped one by name,
 * or the hash a user's file must have), its seed and mode, and the hashes of the rule files it ran
 * under, read from the manifest as JSON (one reader, {@link Json#read}).
 */
record RunRecord(Path dir, String firstScenarioFile, String scenarioSha256, long seed, String mode, Map<String, String> ruleHashes) {

    static RunRecord read(Path dir) {
        Path file = dir.resolve(OutputFiles.MANIFEST);
        if (!Files.isRegularFile(file)) {
            throw new InputException(new Problem("--run", 0, "", dir + " holds no " + OutputFiles.MANIFEST
                    + "; expected the folder of a finished bosim run"));
        }
        Map<String, Object> tree;
        try {
            tree = Json.read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InputException(new Problem(file.toString(), 0, "", "cannot be read: " + e.getMessage()));
        } catch (Json.Damaged e) {
            throw new InputException(new Problem(file.toString(), 0, "", e.getMessage() + "; expected the manifest of a finished bosim run"));
        }
        Map<String, String> rules = new LinkedHashMap<>();
        if (tree.get("rule_files_sha256") instanceof Map<?, ?> m) {
            m.forEach((k, v) -> rules.put(String.valueOf(k), String.valueOf(v)));
        }
        String chainFirst = tree.get("scenario_chain") instanceof List<?> chain && !chain.isEmpty() ? String.valueOf(chain.get(0)) : null;
        Object mode = tree.get("mode");
        try {
            return new RunRecord(dir, chainFirst, required(tree, "scenario_sha256", file), Long.parseLong(required(tree, "seed", file)),
                    mode instanceof String text ? text : "stochastic", rules);
        } catch (NumberFormatException e) {
            throw new InputException(new Problem(file.toString(), 0, "seed", "is not a whole number"));
        }
    }

    private static String required(Map<String, Object> tree, String name, Path file) {
        Object v = tree.get(name);
        if (!(v instanceof String || v instanceof Number) || String.valueOf(v).isBlank()) {
            throw new InputException(new Problem(file.toString(), 0, name, "missing; expected the manifest of a finished bosim run"));
        }
        return String.valueOf(v);
    }

    /** The shipped scenario the run was made from, by file name, or null when it was a user's file. */
    String shippedScenario() {
        String prefix = "embedded:/no/bosim/scenarios/";
        return firstScenarioFile != null && firstScenarioFile.startsWith(prefix) ? firstScenarioFile.substring(prefix.length()) : null;
    }
}
