package no.bosim.scenario;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads a backtest's observations: a YAML file with a description, the CSV of observations
 * ({@code indicator,period,value,basis}) and a tolerance per indicator. Every problem is reported
 * at once with file, line and field; every observation must cite a source (an assumption is not
 * an observation), name a known indicator, and have a tolerance.
 */
public final class ObservationLoader {

    static final List<String> COLUMNS = List.of("indicator", "period", "value", "basis");

    private ObservationLoader() {
    }

    /**
     * @param indicators the indicators a backtest can compute, by name
     */
    public static Observations load(Path file, Set<String> indicators) {
        Problems problems = new Problems();
        String shown = ScenarioLoader.shown(file);
        Optional<YamlMap> parsed = YamlMap.parse(file, shown, problems);
        problems.throwIfAny();
        YamlMap y = parsed.orElseThrow();
        String description = y.text("description", true);
        String csv = y.text("observations", true);
        Map<String, Observations.Tolerance> tolerances = new LinkedHashMap<>();
        y.map("tolerances", true).ifPresent(t -> {
            for (String name : List.copyOf(t.keys())) {
                if (!indicators.contains(name)) {
                    t.problem(name, "is not an indicator bosim computes; expected one of " + new java.util.TreeSet<>(indicators));
                }
                t.map(name, true).ifPresent(tol -> {
                    boolean relative = tol.has("relative");
                    if (relative == tol.has("absolute")) {
                        tol.problem(relative ? "absolute" : "relative", "give either relative (a share of the observed value) or absolute (in the indicator's unit)");
                        tol.text("relative", false);
                        tol.text("absolute", false);
                        return;
                    }
                    Double v = tol.number(relative ? "relative" : "absolute", true);
                    tol.finish("relative, absolute");
                    if (v != null && v < 0) {
                        tol.problem(relative ? "relative" : "absolute", "is " + v + "; expected a tolerance >= 0");
                    } else if (v != null) {
                        tolerances.put(name, new Observations.Tolerance(relative, v));
                    }
                });
            }
        });
        y.finish("description, observations, tolerances");
        problems.throwIfAny();
        Path csvPath = file.toAbsolutePath().getParent().resolve(csv).normalize();
        if (!java.nio.file.Files.isRegularFile(csvPath)) {
            problems.add(shown, y.lineOf("observations"), "observations", "file '" + csv + "' not found (looked for "
                    + ScenarioLoader.shown(csvPath) + ")");
            problems.throwIfAny();
        }
        String csvShown = ScenarioLoader.shown(csvPath);
        List<Observations.Observation> out = new ArrayList<>();
        CsvTable.read(csvPath, csvShown, COLUMNS, problems).ifPresent(t -> {
            java.util.Set<String> seen = new java.util.HashSet<>();
            Map<String, List<CsvTable.Row>> untolerated = new LinkedHashMap<>();
            for (CsvTable.Row r : t.rows()) {
                String indicator = r.get("indicator");
                String period = r.get("period");
                Double value = t.number(r, "value");
                Basis basis = t.basis(r, "basis");
                if (!indicators.contains(indicator)) {
                    t.problem(r, "indicator", "is '" + indicator + "'; expected one of " + new java.util.TreeSet<>(indicators));
                    continue;
                }
                if (!tolerances.containsKey(indicator)) {
                    untolerated.computeIfAbsent(indicator, k -> new ArrayList<>()).add(r);
                    continue;
                }
                int year;
                YearMonth month = null;
                if (period.matches("\\d{4}")) {
                    year = Integer.parseInt(period);
                } else {
                    try {
                        month = YearMonth.parse(period);
                        year = month.getYear();
                    } catch (DateTimeParseException e) {
                        t.problem(r, "period", "is '" + period + "'; expected a year YYYY or a month YYYY-MM");
                        continue;
                    }
                }
                if (basis instanceof Basis.Assumption) {
                    t.problem(r, "basis", "is an assumption; an observation must cite its source ('source: title https://...')");
                    continue;
                }
                if (value == null || basis == null) {
                    continue;
                }
                // Every indicator counts people, places or months, or is a share: none is negative, no share over 1.
                boolean share = indicator.endsWith("_share");
                if (value < 0 || (share && value > 1)) {
                    t.problem(r, "value", "is " + r.get("value") + "; expected " + (share ? "a share from 0 to 1" : "a figure of 0 or more"));
                    continue;
                }
                if (!seen.add(indicator + "@" + period)) {
                    t.problem(r, "period", indicator + " " + period + " appears twice; each observation once");
                    continue;
                }
                out.add(new Observations.Observation(indicator, year, month, value, (Basis.Source) basis, csvShown, r.line()));
            }
            // One cause, one message: an indicator without a tolerance is said once, with the rows it covers.
            untolerated.forEach((indicator, rs) -> t.problem(rs.get(0), "indicator", "'" + indicator + "' has no tolerance in "
                    + shown + "; add one under tolerances" + (rs.size() > 1 ? " (lines " + String.join(", ",
                    rs.stream().map(x -> String.valueOf(x.line())).toList()) + ")" : "")));
        });
        problems.throwIfAny();
        return new Observations(description, shown, out, tolerances);
    }
}
