package no.bosim.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a sweep file: every problem at once, each with file, line and field, and nothing run
 * before the file is whole. The scenario it names is loaded (and checked) as {@code bosim run}
 * would load it; each input must name something the scenario has.
 *
 * <pre>
 * name: surge-2015-sensitivity
 * description: ...
 * scenario: ../surge-2015.yaml
 * runs_per_point: 20
 * design: {kind: sobol, samples: 32, bootstrap: 200}     # or {kind: oat} or {kind: grid, levels: 5}
 * inputs:
 *   - {name: kapasitet, parameter: behandling_kapasitet_mnd, scale: [0.7, 1.3]}
 *   - {name: vilje, parameter: vedtak_vilje_nivaa, value: [0.9, 1.3], from: 2025-01}
 *   - {name: ankomster, arrivals: {scale: [0.5, 1.5]}}
 *   - {name: kriterier, criteria: ["2024", "2026"], from: 2025-01}
 *   - {name: bane, arrivals: {files: [../series/arrivals-default.csv, ../series/arrivals-surge-2015.csv]}}
 * </pre>
 */
public final class SweepLoader {

    /** Sweeps larger than this many points are refused whatever their time: beyond what any of bosim's outputs is meant for. */
    static final int MAX_POINTS = 1_000_000;

    private SweepLoader() {
    }

    public static Sweep load(Path file) {
        Problems problems = new Problems();
        String shown = ScenarioLoader.shown(file);
        Optional<YamlMap> parsed = YamlMap.parse(file, shown, problems);
        problems.throwIfAny();
        YamlMap y = parsed.orElseThrow();
        if (!y.has("inputs") && (y.has("start") || y.has("baseline") || y.has("horizon_months"))) {
            problems.add(shown, 1, "", "is a scenario (it has " + (y.has("baseline") ? "baseline:" : y.has("start") ? "start:" : "horizon_months:")
                    + "), not a sweep file; run it with bosim run, or name it under scenario: in a sweep file");
            problems.throwIfAny();
        }
        String name = y.text("name", true);
        if (name != null && !name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            y.problem("name", "is '" + name + "'; expected letters, digits, '.', '_' or '-' (it names the output folder)");
        }
        String description = y.text("description", true);
        String descriptionNb = y.text("beskrivelse", false);
        String scenarioText = y.text("scenario", true);
        Long runs = y.whole("runs_per_point", true, 1, 100_000);
        Long seed = y.has("seed") ? y.whole("seed", true, 0, Long.MAX_VALUE) : null;
        Double maxHours = y.has("max_hours") ? y.number("max_hours", true) : Double.valueOf(8);
        if (maxHours != null && !(maxHours > 0)) {
            y.problem("max_hours", "is " + maxHours + "; expected a number of hours above 0");
        }
        Sweep.Design design = design(y);
        problems.throwIfAny();
        Path scenarioFile = Sweep.folderOf(file).resolve(scenarioText).normalize();
        if (!Files.isRegularFile(scenarioFile)) {
            y.problem("scenario", "'" + scenarioText + "' is no file (read from " + Sweep.folderOf(file) + "); expected a scenario YAML file");
            problems.throwIfAny();
        }
        Scenario scenario = ScenarioLoader.load(scenarioFile);
        List<Sweep.Input> inputs = inputs(y, file, scenario, problems);
        y.finish("name, description, beskrivelse, scenario, runs_per_point, seed, max_hours, design, inputs");
        problems.throwIfAny();
        if (design.kind() == Sweep.Kind.GRID && (inputs.size() < 2 || inputs.size() > 3)) {
            y.problem("design", "is a grid over " + inputs.size() + " inputs; a grid is for two or three (one heat map per indicator); "
                    + "use kind: oat or sobol for more");
        }
        if (design.kind() == Sweep.Kind.SOBOL && inputs.size() < 2) {
            y.problem("design", "is sobol over " + inputs.size() + " input; Sobol' indices need at least two inputs");
        }
        problems.throwIfAny();
        Sweep sweep = new Sweep(name, description, descriptionNb, shown, sha256(file, scenario), scenario, design, inputs, runs.intValue(),
                seed != null ? seed : scenario.seed(), maxHours);
        if (sweep.points() > MAX_POINTS) {
            y.problem("design", "places " + sweep.points() + " points; at most " + MAX_POINTS + " are allowed");
            problems.throwIfAny();
        }
        return sweep;
    }

    private static Sweep.Design design(YamlMap y) {
        // Without a design, one at a time: the cheapest look at what matters.
        Optional<YamlMap> d = y.map("design", false);
        if (d.isEmpty()) {
            return new Sweep.Design(Sweep.Kind.OAT, 0, 0, 0);
        }
        YamlMap m = d.get();
        String kind = m.text("kind", true);
        Sweep.Kind k = null;
        if (kind != null) {
            switch (kind) {
                case "oat" -> k = Sweep.Kind.OAT;
                case "sobol" -> k = Sweep.Kind.SOBOL;
                case "grid" -> k = Sweep.Kind.GRID;
                default -> m.problem("kind", "is '" + kind + "'; expected oat (each input low and high, the others at base), "
                        + "sobol (Sobol' indices) or grid (every combination of two or three inputs)");
            }
        }
        Long samples = k == Sweep.Kind.SOBOL ? m.whole("samples", true, 4, 100_000) : null;
        Long levels = k == Sweep.Kind.GRID ? m.whole("levels", true, 2, 50) : null;
        Long bootstrap = k == Sweep.Kind.SOBOL && m.has("bootstrap") ? m.whole("bootstrap", true, 0, 10_000) : null;
        m.finish(k == Sweep.Kind.SOBOL ? "kind, samples, bootstrap" : k == Sweep.Kind.GRID ? "kind, levels" : "kind");
        return new Sweep.Design(k == null ? Sweep.Kind.OAT : k, samples == null ? 0 : samples.intValue(),
                levels == null ? 0 : levels.intValue(), bootstrap == null ? 200 : bootstrap.intValue());
    }

    private static List<Sweep.Input> inputs(YamlMap y, Path file, Scenario s, Problems problems) {
        List<Sweep.Input> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<YamlMap> items = y.has("inputs") ? y.maps("inputs") : List.of();
        if (items.isEmpty()) {
            y.problem("inputs", "names no input; a sweep varies at least one");
        }
        for (YamlMap m : items) {
            String name = m.text("name", true);
            if (name != null && !name.matches("[a-z][a-z0-9_]*")) {
                m.problem("name", "is '" + name + "'; expected lower case letters, digits and '_' (it names sweep.csv's columns)");
            } else if (name != null && !names.add(name)) {
                m.problem("name", "'" + name + "' is given twice; every input needs a name of its own");
            }
            YearMonth given = m.has("from") ? m.month("from", true) : null;
            boolean outside = given != null && (given.isBefore(s.start()) || given.isAfter(s.end()));
            if (outside) {
                m.problem("from", "is " + given + "; expected a month within the scenario's " + s.start() + " to " + s.end());
            }
            // Nothing is read at a month outside the run: the problem above is the answer.
            YearMonth from = outside ? null : given;
            YearMonth at = from == null ? s.start() : from;
            int targets = (m.has("parameter") ? 1 : 0) + (m.has("arrivals") ? 1 : 0) + (m.has("criteria") ? 1 : 0);
            if (targets != 1) {
                m.problem("name", "input '" + name + "' must vary exactly one of parameter, arrivals or criteria");
                m.finish("name, parameter, scale, value, arrivals, criteria, from");
                continue;
            }
            if (m.has("parameter")) {
                String p = m.text("parameter", true);
                if (p != null && !s.parameters().has(p)) {
                    m.problem("parameter", "'" + p + "' is not a parameter of scenario " + s.name() + " (docs/parameters.md lists them)");
                    p = null;
                }
                boolean scale = m.has("scale");
                if (scale == m.has("value")) {
                    m.problem("parameter", "give either scale: [low, high] (a factor on its values) or value: [low, high] (the value itself)");
                } else if (p == null) {
                    // The parameter's name is the fault, said once; its range is taken as read, not as an unknown field.
                    m.list(scale ? "scale" : "value");
                } else {
                    double[] r = range(m, scale ? "scale" : "value");
                    if (r != null && !inUnitRange(m, s.parameters().get(p), scale, r, at)) {
                        r = null;
                    }
                    if (r != null) {
                        double base = scale ? 1.0 : s.parameters().valueAt(p, at);
                        out.add(new Sweep.Input(name, scale ? Sweep.Target.PARAMETER_SCALE : Sweep.Target.PARAMETER_VALUE, p, from,
                                r[0], r[1], base, null, null, m.line()));
                    }
                }
            } else if (m.has("criteria")) {
                List<String> sets = new ArrayList<>();
                m.list("criteria").forEach(i -> sets.add(i.value()));
                if (sets.size() < 2) {
                    m.problem("criteria", "names " + sets.size() + " set; a sweep over criteria needs two or more, e.g. [\"2024\", \"2026\"]");
                } else {
                    int own = sets.indexOf(s.criteria().at(at));
                    out.add(new Sweep.Input(name, Sweep.Target.CRITERIA, null, from, 0, sets.size() - 1, Math.max(0, own), sets, null,
                            m.line()));
                }
            } else {
                m.map("arrivals", true).ifPresent(a -> {
                    if (a.has("scale") == a.has("files")) {
                        a.problem("scale", "give either scale: [low, high] (a factor on the path) or files: [a.csv, b.csv] (paths to choose from)");
                    } else if (a.has("scale")) {
                        double[] r = range(a, "scale");
                        if (r != null && !arrivalsScaleFits(a, s, from, r[1])) {
                            r = null;
                        }
                        if (r != null) {
                            out.add(new Sweep.Input(name, Sweep.Target.ARRIVALS_SCALE, null, from, r[0], r[1], 1.0, null, null, m.line()));
                        }
                    } else {
                        List<String> files = new ArrayList<>();
                        List<ArrivalPath> paths = new ArrayList<>();
                        List<YamlMap.Item> named = a.list("files");
                        for (YamlMap.Item i : named) {
                            Path p = Sweep.folderOf(file).resolve(i.value()).normalize();
                            Problems own = new Problems();
                            ArrivalPath path = Files.isRegularFile(p) ? SeriesReader.arrivals(p, ScenarioLoader.shown(p), own) : null;
                            if (path == null) {
                                problems.add(a.file(), i.line(), a.qualified("files"), Files.isRegularFile(p)
                                        ? "'" + i.value() + "' is not an arrival series: " + own.list().get(0).message()
                                        : "'" + i.value() + "' is no file (read from " + Sweep.folderOf(file) + "); expected an arrival series CSV");
                            } else if (path.steps().get(0).from().isAfter(s.start())) {
                                problems.add(a.file(), i.line(), a.qualified("files"), "'" + i.value() + "' starts in "
                                        + path.steps().get(0).from() + ", after the scenario's start " + s.start());
                            } else {
                                files.add(i.value());
                                paths.add(path);
                            }
                        }
                        if (files.size() < 2 && files.size() == named.size()) {
                            a.problem("files", "names " + files.size() + " file; a sweep over arrival paths needs two or more");
                        } else if (files.size() >= 2) {
                            out.add(new Sweep.Input(name, Sweep.Target.ARRIVALS_FILE, null, from, 0, files.size() - 1, 0, files, paths,
                                    m.line()));
                        }
                    }
                    a.finish("scale, files");
                });
            }
            m.finish("name, parameter, scale, value, arrivals, criteria, from");
        }
        return out;
    }

    /** {@code key: [low, high]}, two numbers, low below high. */
    /**
     * Every design point within the parameter's unit range (Units, as a scenario's own values are): for
     * value: [low, high] the two ends, for scale: [low, high] the ends times the values in force from the month.
     */
    private static boolean inUnitRange(YamlMap m, Parameter p, boolean scale, double[] r, YearMonth at) {
        Units.Range range = Units.of(p.unit()).orElse(null);
        if (range == null) {
            return true;
        }
        double lowest = scale ? r[0] * p.values().stream().filter(v -> !v.from().isBefore(at) || p.inForce(at).orElse(null) == v)
                .mapToDouble(DatedValue::value).min().orElse(p.valueAt(at)) : r[0];
        double highest = scale ? r[1] * p.values().stream().filter(v -> !v.from().isBefore(at) || p.inForce(at).orElse(null) == v)
                .mapToDouble(DatedValue::value).max().orElse(p.valueAt(at)) : r[1];
        if (!range.holds(lowest) || !range.holds(highest)) {
            String key = scale ? "scale" : "value";
            m.problem(key, "is [" + r[0] + ", " + r[1] + "]" + (scale ? ", which takes " + p.name() + " to " + lowest + " .. " + highest : "")
                    + "; " + p.name() + " is in " + p.unit() + ": expected " + range.expected());
            return false;
        }
        return true;
    }

    /**
     * The top of an arrivals scale within the range of a factor and, applied to the scenario's path, within
     * the arrivals a month may bring (ankomster_maks_mnd): the point the sweep would run is refused here,
     * at the sweep's field, rather than by the loader at a run deep inside the sweep.
     */
    private static boolean arrivalsScaleFits(YamlMap a, Scenario s, YearMonth from, double high) {
        Units.Range factor = Units.of("factor").orElseThrow();
        if (!factor.holds(high)) {
            a.problem("scale", "goes to " + high + "; expected " + factor.expected());
            return false;
        }
        YearMonth at = from == null ? s.start() : from;
        var worst = ArrivalLimit.worst(ArrivalChanges.scaled(s.arrivals(), at, high, null), s.parameters(), at);
        if (worst.isPresent()) {
            a.problem("scale", "goes to " + high + ", which brings " + Limits.shown(worst.get().total()) + " arrivals in "
                    + worst.get().step().from() + "; " + worst.get().expected());
            return false;
        }
        return true;
    }

    private static double[] range(YamlMap m, String key) {
        List<YamlMap.Item> items = m.list(key);
        if (items.size() != 2) {
            m.problem(key, "has " + items.size() + " values; expected [low, high]");
            return null;
        }
        try {
            double low = Double.parseDouble(items.get(0).value());
            double high = Double.parseDouble(items.get(1).value());
            if (!(low < high) || !Double.isFinite(low) || !Double.isFinite(high)) {
                m.problem(key, "is [" + low + ", " + high + "]; expected low below high");
                return null;
            }
            if (low < 0) {
                m.problem(key, "starts at " + low + "; expected values of 0 or more");
                return null;
            }
            return new double[] {low, high};
        } catch (NumberFormatException e) {
            m.problem(key, "is [" + items.get(0).value() + ", " + items.get(1).value() + "]; expected two numbers [low, high]");
            return null;
        }
    }

    /** Over the sweep file's bytes and the scenario's own hash (every file it reads). */
    private static String sha256(Path file, Scenario s) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(Files.readAllBytes(file));
            d.update(s.sha256().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d.digest());
        } catch (IOException e) {
            throw new InputException(new Problem(file.toString(), 0, "", "cannot be read: " + e.getMessage()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
