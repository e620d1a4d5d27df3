package no.bosim.charts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.bosim.contract.Json;
import no.bosim.contract.OutputFiles;

/**
 * The parts of a run's manifest.json the charts and the briefing use, read as JSON by the contract's
 * one reader; a missing or damaged field names the file.
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

    /** "name (ID)" where the names know the id, else the id: how a reader meets a warning. */
    static String named(String id, java.util.Map<String, String> names) {
        return names.containsKey(id) ? names.get(id) + " (" + id + ")" : id;
    }

    /**
     * Any bosim manifest (manifest.json, ensemble.json, comparison.json, sweep.json) as the JSON tree bosim
     * wrote, read by the contract's one JSON reader ({@link Json#read}), not by its layout: a manifest
     * that is not such JSON, or holds a value of the wrong kind, is one message saying the folder is damaged.
     */
    static Map<String, Object> tree(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ResultsProblem(file + ": cannot read: " + e.getMessage());
        }
        try {
            return Json.read(text);
        } catch (Json.Damaged e) {
            throw new ResultsProblem(file + ": " + e.getMessage() + "; the manifest is damaged or not bosim's");
        }
    }

    /** A field's text: a string as it is, a number or truth value as JSON writes it; null where the field is absent. */
    private static String scalar(Object v, Path file, String field) {
        if (v == null) {
            return null;
        }
        if (v instanceof String || v instanceof Number || v instanceof Boolean) {
            return String.valueOf(v);
        }
        throw new ResultsProblem(file + ": " + field + " is not a text or a number; the manifest is damaged or not bosim's");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object v, Path file, String field) {
        if (v == null) {
            return Map.of();
        }
        if (v instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new ResultsProblem(file + ": " + field + " is not an object; the manifest is damaged or not bosim's");
    }


    /** Each rule id the run's files name with the rule's name in words ({@code rule_names}); empty for a folder written before it. */
    static java.util.Map<String, String> ruleNames(Path file) {
        return ruleNames(file, Lang.NB);
    }

    /** As {@link #ruleNames(Path)} in {@code lang}: {@code rule_names_en} in English, the Norwegian names where a folder has none. */
    static java.util.Map<String, String> ruleNames(Path file, Lang lang) {
        java.util.Map<String, String> names = new java.util.TreeMap<>();
        if (!Files.isRegularFile(file)) {
            return names;
        }
        Map<String, Object> t = tree(file);
        object(t.get("rule_names"), file, "rule_names").forEach((id, name) -> names.put(id, scalar(name, file, "rule_names." + id)));
        if (lang == Lang.EN) {
            object(t.get("rule_names_en"), file, "rule_names_en").forEach((id, name) -> names.put(id, scalar(name, file, "rule_names_en." + id)));
        }
        return names;
    }

    static Manifest read(Path dir) {
        Path path = dir.resolve(OutputFiles.MANIFEST);
        if (!Files.isRegularFile(path)) {
            throw new ResultsProblem(path + ": missing; a folder without a manifest is not a complete bosim run");
        }
        verifyListed(dir, path);
        Map<String, Object> t = tree(path);
        Map<String, List<String>> lists = lists(t, path);
        Map<String, Double> parameters = new LinkedHashMap<>();
        object(t.get("parameters_at_start"), path, "parameters_at_start").forEach((name, v) -> {
            if (!(v instanceof Number n)) {
                // One reader, one verdict: a value bosim never writes means a damaged folder, as report says.
                throw new ResultsProblem(path + ": parameters_at_start." + name + " is " + (v instanceof String ? "\"" + v + "\"" : v)
                        + "; expected a number: the manifest is damaged or not bosim's");
            }
            parameters.put(name, n.doubleValue());
        });
        Map<String, java.util.NavigableMap<java.time.YearMonth, Double>> changing = new LinkedHashMap<>();
        object(t.get("parameters_changing"), path, "parameters_changing").forEach((name, steps) -> {
            if (steps instanceof List<?> list) {
                for (Object step : list) {
                    Map<String, Object> st = object(step, path, "parameters_changing." + name);
                    try {
                        changing.computeIfAbsent(name, k -> new java.util.TreeMap<>()).put(java.time.YearMonth.parse(scalar(st.get("from"), path, "from")),
                                ((Number) st.get("value")).doubleValue());
                    } catch (RuntimeException e) {
                        throw new ResultsProblem(path + ": parameters_changing." + name + " has a step without a month and a number; "
                                + "the manifest is damaged or not bosim's");
                    }
                }
            }
        });
        // The titles a scenario may give: kept with the lists, as optional text fields of the manifest.
        for (String title : List.of("scenario_title", "scenario_title_nb")) {
            if (t.get(title) != null) {
                lists.put(title, List.of(scalar(t.get(title), path, title)));
            }
        }
        String seed = required(t, "seed", path);
        try {
            return new Manifest(required(t, "scenario", path), required(t, "scenario_description", path), Long.parseLong(seed),
                    required(t, "criteria", path), required(t, "policy", path), required(t, "bosim_version", path),
                    required(t, "start", path), required(t, "end", path), required(t, "scenario_sha256", path),
                    lists.getOrDefault("assumptions", List.of()), lists.getOrDefault("sources", List.of()), parameters,
                    new ArrayList<>(object(t.get("rule_files_sha256"), path, "rule_files_sha256").keySet()),
                    t.get("mode") == null ? "" : scalar(t.get("mode"), path, "mode"),
                    t.get("scenario_description_nb") == null ? null : scalar(t.get("scenario_description_nb"), path, "scenario_description_nb"),
                    lists, changing);
        } catch (NumberFormatException e) {
            throw new ResultsProblem(path + ": seed is not a whole number");
        }
    }

    /**
     * The plain fields of any bosim manifest (a text or number value at its top) by name; lists and
     * objects are left out. For the manifests whose few fields the charts need as text.
     */
    static Map<String, String> plainFields(Path file) {
        Map<String, String> out = new LinkedHashMap<>();
        tree(file).forEach((k, v) -> {
            if (v instanceof String || v instanceof Number || v instanceof Boolean) {
                out.put(k, String.valueOf(v));
            }
        });
        return out;
    }

    /** A text field of any bosim manifest, whole (commas included), or null where it has none. */
    static String text(Path file, String field) {
        Object v = tree(file).get(field);
        return v instanceof String str ? str : null;
    }

    /** The lists of text in any bosim manifest by name: the assumptions and sources of a run's or an ensemble's manifest. */
    static Map<String, List<String>> lists(Path file) {
        return lists(tree(file), file);
    }

    private static Map<String, List<String>> lists(Map<String, Object> t, Path file) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        t.forEach((k, v) -> {
            if (v instanceof List<?> list && list.stream().allMatch(i -> i instanceof String)) {
                lists.put(k, list.stream().map(String::valueOf).toList());
            }
        });
        return lists;
    }

    /** Checks the files listed in any bosim manifest (ensemble.json, comparison.json too). */
    static void verifyListed(Path dir, Path manifest) {
        Map<String, String[]> files = new LinkedHashMap<>();
        object(tree(manifest).get("files"), manifest, "files").forEach((name, entry) -> {
            Map<String, Object> e = object(entry, manifest, "files." + name);
            String bytes = scalar(e.get("bytes"), manifest, "files." + name + ".bytes");
            String sha = scalar(e.get("sha256"), manifest, "files." + name + ".sha256");
            if (bytes == null || sha == null || !bytes.matches("\\d+") || !sha.matches("[0-9a-f]{64}")) {
                throw new ResultsProblem(manifest + ": files." + name + " has no size and hash; the manifest is damaged or not bosim's");
            }
            files.put(name, new String[] {bytes, sha});
        });
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

    private static String required(Map<String, Object> t, String name, Path path) {
        String v = scalar(t.get(name), path, name);
        if (v == null) {
            throw new ResultsProblem(path + ": no '" + name + "' field; expected a manifest written by bosim run");
        }
        return v;
    }
}
