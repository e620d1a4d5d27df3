package no.bosim.charts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a run's manifest.json the charts and the briefing use. bosim writes the manifest
 * itself, one field per line, so a line reader suffices; a missing field names the file.
 */
record Manifest(String scenario, String description, long seed, String criteria, String policy, String version,
                String start, String end, String sha256, List<String> assumptions, List<String> sources,
                Map<String, Double> parameters, List<String> ruleFiles, String mode, String descriptionNb,
                Map<String, List<String>> lists, Map<String, java.util.NavigableMap<java.time.YearMonth, Double>> changing) {

    /** The criteria set, or the sets with the month each is in force from ("2019 fra 2019-01, 2022 fra 2022-01"). */
    String criteria(Lang lang) {
        return criteria.replace(" from ", lang.t(" fra ", " from "));
    }

    /** The scenario's title in {@code lang} ({@code tittel}/{@code title}), else its name: what a reader sees. */
    String title(Lang lang) {
        List<String> nb = lists.get("scenario_title_nb");
        List<String> en = lists.get("scenario_title");
        if (lang == Lang.NB && nb != null) {
            return nb.get(0);
        }
        return en != null ? en.get(0) : nb != null ? nb.get(0) : scenario;
    }

    /** The scenario's description in {@code lang}, the English one where the scenario gives no Norwegian. */
    String description(Lang lang) {
        return lang == Lang.NB && descriptionNb != null ? descriptionNb : description;
    }

    /**
     * The assumptions in force as sentences in {@code lang}; a manifest from before bosim wrote
     * them gives its terse list.
     */
    List<String> assumptions(Lang lang) {
        return lists.getOrDefault(lang == Lang.NB ? "assumptions_nb" : "assumptions_en", assumptions);
    }

    /** The sources with their titles in {@code lang}, where the manifest has them. */
    List<String> sources(Lang lang) {
        return lang == Lang.NB ? lists.getOrDefault("sources_nb", sources) : sources;
    }

    private static final Pattern PLAIN = Pattern.compile("\"([a-z_0-9]+)\": \"?([^\",\\n]*)\"?");
    private static final Pattern FIELD = Pattern.compile("^  \"([a-z_0-9]+)\": (.*?),?$");
    private static final Pattern ITEM = Pattern.compile("^    \"(.*)\",?$");
    private static final Pattern STEPS_OF = Pattern.compile("^    \"([a-z_0-9]+)\": \\[$");
    private static final Pattern STEP_FROM = Pattern.compile("^\\s+\"from\": \"(\\d{4}-\\d{2})\",?$");
    private static final Pattern STEP_VALUE = Pattern.compile("^\\s+\"value\": ([-0-9.eE]+),?$");
    private static final Pattern ENTRY = Pattern.compile("^    \"([^\"]+)\": (.*?),?$");
    /** One line of the manifest's {@code files}: the path, its size and SHA-256 (as bosim's OutputFolder writes them). */
    private static final Pattern FILE = Pattern.compile("^    \"(.+)\": \\{\"bytes\": (\\d+), \"sha256\": \"([0-9a-f]{64})\"},?$");

    /** "name (ID)" where the names know the id, else the id: how a reader meets a warning. */
    static String named(String id, java.util.Map<String, String> names) {
        return names.containsKey(id) ? names.get(id) + " (" + id + ")" : id;
    }

    /** Each rule id the run's files name with the rule's name in words ({@code rule_names}); empty for a folder written before it. */
    static java.util.Map<String, String> ruleNames(Path file) {
        java.util.Map<String, String> names = new java.util.TreeMap<>();
        if (!Files.isRegularFile(file)) {
            return names;
        }
        boolean in = false;
        try {
            for (String line : Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8)) {
                if (line.equals("  \"rule_names\": {")) {
                    in = true;
                } else if (in && line.startsWith("  }")) {
                    break;
                } else if (in) {
                    java.util.regex.Matcher m = Pattern.compile("^    \"([^\"]+)\": \"(.*)\",?$").matcher(line);
                    if (m.matches()) {
                        names.put(m.group(1), m.group(2).replace("\\\"", "\""));
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return names;
    }

    static Manifest read(Path dir) {
        Path path = dir.resolve("manifest.json");
        if (!Files.isRegularFile(path)) {
            throw new ResultsProblem(path + ": missing; a folder without a manifest is not a complete bosim run");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, List<String>> lists = lists(path);
        Map<String, Map<String, String>> maps = new LinkedHashMap<>();
        Map<String, java.util.NavigableMap<java.time.YearMonth, Double>> changing = new LinkedHashMap<>();
        String current = null;
        String stepOf = null;
        java.time.YearMonth stepFrom = null;
        verifyListed(dir, path);
        try {
            for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                Matcher f = FIELD.matcher(line);
                if (f.matches()) {
                    current = f.group(1);
                    fields.put(current, f.group(2));
                    continue;
                }
                if ("parameters_changing".equals(current)) {
                    Matcher named = STEPS_OF.matcher(line);
                    Matcher from = STEP_FROM.matcher(line);
                    Matcher value = STEP_VALUE.matcher(line);
                    if (named.matches()) {
                        stepOf = named.group(1);
                    } else if (from.matches()) {
                        stepFrom = java.time.YearMonth.parse(from.group(1));
                    } else if (value.matches() && stepOf != null && stepFrom != null) {
                        changing.computeIfAbsent(stepOf, k -> new java.util.TreeMap<>()).put(stepFrom, Double.parseDouble(value.group(1)));
                    }
                    continue;
                }
                Matcher e = ENTRY.matcher(line);
                if (current != null && e.matches()) {
                    maps.computeIfAbsent(current, k -> new LinkedHashMap<>()).put(e.group(1), e.group(2));
                }
            }
        } catch (IOException e) {
            throw new ResultsProblem(path + ": cannot read: " + e.getMessage());
        }
        Map<String, Double> parameters = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : maps.getOrDefault("parameters_at_start", Map.of()).entrySet()) {
            try {
                parameters.put(e.getKey(), Double.parseDouble(e.getValue()));
            } catch (NumberFormatException ex) {
                // One reader, one verdict: a value bosim never writes means a damaged folder, as report says.
                throw new ResultsProblem(path + ": parameters_at_start." + e.getKey() + " is " + e.getValue()
                        + "; expected a number: the manifest is damaged or not bosim's");
            }
        }
        // The titles a scenario may give: kept with the lists, as optional text fields of the manifest.
        for (String t : List.of("scenario_title", "scenario_title_nb")) {
            if (fields.containsKey(t)) {
                lists.put(t, List.of(string(fields, t, path)));
            }
        }
        try {
            return new Manifest(string(fields, "scenario", path), string(fields, "scenario_description", path),
                    Long.parseLong(required(fields, "seed", path)), string(fields, "criteria", path),
                    string(fields, "policy", path), string(fields, "bosim_version", path), string(fields, "start", path),
                    string(fields, "end", path), string(fields, "scenario_sha256", path),
                    lists.getOrDefault("assumptions", List.of()), lists.getOrDefault("sources", List.of()), parameters,
                    new ArrayList<>(maps.getOrDefault("rule_files_sha256", Map.of()).keySet()),
                    fields.containsKey("mode") ? string(fields, "mode", path) : "",
                    fields.containsKey("scenario_description_nb") ? string(fields, "scenario_description_nb", path) : null,
                    lists, changing);
        } catch (NumberFormatException e) {
            throw new ResultsProblem(path + ": seed is not a whole number");
        }
    }

    /**
     * Every file the manifest lists must be there with the size and hash it had when the run
     * finished: a file truncated by a full disk, cut short by a copy or edited by hand is refused
     * rather than charted. (A folder being written has no list yet and is read as it is.)
     */
    /**
     * The plain fields of any bosim manifest ({@code "name": value} with a text or number value) by
     * name; lists and maps are left out. For the manifests whose few fields the charts need as text.
     */
    static Map<String, String> plainFields(Path file) {
        Map<String, String> out = new LinkedHashMap<>();
        try {
            Matcher m = PLAIN.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                out.put(m.group(1), m.group(2));
            }
        } catch (IOException e) {
            throw new ResultsProblem(file + ": cannot read: " + e.getMessage());
        }
        return out;
    }

    /** A text field of any bosim manifest, whole (commas included), or null where it has none. */
    static String text(Path file, String field) {
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                Matcher f = FIELD.matcher(line);
                if (f.matches() && f.group(1).equals(field) && f.group(2).startsWith("\"") && f.group(2).endsWith("\"")) {
                    return unescape(f.group(2).substring(1, f.group(2).length() - 1));
                }
            }
        } catch (IOException e) {
            throw new ResultsProblem(file + ": cannot read: " + e.getMessage());
        }
        return null;
    }

    /**
     * The lists of text in any bosim manifest ({@code "name": ["...", ...]}, one item per line, as
     * bosim writes them) by name: the assumptions and sources of a run's or an ensemble's manifest.
     */
    static Map<String, List<String>> lists(Path file) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        String current = null;
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                Matcher f = FIELD.matcher(line);
                Matcher i = ITEM.matcher(line);
                if (f.matches()) {
                    current = f.group(1);
                } else if (current != null && i.matches()) {
                    lists.computeIfAbsent(current, k -> new ArrayList<>()).add(unescape(i.group(1)));
                }
            }
        } catch (IOException e) {
            throw new ResultsProblem(file + ": cannot read: " + e.getMessage());
        }
        return lists;
    }

    /** Checks the files listed in any bosim manifest (ensemble.json, comparison.json too). */
    static void verifyListed(Path dir, Path manifest) {
        Map<String, String[]> files = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                Matcher file = FILE.matcher(line);
                if (file.matches()) {
                    files.put(file.group(1), new String[] {file.group(2), file.group(3)});
                }
            }
        } catch (IOException e) {
            throw new ResultsProblem(manifest + ": cannot read: " + e.getMessage());
        }
        verify(dir, files);
    }

    private static void verify(Path dir, Map<String, String[]> files) {
        for (Map.Entry<String, String[]> e : files.entrySet()) {
            Path p = dir.resolve(e.getKey());
            try {
                if (!Files.isRegularFile(p)) {
                    throw new ResultsProblem(p + ": listed in manifest.json but missing; the folder is not the complete run "
                            + "(run the scenario again)");
                }
                long size = Files.size(p);
                if (size != Long.parseLong(e.getValue()[0])) {
                    throw new ResultsProblem(p + ": is " + size + " bytes, but the run wrote " + e.getValue()[0]
                            + "; the file was cut short or changed after the run (run the scenario again)");
                }
                if (!sha256(p).equals(e.getValue()[1])) {
                    throw new ResultsProblem(p + ": its content differs from what the run wrote (SHA-256 in manifest.json); "
                            + "it was changed after the run (run the scenario again)");
                }
            } catch (IOException ex) {
                throw new ResultsProblem(p + ": cannot read: " + ex.getMessage());
            }
        }
    }

    private static String sha256(Path p) throws IOException {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            try (var in = Files.newInputStream(p)) {
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) > 0; ) {
                    md.update(buf, 0, n);
                }
            }
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    double parameter(String name, double fallback) {
        return parameters.getOrDefault(name, fallback);
    }

    /** Whether the parameter's value changes during the run (the manifest's {@code parameters_changing}). */
    boolean changes(String name) {
        return changing.containsKey(name);
    }

    /** The parameter's value in force in {@code month}: its step there if it changes, else its value at the start. */
    double parameterAt(String name, java.time.YearMonth month, double fallback) {
        var steps = changing.get(name);
        var step = steps == null ? null : steps.floorEntry(month);
        return step != null ? step.getValue() : parameter(name, fallback);
    }

    private static String required(Map<String, String> fields, String name, Path path) {
        String v = fields.get(name);
        if (v == null) {
            throw new ResultsProblem(path + ": no '" + name + "' field; expected a manifest written by bosim run");
        }
        return v;
    }

    private static String string(Map<String, String> fields, String name, Path path) {
        String v = required(fields, name, path);
        return v.startsWith("\"") && v.endsWith("\"") ? unescape(v.substring(1, v.length() - 1)) : v;
    }

    private static String unescape(String s) {
        return s.replace("\\\"", "\"").replace("\\n", " ").replace("\\\\", "\\");
    }
}
