package no.bosim.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads a scenario YAML file, the baselines it overlays and every file they name, and checks all
 * of it. Every problem found is reported at once, with file, line and field, in an
 * {@link InputException}; a scenario that loads is complete and consistent.
 */
public final class ScenarioLoader {

    /** The shipped scenarios inside the jar (copied from the project's top-level scenarios/ folder). */
    public static final String SHIPPED = "/no/bosim/scenarios/";
    public static final String DEFAULT_SCENARIO = "default.yaml";

    private static final String TOP_FIELDS = "name, description, baseline, start, horizon_months, seed, mode, "
            + "criteria, municipalities, arrivals, planning, parameter_files, parameters, initial, settled_before_start, "
            + "excluded_municipalities";

    private final Problems problems = new Problems();
    private final List<Path> inputs = new ArrayList<>();

    private ScenarioLoader() {
    }

    /** Loads and checks a scenario file; throws {@link InputException} listing every problem. */
    public static Scenario load(Path file) {
        return new ScenarioLoader().loadTop(file);
    }

    /** The default scenario shipped inside bosim. */
    public static Scenario loadDefault() {
        return load(shipped(DEFAULT_SCENARIO));
    }

    /** A scenario file shipped inside bosim, as a path (inside the jar when running from it). */
    public static Path shipped(String name) {
        URL url = ScenarioLoader.class.getResource(SHIPPED + name);
        if (url == null) {
            throw new InputException(new Problem(name, 0, "", "no shipped scenario of that name"));
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fs.provider().getPath(uri);
            }
            return Path.of(uri);
        } catch (URISyntaxException | IOException e) {
            throw new UncheckedIOException(new IOException("cannot open shipped scenario " + name, e));
        }
    }

    /** How a file is named in messages: as given on disk, or marked as shipped inside bosim. */
    static String shown(Path p) {
        return p.getFileSystem() == FileSystems.getDefault() ? p.toString() : "embedded:" + p;
    }

    /** The fields of one scenario file, with the folder that relative paths in it are resolved against. */
    private static final class Draft {
        final List<String> chain = new ArrayList<>();
        String name;
        String description;
        YearMonth start;
        Long horizon;
        Long seed;
        Mode mode;
        String criteria;
        Path municipalities;
        Path arrivals;
        Path planning;
        final List<Path> parameterFiles = new ArrayList<>();
        final List<Map<String, Parameter>> parameterOverlays = new ArrayList<>();
        InitialStocks initial;
        Map<Integer, Integer> settledBefore = Map.of();
        List<YamlMap.Item> excluded;
        String excludedFile;
    }

    private Scenario loadTop(Path file) {
        Draft d = readDraft(file.normalize(), new LinkedHashSet<>());
        problems.throwIfAny();
        String top = d.chain.get(0);
        require(d.start, top, "start", "the first simulated month, YYYY-MM");
        require(d.horizon, top, "horizon_months", "how many months to simulate");
        require(d.seed, top, "seed", "a whole number; the default seed of this scenario");
        require(d.criteria, top, "criteria", "the name of the request-criteria set, e.g. 2024");
        require(d.municipalities, top, "municipalities", "a CSV of kommuner, e.g. data/kommuner.csv");
        require(d.arrivals, top, "arrivals", "a CSV of monthly arrivals by stream");
        require(d.planning, top, "planning", "a CSV of the yearly settlement need");
        require(d.initial, top, "initial", "the people in the system at the start");
        if (d.parameterFiles.isEmpty()) {
            problems.add(top, 0, "parameter_files", "missing; name at least one parameter file");
        }
        problems.throwIfAny();

        List<Municipality> municipalities = SeriesReader.municipalities(d.municipalities, input(d.municipalities), problems);
        ArrivalPath arrivals = SeriesReader.arrivals(d.arrivals, input(d.arrivals), problems);
        PlanningFigures planning = SeriesReader.planning(d.planning, input(d.planning), problems);
        Map<String, Parameter> params = new LinkedHashMap<>();
        for (Path pf : d.parameterFiles) {
            String shown = input(pf);
            YamlMap.parse(pf, shown, problems).ifPresent(m -> params.putAll(ParameterReader.read(m, true)));
        }
        Parameters parameters = Parameters.of(params);
        for (Map<String, Parameter> overlay : d.parameterOverlays) {
            for (String name : overlay.keySet()) {
                if (!parameters.has(name) && overlay.get(name).unit().isEmpty()) {
                    problems.add(top, 0, "parameters." + name,
                            "is not defined in any parameter file; a new parameter needs description and unit");
                }
            }
            parameters = parameters.overlaidWith(overlay);
        }
        problems.throwIfAny();

        checkDates(d, top, arrivals, planning, parameters);
        Set<String> excluded = new HashSet<>();
        Set<String> known = new HashSet<>();
        municipalities.forEach(m -> known.add(m.kommunenummer()));
        if (d.excluded != null) {
            for (YamlMap.Item item : d.excluded) {
                if (!known.contains(item.value())) {
                    problems.add(d.excludedFile, item.line(), "excluded_municipalities",
                            "kommunenummer '" + item.value() + "' is not in " + input(d.municipalities)
                                    + "; expected a 4-digit code of the 2024 structure, e.g. 0301");
                } else {
                    excluded.add(item.value());
                }
            }
        }
        problems.throwIfAny();

        List<String> inputNames = inputs.stream().map(ScenarioLoader::shown).distinct().toList();
        return new Scenario(d.name, d.description, d.chain, d.start, d.horizon.intValue(), d.seed,
                d.mode == null ? Mode.STOCHASTIC : d.mode, d.criteria, municipalities, excluded, arrivals,
                planning, d.initial, d.settledBefore, parameters, inputNames, hash());
    }

    private void checkDates(Draft d, String top, ArrivalPath arrivals, PlanningFigures planning, Parameters parameters) {
        if (arrivals.steps().get(0).from().isAfter(d.start)) {
            problems.add(input(d.arrivals), arrivals.steps().get(0).line(), "month",
                    "the first row is " + arrivals.steps().get(0).from() + ", after the scenario's start " + d.start
                            + "; the path must cover the first month");
        }
        if (planning.years().get(0).year() > d.start.getYear()) {
            problems.add(input(d.planning), 0, "year", "the first year is " + planning.years().get(0).year()
                    + ", after the scenario's start year " + d.start.getYear());
        }
        for (Parameter p : parameters.all().values()) {
            if (p.inForce(d.start).isEmpty()) {
                problems.add(top, 0, "parameters." + p.name(), "has no value in force at the start " + d.start
                        + "; its first value is from " + p.values().get(0).from());
            }
        }
    }

    private String input(Path p) {
        inputs.add(p);
        return shown(p);
    }

    private void require(Object value, String file, String field, String expected) {
        if (value == null) {
            problems.add(file, 0, field, "missing; expected " + expected);
        }
    }

    private Draft readDraft(Path file, Set<Path> visiting) {
        String shown = shown(file);
        if (!Files.isRegularFile(file)) {
            problems.add(shown, 0, "", "no such file");
            return new Draft();
        }
        if (!visiting.add(file.toAbsolutePath())) {
            problems.add(shown, 0, "baseline", "the baseline chain loops back to this file");
            return new Draft();
        }
        inputs.add(file);
        Optional<YamlMap> parsed = YamlMap.parse(file, shown, problems);
        if (parsed.isEmpty()) {
            return new Draft();
        }
        YamlMap y = parsed.get();
        Path dir = file.toAbsolutePath().getParent();
        String baseline = y.text("baseline", false);
        Draft d = baseline == null ? new Draft() : readDraft(resolve(dir, baseline, y, "baseline"), visiting);
        d.chain.add(0, shown);
        d.name = y.text("name", true);
        d.description = y.text("description", true);
        if (d.name != null && !d.name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            y.problem("name", "is '" + d.name + "'; expected letters, digits, '.', '_' or '-' (it names output files)");
        }
        d.start = y.has("start") ? y.month("start", true) : d.start;
        if (y.has("horizon_months")) {
            d.horizon = y.whole("horizon_months", true, 1);
            if (d.horizon != null && d.horizon > 1200) {
                y.problem("horizon_months", "is " + d.horizon + "; expected at most 1200 (100 years)");
            }
        }
        d.seed = y.has("seed") ? y.whole("seed", true, 0) : d.seed;
        if (y.has("mode")) {
            String mode = y.text("mode", true);
            if (mode != null) {
                switch (mode) {
                    case "stochastic" -> d.mode = Mode.STOCHASTIC;
                    case "deterministic" -> d.mode = Mode.DETERMINISTIC;
                    default -> y.problem("mode", "is '" + mode + "'; expected stochastic or deterministic");
                }
            }
        }
        d.criteria = y.has("criteria") ? y.text("criteria", true) : d.criteria;
        d.municipalities = y.has("municipalities") ? resolve(dir, y.text("municipalities", true), y, "municipalities") : d.municipalities;
        d.arrivals = y.has("arrivals") ? resolve(dir, y.text("arrivals", true), y, "arrivals") : d.arrivals;
        d.planning = y.has("planning") ? resolve(dir, y.text("planning", true), y, "planning") : d.planning;
        for (YamlMap.Item item : y.list("parameter_files")) {
            Path p = resolve(dir, item.value(), y, "parameter_files");
            if (p != null) {
                d.parameterFiles.add(p);
            }
        }
        y.map("parameters", false).ifPresent(m -> d.parameterOverlays.add(ParameterReader.read(m, false)));
        y.map("initial", false).ifPresent(m -> d.initial = initial(m));
        y.map("settled_before_start", false).ifPresent(m -> d.settledBefore = settledBefore(m));
        if (y.has("excluded_municipalities")) {
            d.excluded = y.list("excluded_municipalities");
            d.excludedFile = shown;
        }
        y.finish(TOP_FIELDS);
        return d;
    }

    private Path resolve(Path dir, String relative, YamlMap y, String field) {
        if (relative == null) {
            return null;
        }
        Path p = dir.resolve(relative).normalize();
        if (!Files.isRegularFile(p)) {
            y.problem(field, "file '" + relative + "' not found (looked for " + shown(p) + ")");
            return null;
        }
        return p;
    }

    private InitialStocks initial(YamlMap m) {
        Map<Stream, Integer> awaiting = streams(m, "awaiting_decision", EnumSetOf.WITHOUT_QUOTA);
        Map<Stream, Integer> ready = streams(m, "settlement_ready", EnumSetOf.ALL);
        Long spread = m.whole("months_waited_spread", true, 1);
        Long capacity = m.whole("reception_capacity", true, 0);
        Basis basis = ParameterReader.basis(m);
        m.finish("awaiting_decision, settlement_ready, months_waited_spread, reception_capacity, source, assumption");
        if (awaiting == null || ready == null || spread == null || capacity == null || basis == null) {
            return null;
        }
        return new InitialStocks(awaiting, ready, spread.intValue(), capacity.intValue(), basis);
    }

    /** {@code counts: {YYYY: n, ...}} with a source or an assumption. */
    private Map<Integer, Integer> settledBefore(YamlMap m) {
        Map<Integer, Integer> out = new java.util.TreeMap<>();
        m.map("counts", true).ifPresent(counts -> {
            for (String key : List.copyOf(counts.keys())) {
                Long n = counts.whole(key, true, 0);
                if (!key.matches("\\d{4}")) {
                    counts.problem(key, "is not a year; expected YYYY: count, e.g. 2023: 33000");
                } else if (n != null) {
                    out.put(Integer.parseInt(key), n.intValue());
                }
            }
        });
        ParameterReader.basis(m);
        m.finish("counts, source, assumption");
        return out;
    }

    private enum EnumSetOf { ALL, WITHOUT_QUOTA }

    private Map<Stream, Integer> streams(YamlMap m, String key, EnumSetOf which) {
        Optional<YamlMap> section = m.map(key, true);
        if (section.isEmpty()) {
            return null;
        }
        Map<Stream, Integer> out = new EnumMap<>(Stream.class);
        StringBuilder expected = new StringBuilder();
        for (Stream s : Stream.values()) {
            if (which == EnumSetOf.WITHOUT_QUOTA && s == Stream.QUOTA) {
                continue;
            }
            expected.append(expected.length() == 0 ? "" : ", ").append(s.column());
            Long n = section.get().whole(s.column(), false, 0);
            out.put(s, n == null ? 0 : n.intValue());
        }
        section.get().finish(expected.toString());
        return out;
    }

    private String hash() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path p : new LinkedHashSet<>(inputs)) {
                sha.update(p.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(p));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lower-case name of a mode, as written in scenario files. */
    public static String modeName(Mode mode) {
        return mode.name().toLowerCase(Locale.ROOT);
    }
}
