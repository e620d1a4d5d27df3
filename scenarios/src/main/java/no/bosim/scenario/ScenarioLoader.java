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

    private static final String TOP_FIELDS = "name, title, tittel, description, beskrivelse, baseline, start, horizon_months, seed, mode, "
            + "criteria, municipalities, arrivals, planning, requests, request_revisions, population, kommune_history, observed, "
            + "arrivals_scale, arrivals_surge, projection_from, anchor, parameter_files, parameters, initial, settled_before_start, excluded_municipalities";

    /** The IMDi page the 2024 columns of the shipped kommune file come from. */
    static final Basis IMDI_2024 = new Basis.Source("IMDi, Nøkkeltall bosetting 2024: anmodet, vedtatt og bosatt per kommune",
            "https://www.imdi.no/bosetting/bosettingstall/nokkeltall-bosetting-2024/");

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
        String descriptionNb;
        /** title and tittel: what a reader sees instead of the file's name; an overlay without its own keeps none. */
        String title;
        String titleNb;
        YearMonth start;
        Long horizon;
        Long seed;
        Mode mode;
        List<CriteriaSchedule.Entry> criteria;
        int criteriaLine;
        String criteriaFile;
        Path municipalities;
        Path arrivals;
        /** arrivals_scale and arrivals_surge: changes to the arrival path given as data, or null. */
        ArrivalChanges.Scale arrivalsScale;
        ArrivalChanges.Surge arrivalsSurge;
        Path planning;
        Path requests;
        /** From when the need rules also revise the requests the requests file gives (request_revisions); null: never. */
        YearMonth rulesReviseFrom;
        /** Where rules_from and projection_from were given (file, line), for a message about their months. */
        String[] rulesReviseFromAt;
        String[] projectionFromAt;
        /** request_revisions: rules, from the start whatever it is. */
        boolean rulesReviseFromStart;
        Path population;
        final List<Path> history = new ArrayList<>();
        Path observed;
        /** The first projected month (projection_from); null: the start. */
        YearMonth projectionFrom;
        /** Observed stocks at the projection start (anchor), by stock. */
        Map<String, Anchor> anchors = new LinkedHashMap<>();
        /** The line of each anchor's value, for a message about it once the parameters are known. */
        Map<String, Integer> anchorLines = new LinkedHashMap<>();
        String anchorFile;
        final List<Path> parameterFiles = new ArrayList<>();
        final List<Map<String, Parameter>> parameterOverlays = new ArrayList<>();
        InitialStocks initial;
        Path stocks;
        int asOfLine;
        String initialFile;
        Map<Integer, Integer> settledBefore = Map.of();
        /** Where each year of settled_before_start was given: {file, line, field}, for checks against the start. */
        Map<Integer, String[]> settledBeforeAt = Map.of();
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
        require(d.initial, top, "initial", "the people in the system at the start");
        if (d.parameterFiles.isEmpty()) {
            problems.add(top, 0, "parameter_files", "missing; name at least one parameter file");
        }
        problems.throwIfAny();

        List<Municipality> municipalities = SeriesReader.municipalities(d.municipalities, input(d.municipalities), problems);
        ArrivalPath arrivals = SeriesReader.arrivals(d.arrivals, input(d.arrivals), problems);
        PlanningFigures planning = d.planning == null ? new PlanningFigures(List.of())
                : SeriesReader.planning(d.planning, input(d.planning), problems);
        RequestSeries requests = d.requests == null ? RequestSeries.NONE : SeriesReader.requests(d.requests, input(d.requests), problems);
        PopulationSeries population = d.population == null ? PopulationSeries.NONE
                : SeriesReader.population(d.population, input(d.population), problems);
        List<InitialStocks.Stock> stocks = d.stocks == null ? List.of() : SeriesReader.stocks(d.stocks, input(d.stocks), problems);
        KommuneHistory history = history(d, municipalities);
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

        InitialStocks initial = d.initial == null ? null : new InitialStocks(d.initial.asOf(), stocks,
                d.initial.ordinaryPlaces(), d.initial.emergencyPlaces(), d.initial.ordersUnderWay(), d.initial.basis());
        checkDates(d, top, arrivals, planning, parameters, initial);
        // Figures no month has come near: refused with their lines, before anything runs on them.
        Plausibility.arrivals(problems, shown(d.arrivals), arrivals, parameters);
        Plausibility.stocks(problems, parameters, d.start, d.projectionFrom == null ? d.start : d.projectionFrom, d.anchorFile,
                d.anchors, d.anchorLines, stocks);
        problems.throwIfAny();
        arrivals = changed(d, arrivals, parameters);
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
            // With every kommune left out nobody can be asked: the cause is here, not in the criteria that later find none.
            if (!municipalities.isEmpty() && excluded.size() == known.size()) {
                problems.add(d.excludedFile, d.excluded.get(0).line(), "excluded_municipalities", "leaves out all "
                        + known.size() + " kommuner of " + input(d.municipalities) + "; expected at least one kommune to ask");
            }
        }
        problems.throwIfAny();

        if (d.observed != null) {
            input(d.observed);
        }
        // People settled before the start are of years before it: a later year would count twice, in the run and here.
        d.settledBefore.keySet().stream().filter(year -> year >= d.start.getYear()).forEach(year -> {
            String[] at = d.settledBeforeAt.get(year);
            problems.add(at[0], Integer.parseInt(at[1]), at[2], "is a year the run simulates (it starts " + d.start
                    + "); expected the people settled in a year before " + d.start.getYear());
        });
        problems.throwIfAny();
        // Months before the start name nothing in the run (most often a typing error); one after its end is meaningful:
        // a backtest that replays observed inputs to its last month, or requests the rules never revise.
        if (d.projectionFrom != null && d.projectionFrom.isBefore(d.start)) {
            String[] at = d.projectionFromAt == null ? new String[] {top, "0"} : d.projectionFromAt;
            problems.add(at[0], Integer.parseInt(at[1]), "projection_from", "is " + d.projectionFrom + ", before the start " + d.start
                    + "; expected the first month whose inputs are projected, from the start on");
            problems.throwIfAny();
        }
        if (d.rulesReviseFrom != null && d.rulesReviseFrom.isBefore(d.start)) {
            String[] at = d.rulesReviseFromAt == null ? new String[] {top, "0"} : d.rulesReviseFromAt;
            problems.add(at[0], Integer.parseInt(at[1]), "request_revisions.rules_from", "is " + d.rulesReviseFrom + ", before the start "
                    + d.start + "; expected the first month the need rules revise the requests, from the start on (or request_revisions: "
                    + "rules, from the start)");
            problems.throwIfAny();
        }
        if (!d.anchors.isEmpty() && (d.projectionFrom == null || !d.projectionFrom.isAfter(d.start))) {
            problems.add(d.anchorFile, 0, "anchor", "is given but the run replays no history (projection_from is "
                    + (d.projectionFrom == null ? "not given" : d.projectionFrom) + "); an anchor brings replayed history to "
                    + "observed stocks at projection_from, after the start");
            problems.throwIfAny();
        }
        return new Scenario(d.name, d.description, d.descriptionNb, d.chain, d.start, d.horizon.intValue(), d.seed,
                d.mode == null ? Mode.STOCHASTIC : d.mode, new CriteriaSchedule(d.criteria), municipalities, excluded, arrivals,
                planning, requests, d.rulesReviseFromStart ? d.start : d.rulesReviseFrom, population, history, initial, d.settledBefore, parameters, d.observed,
                d.projectionFrom == null ? d.start : d.projectionFrom,
                Anchor.STOCKS.stream().filter(d.anchors::containsKey).map(d.anchors::get).toList(),
                inputs.stream().map(ScenarioLoader::shown).distinct().toList(), hash(), d.title, d.titleNb);
    }

    /** The path after the scenario's arrivals_scale and arrivals_surge (ArrivalChanges). */
    private ArrivalPath changed(Draft d, ArrivalPath arrivals, Parameters parameters) {
        if (d.arrivalsScale == null && d.arrivalsSurge == null) {
            return arrivals;
        }
        Path shapes = shipped(ArrivalChanges.SHAPES_FILE);
        return ArrivalChanges.apply(d.arrivalsScale, d.arrivalsSurge, arrivals, parameters, d.start,
                d.start.plusMonths(d.horizon - 1), shapes, d.arrivalsSurge == null ? null : input(shapes), problems);
    }

    /** The parameter that bounds a month's arrivals; a path above it is refused, not run (docs/scenarios.md). */
    public static final String MAX_ARRIVALS = ArrivalLimit.PARAMETER;

    /** The plausibility limit on people in a stock (the anchors' and the start's), in {@link Plausibility}. */
    public static final String MAX_STOCK = Plausibility.MAX_STOCK;

    private void checkDates(Draft d, String top, ArrivalPath arrivals, PlanningFigures planning, Parameters parameters,
                            InitialStocks initial) {
        if (initial != null && !initial.asOf().equals(d.start)) {
            problems.add(d.initialFile, d.asOfLine, "initial.as_of", "is " + initial.asOf() + " but the scenario starts "
                    + d.start + "; the initial stocks describe the first day of the start month, so give stocks as of "
                    + d.start + " (or start the scenario in " + initial.asOf() + ")");
        }
        if (!d.criteria.get(0).from().equals(d.start) && d.criteria.get(0).from().isAfter(d.start)) {
            problems.add(d.criteriaFile, d.criteriaLine, "criteria", "the first set is in force from " + d.criteria.get(0).from()
                    + ", after the start " + d.start + "; name the set in force at the start");
        }
        if (arrivals.steps().get(0).from().isAfter(d.start)) {
            problems.add(input(d.arrivals), arrivals.steps().get(0).line(), "month",
                    "the first row is " + arrivals.steps().get(0).from() + ", after the scenario's start " + d.start
                            + "; the path must cover the first month");
        }
        if (!planning.years().isEmpty() && planning.years().get(0).year() > d.start.getYear() + 1) {
            problems.add(input(d.planning), 0, "year", "the first year is " + planning.years().get(0).year()
                    + ", after the year after the start (" + (d.start.getYear() + 1) + "); a year without a figure of its own would take it");
        }
        List<Parameter> missing = parameters.all().values().stream().filter(p -> p.inForce(d.start).isEmpty()).toList();
        if (missing.size() > 3) {
            // A start before the parameter files' first values: one problem, not one per parameter.
            YearMonth earliest = missing.stream().map(p -> p.values().get(0).from()).max(YearMonth::compareTo).orElseThrow();
            problems.add(top, 0, "start", "is " + d.start + ", but " + missing.size() + " parameters have no value in force "
                    + "until " + earliest + " (" + missing.get(0).name() + ", " + missing.get(1).name() + ", ...); expected a start "
                    + "from " + earliest + ", or values dated from the start in your parameter files");
        } else {
            for (Parameter p : missing) {
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

    /** What a file given as a scenario is instead, by the fields only that kind has, or null (one fault, one message). */
    static String otherKind(YamlMap y) {
        if (y.has("inputs") && y.has("scenario")) {
            return "a sweep file (it names scenario: and inputs:); run it with bosim sweep";
        }
        if (y.has("observations") && y.has("tolerances")) {
            return "an observations file (it has observations: and tolerances:); name it under observed: in a scenario";
        }
        return null;
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
        String kind = otherKind(y);
        if (kind != null) {
            problems.add(shown, 1, "", "is " + kind + ", not a scenario");
            return new Draft();
        }
        Path dir = file.toAbsolutePath().getParent();
        String baseline = y.text("baseline", false);
        Path base = baseline == null ? null : baselineFile(dir, baseline, y);
        Draft d = base == null ? new Draft() : readDraft(base, visiting);
        d.chain.add(0, shown);
        d.name = y.text("name", true);
        d.description = y.text("description", true);
        d.descriptionNb = y.text("beskrivelse", false);
        // A title describes this file's scenario; an overlay that names none does not inherit its baseline's.
        d.title = y.text("title", false);
        d.titleNb = y.text("tittel", false);
        if (d.name != null && !d.name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            y.problem("name", "is '" + d.name + "'; expected letters, digits, '.', '_' or '-' (it names output files)");
        }
        d.start = y.has("start") ? y.month("start", true) : d.start;
        if (y.has("horizon_months")) {
            d.horizon = y.whole("horizon_months", true, 1, 1200);
        }
        d.seed = y.has("seed") ? y.whole("seed", true, 0, Long.MAX_VALUE) : d.seed;
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
        if (y.has("criteria")) {
            d.criteria = criteria(y);
            d.criteriaLine = y.lineOf("criteria");
            d.criteriaFile = shown;
        }
        d.municipalities = y.has("municipalities") ? resolve(dir, y.text("municipalities", true), y, "municipalities") : d.municipalities;
        d.arrivals = y.has("arrivals") ? resolve(dir, y.text("arrivals", true), y, "arrivals") : d.arrivals;
        d.arrivalsScale = y.has("arrivals_scale") ? ArrivalChanges.readScale(y) : d.arrivalsScale;
        d.arrivalsSurge = y.has("arrivals_surge") ? ArrivalChanges.readSurge(y) : d.arrivalsSurge;
        d.planning = y.has("planning") ? resolve(dir, y.text("planning", true), y, "planning") : d.planning;
        d.requests = y.has("requests") ? resolve(dir, y.text("requests", true), y, "requests") : d.requests;
        if (y.has("request_revisions")) {
            if (y.isMapping("request_revisions")) {
                y.map("request_revisions", true).ifPresent(r -> {
                    YearMonth from = r.month("rules_from", true);
                    r.finish("rules_from");
                    d.rulesReviseFrom = from;
                    d.rulesReviseFromAt = new String[] {shown, String.valueOf(r.lineOf("rules_from"))};
                    d.rulesReviseFromStart = false;
                });
            } else {
                String by = y.text("request_revisions", true);
                if ("rules".equals(by) || "data".equals(by)) {
                    d.rulesReviseFrom = null;
                    d.rulesReviseFromStart = "rules".equals(by);
                } else if (by != null) {
                    y.problem("request_revisions", "is '" + by + "'; expected data (only the revisions in the requests file), rules "
                            + "(the need rules revise the given requests too, as for arrivals that did not happen) or "
                            + "{rules_from: YYYY-MM} (from that month on)");
                }
            }
        }
        d.population = y.has("population") ? resolve(dir, y.text("population", true), y, "population") : d.population;
        if (y.has("observed")) {
            // "none" drops the baseline's observations: a replayed surge has no history of its own.
            String observed = y.text("observed", true);
            d.observed = "none".equals(observed) ? null : resolve(dir, observed, y, "observed");
        }
        if (y.has("projection_from")) {
            // "none" drops the baseline's: an overlay that replaces the arrivals with a surge projects from its start.
            d.projectionFrom = "none".equals(y.text("projection_from", true)) ? null : y.month("projection_from", true);
            d.projectionFromAt = new String[] {shown, String.valueOf(y.lineOf("projection_from"))};
        }
        if (y.has("anchor")) {
            d.anchors = new LinkedHashMap<>();
            d.anchorFile = shown;
            y.map("anchor", true).ifPresent(a -> {
                for (String stock : List.copyOf(a.keys())) {
                    if (!Anchor.STOCKS.contains(stock)) {
                        a.problem(stock, "is not a stock bosim can anchor; expected " + String.join(" or ", Anchor.STOCKS));
                        continue;
                    }
                    a.map(stock, true).ifPresent(entry -> {
                        Long value = entry.whole("value", true, 0, Limits.MAX_COUNT);
                        Basis basis = ParameterReader.basis(entry);
                        entry.finish("value, " + ParameterReader.BASIS_FIELDS);
                        if (value != null && basis != null) {
                            d.anchors.put(stock, new Anchor(stock, value.intValue(), basis));
                            d.anchorLines.put(stock, entry.lineOf("value"));
                        }
                    });
                }
            });
        }
        if (y.has("kommune_history")) {
            d.history.clear();
            for (YamlMap.Item item : y.list("kommune_history")) {
                Path p = resolve(dir, item.value(), y, "kommune_history");
                if (p != null) {
                    d.history.add(p);
                }
            }
        }
        for (YamlMap.Item item : y.list("parameter_files")) {
            Path p = resolve(dir, item.value(), y, "parameter_files");
            if (p != null) {
                d.parameterFiles.add(p);
            }
        }
        y.map("parameters", false).ifPresent(m -> d.parameterOverlays.add(ParameterReader.read(m, false)));
        y.map("initial", false).ifPresent(m -> {
            d.initial = initial(m);
            d.stocks = m.has("stocks") ? resolve(dir, m.text("stocks", true), m, "stocks") : null;
            d.asOfLine = m.lineOf("as_of");
            d.initialFile = shown;
        });
        y.map("settled_before_start", false).ifPresent(m -> {
            d.settledBeforeAt = new java.util.TreeMap<>();
            d.settledBefore = settledBefore(m, d.settledBeforeAt);
        });
        if (y.has("excluded_municipalities")) {
            d.excluded = y.list("excluded_municipalities");
            d.excludedFile = shown;
        }
        y.finish(TOP_FIELDS);
        return d;
    }

    /** The names of the scenarios shipped inside bosim, which an overlay anywhere may name as its baseline. */
    public static final List<String> SHIPPED_SCENARIOS = List.of("default", "from-2024", "surge-2015", "surge-2022", "criteria-2026", "backtest-2019", "backtest-2022");

    /**
     * A baseline is a file relative to the overlay, or, when no such file exists, a shipped
     * scenario by name ({@code baseline: default} or {@code default.yaml}), so the README's overlay
     * works from any folder.
     */
    private Path baselineFile(Path dir, String baseline, YamlMap y) {
        Path p = dir.resolve(baseline).normalize();
        if (Files.isRegularFile(p)) {
            return p;
        }
        String name = baseline.endsWith(".yaml") ? baseline.substring(0, baseline.length() - 5) : baseline;
        if (SHIPPED_SCENARIOS.contains(name) && dir.getFileSystem() == FileSystems.getDefault()) {
            return shipped(name + ".yaml");
        }
        if (SHIPPED_SCENARIOS.contains(name)) {
            return dir.resolve(name + ".yaml");
        }
        y.problem("baseline", "file '" + baseline + "' not found (looked for " + shown(p) + "); expected a scenario file "
                + "relative to this one, or a shipped scenario: " + String.join(", ", SHIPPED_SCENARIOS));
        return null;
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
        for (String moved : List.of("awaiting_decision", "settlement_ready", "months_waited_spread", "reception_capacity")) {
            if (m.has(moved)) {
                m.problem(moved, "is no longer read here: initial stocks now come as of a date, from a stock table "
                        + "(initial.stocks: a CSV of group,stage,months_waited,housing,count,basis) with reception places "
                        + "under initial.reception; see docs/scenarios.md");
                m.text(moved, false);
                m.map(moved, false);
            }
        }
        YearMonth asOf = m.month("as_of", true);
        m.text("stocks", true);
        int ordinary = 0;
        int emergency = 0;
        Optional<YamlMap> reception = m.map("reception", true);
        if (reception.isPresent()) {
            Long o = reception.get().whole("ordinary_places", true, 0);
            Long e = reception.get().whole("emergency_places", false, 0);
            reception.get().finish("ordinary_places, emergency_places");
            ordinary = o == null ? 0 : o.intValue();
            emergency = e == null ? 0 : e.intValue();
        }
        List<InitialStocks.PlaceOrder> orders = new ArrayList<>();
        if (m.has("orders")) {
            for (YamlMap order : m.maps("orders")) {
                YearMonth effective = order.month("effective", true);
                String places = order.text("places", true);
                String kind = order.text("kind", true);
                Basis basis = ParameterReader.basis(order, "places");
                order.finish("effective, places, kind, " + ParameterReader.BASIS_FIELDS);
                Integer n = null;
                try {
                    n = places == null ? null : Integer.parseInt(places.replace("_", ""));
                    if (n != null && Math.abs((long) n) > Limits.MAX_COUNT) {
                        order.problem("places", "is " + places + "; expected at most " + Limits.shown(Limits.MAX_COUNT)
                                + " places either way");
                        n = null;
                    }
                } catch (NumberFormatException ex) {
                    order.problem("places", "is '" + places + "'; expected a whole number of places (at most "
                            + Limits.shown(Limits.MAX_COUNT) + "), negative to close");
                }
                if (kind != null && !List.of("ordinær", "akutt", "nedlegging").contains(kind)) {
                    order.problem("kind", "is '" + kind + "'; expected ordinær, akutt or nedlegging");
                    kind = null;
                }
                // The sign says the direction, as in capacity_orders.csv: a closing removes places (negative),
                // an opening adds them (positive). A sign against its kind would close nothing and still count
                // as places on the way for the capacity rules, so it is refused rather than clamped.
                if (n != null && kind != null && (kind.equals("nedlegging") ? n >= 0 : n <= 0)) {
                    order.problem("places", "is " + places + "; " + (kind.equals("nedlegging")
                            ? "a closing (kind nedlegging) takes a negative number of places, as -" + Math.abs((long) n)
                            : "an opening (kind " + kind + ") takes a positive number of places"));
                    n = null;
                }
                if (effective != null && asOf != null && !effective.isAfter(asOf)) {
                    order.problem("effective", "is " + effective + "; an order under way takes effect after the start " + asOf
                            + " (places already open belong under reception)");
                    effective = null;
                }
                if (effective != null && n != null && kind != null && basis != null) {
                    orders.add(new InitialStocks.PlaceOrder(effective, n, kind, basis));
                }
            }
        }
        Basis basis = ParameterReader.basis(m, "stocks");
        m.finish("as_of, stocks, reception, orders, " + ParameterReader.BASIS_FIELDS);
        if (asOf == null || basis == null) {
            return null;
        }
        return new InitialStocks(asOf, List.of(), ordinary, emergency, orders, basis);
    }

    /** {@code criteria: "2024"}, or dated sets {@code criteria: {2019-01: {value: "2019", source: ...}, ...}}. */
    private static List<CriteriaSchedule.Entry> criteria(YamlMap y) {
        if (!y.isMapping("criteria")) {
            String name = y.text("criteria", true);
            return name == null ? null : List.of(new CriteriaSchedule.Entry(YearMonth.of(1900, 1), name, null));
        }
        List<CriteriaSchedule.Entry> out = new ArrayList<>();
        y.map("criteria", true).ifPresent(dated -> {
            for (String date : List.copyOf(dated.keys())) {
                YearMonth from = dated.parseMonth(date, date);
                dated.map(date, true).ifPresent(entry -> {
                    String name = entry.text("value", true);
                    Basis basis = ParameterReader.basis(entry);
                    entry.finish("value, " + ParameterReader.BASIS_FIELDS);
                    if (from != null && name != null && basis != null) {
                        out.add(new CriteriaSchedule.Entry(from, name, basis));
                    }
                });
            }
        });
        out.sort(java.util.Comparator.comparing(CriteriaSchedule.Entry::from));
        return out.isEmpty() ? null : out;
    }

    /** IMDi's figures of the kommune file's year, then every kommune history file the scenario names. */
    private KommuneHistory history(Draft d, List<Municipality> municipalities) {
        Map<Integer, Map<String, KommuneHistory.Figures>> byYear = new java.util.TreeMap<>();
        Map<Integer, Basis> sources = new java.util.TreeMap<>();
        Map<String, KommuneHistory.Figures> fromFile = new java.util.TreeMap<>();
        for (Municipality m : municipalities) {
            fromFile.put(m.kommunenummer(), new KommuneHistory.Figures(m.anmodet(), m.vedtatt(), m.bosatt()));
        }
        if (!fromFile.isEmpty()) {
            int year = municipalities.get(0).figuresYear();
            byYear.put(year, fromFile);
            // 2024's figures are IMDi's published table (the shipped file's); a file of another year answers for its own.
            sources.put(year, year == 2024 ? IMDI_2024 : new Basis.Assumption("IMDi's " + year + " figures per kommune as the kommune file " + input(d.municipalities)
                    + " gives them", "IMDis tall for " + year + " per kommune slik kommunefilen " + input(d.municipalities) + " gir dem"));
        }
        Set<String> known = new HashSet<>();
        municipalities.forEach(m -> known.add(m.kommunenummer()));
        for (Path p : d.history) {
            SeriesReader.history(p, input(p), problems, known, byYear, sources);
        }
        return new KommuneHistory(byYear, sources);
    }

    /** {@code counts: {YYYY: n, ...}} with a source or an assumption. */
    private Map<Integer, Integer> settledBefore(YamlMap m, Map<Integer, String[]> at) {
        Map<Integer, Integer> out = new java.util.TreeMap<>();
        m.map("counts", true).ifPresent(counts -> {
            for (String key : List.copyOf(counts.keys())) {
                Long n = counts.whole(key, true, 0);
                if (!key.matches("\\d{4}")) {
                    counts.problem(key, "is not a year; expected YYYY: count, e.g. 2023: 33000");
                } else if (n != null) {
                    out.put(Integer.parseInt(key), n.intValue());
                    at.put(Integer.parseInt(key), new String[] {counts.file(), String.valueOf(counts.lineOf(key)), counts.qualified(key)});
                }
            }
        });
        ParameterReader.basis(m);
        m.finish("counts, " + ParameterReader.BASIS_FIELDS);
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
