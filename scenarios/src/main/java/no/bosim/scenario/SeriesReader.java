package no.bosim.scenario;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the CSV inputs a scenario names: municipalities, arrival paths and planning figures. */
final class SeriesReader {

    static final List<String> MUNICIPALITY_COLUMNS = List.of("kommunenummer", "kommunenavn_imdi", "fylkesnummer",
            "fylkesnavn");
    /** The kommune file's columns of a year: population on 1 January of two years running, IMDi's figures of one. */
    private static final java.util.regex.Pattern POPULATION = java.util.regex.Pattern.compile("folkemengde_(\\d{4})_01_01");
    private static final java.util.regex.Pattern IMDI = java.util.regex.Pattern.compile("imdi_(\\d{4})_anmodet");
    private static final String YEAR_COLUMNS = "population on 1 January of two years running and IMDi's figures of one year, "
            + "e.g. folkemengde_2024_01_01, folkemengde_2025_01_01, imdi_2024_anmodet, imdi_2024_vedtatt, imdi_2024_bosatte";
    static final List<String> ARRIVAL_COLUMNS = List.of("month", "asylum", "em", "ukraine", "quota", "basis");
    /** An optional arrivals column: of {@code asylum}, the Ukrainians whose application UDI assesses individually. */
    static final String ARRIVAL_ASYLUM_UKRAINE = "asylum_ukraine";
    static final List<String> PLANNING_COLUMNS = List.of("year", "bosettingsbehov", "bosettingsbehov_em", "basis");
    static final List<String> REQUEST_COLUMNS = List.of("year", "from", "anmodet", "anmodet_em", "basis");
    static final List<String> POPULATION_COLUMNS = List.of("year", "population", "basis");
    static final List<String> STOCK_COLUMNS = List.of("group", "stage", "months_waited", "housing", "count", "basis");
    static final List<String> HISTORY_COLUMNS = List.of("year", "kommunenummer", "anmodet", "vedtatt", "bosatt", "basis");

    private SeriesReader() {
    }

    static List<Municipality> municipalities(Path path, String shownAs, Problems problems) {
        Optional<CsvTable> read = CsvTable.read(path, shownAs, MUNICIPALITY_COLUMNS, problems);
        if (read.isEmpty()) {
            return List.of();
        }
        CsvTable t = read.get();
        List<Integer> populationYears = t.columns().stream().map(POPULATION::matcher).filter(java.util.regex.Matcher::matches)
                .map(m -> Integer.parseInt(m.group(1))).sorted().toList();
        List<Integer> figuresYears = t.columns().stream().map(IMDI::matcher).filter(java.util.regex.Matcher::matches)
                .map(m -> Integer.parseInt(m.group(1))).sorted().toList();
        if (populationYears.size() != 2 || populationYears.get(1) != populationYears.get(0) + 1) {
            problems.add(shownAs, 1, "", "has population columns for " + (populationYears.isEmpty() ? "no year" : populationYears)
                    + "; expected " + YEAR_COLUMNS);
            return List.of();
        }
        if (figuresYears.size() != 1) {
            problems.add(shownAs, 1, "", "has IMDi's request (imdi_YYYY_anmodet) for " + (figuresYears.isEmpty() ? "no year" : figuresYears)
                    + "; expected " + YEAR_COLUMNS);
            return List.of();
        }
        int popYear = populationYears.get(0);
        int figYear = figuresYears.get(0);
        String popColumn = "folkemengde_" + popYear + "_01_01";
        String popNextColumn = "folkemengde_" + (popYear + 1) + "_01_01";
        String anmodetColumn = "imdi_" + figYear + "_anmodet";
        String vedtattColumn = "imdi_" + figYear + "_vedtatt";
        String bosattColumn = "imdi_" + figYear + "_bosatte";
        List<String> missing = java.util.stream.Stream.of(vedtattColumn, bosattColumn).filter(c -> !t.columns().contains(c)).toList();
        if (!missing.isEmpty()) {
            problems.add(shownAs, 1, "", "missing column(s) " + missing + "; expected " + YEAR_COLUMNS);
            return List.of();
        }
        List<Municipality> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvTable.Row r : t.rows()) {
            String nr = r.get("kommunenummer");
            if (!nr.matches("\\d{4}")) {
                t.problem(r, "kommunenummer", "is '" + nr + "'; expected 4 digits with the leading zero, e.g. 0301"
                        + (nr.matches("\\d{3}") && KommuneStructure.codes2024().containsKey("0" + nr)
                                ? " (0" + nr + " " + KommuneStructure.codes2024().get("0" + nr) + "?)" : ""));
                continue;
            }
            if (!KommuneStructure.codes2024().containsKey(nr)) {
                t.problem(r, "kommunenummer", "is " + nr + ", which is no kommune of the 2024 structure (SSB, 357 kommuner); "
                        + "expected a code such as 0301 Oslo");
                continue;
            }
            if (!seen.add(nr)) {
                t.problem(r, "kommunenummer", nr + " appears twice; each kommune once");
                continue;
            }
            String fylkesnr = r.get("fylkesnummer");
            if (!nr.startsWith(fylkesnr)) {
                t.problem(r, "fylkesnummer", "is '" + fylkesnr + "'; expected the first two digits of kommunenummer " + nr);
            }
            Integer pop = t.whole(r, popColumn, 0, false);
            Integer popNext = t.whole(r, popNextColumn, 0, false);
            Integer anmodet = t.whole(r, anmodetColumn, 0, false);
            Integer vedtatt = t.whole(r, vedtattColumn, 0, true);
            Integer bosatt = t.whole(r, bosattColumn, 0, true);
            String name = r.name("kommunenavn_imdi");
            if (name.isBlank()) {
                t.problem(r, "kommunenavn_imdi", "is empty; expected the kommune's name");
            }
            if (pop != null && popNext != null && anmodet != null) {
                out.add(new Municipality(nr, name, fylkesnr, r.get("fylkesnavn"), popYear, pop, popNext, figYear, anmodet,
                        vedtatt == null ? -1 : vedtatt, bosatt == null ? -1 : bosatt));
            }
        }
        return out;
    }

    static ArrivalPath arrivals(Path path, String shownAs, Problems problems) {
        Optional<CsvTable> read = CsvTable.read(path, shownAs, ARRIVAL_COLUMNS, problems);
        if (read.isEmpty()) {
            return null;
        }
        CsvTable t = read.get();
        List<ArrivalPath.Step> steps = new ArrayList<>();
        YearMonth previous = null;
        for (CsvTable.Row r : t.rows()) {
            YearMonth month = t.month(r, "month");
            Map<Stream, Integer> counts = new EnumMap<>(Stream.class);
            for (Stream s : Stream.values()) {
                Integer n = t.whole(r, s.column(), 0, false);
                if (n != null) {
                    counts.put(s, n);
                }
            }
            Basis basis = t.basis(r, "basis");
            Integer asylumUkraine = t.columns().contains(ARRIVAL_ASYLUM_UKRAINE) ? t.whole(r, ARRIVAL_ASYLUM_UKRAINE, 0, true) : null;
            Integer asylum = counts.get(Stream.ASYLUM);
            if (asylumUkraine != null && asylum != null && asylumUkraine > asylum) {
                t.problem(r, ARRIVAL_ASYLUM_UKRAINE, "is " + asylumUkraine + ", more than the row's asylum of " + asylum
                        + "; expected the part of asylum that is Ukrainians assessed individually, at most " + asylum);
                continue;
            }
            if (month != null && previous != null && !month.isAfter(previous)) {
                t.problem(r, "month", "is " + month + ", not after the previous row's " + previous + "; rows go forward in time");
                continue;
            }
            if (month != null) {
                previous = month;
            }
            long total = counts.values().stream().mapToLong(Integer::longValue).sum();
            if (total > Limits.MAX_MONTHLY_ARRIVALS) {
                t.problem(r, Stream.values()[0].column(), "the row's groups add up to " + Limits.shown(total)
                        + " arrivals in a month; expected at most " + Limits.shown(Limits.MAX_MONTHLY_ARRIVALS));
                continue;
            }
            if (month != null && counts.size() == Stream.values().length && basis != null) {
                steps.add(new ArrivalPath.Step(month, counts, asylumUkraine == null ? 0 : asylumUkraine, basis, r.line()));
            }
        }
        return steps.isEmpty() ? null : new ArrivalPath(steps);
    }

    static PlanningFigures planning(Path path, String shownAs, Problems problems) {
        Optional<CsvTable> read = CsvTable.read(path, shownAs, PLANNING_COLUMNS, problems);
        if (read.isEmpty()) {
            return null;
        }
        CsvTable t = read.get();
        List<PlanningFigures.Year> years = new ArrayList<>();
        int previous = Integer.MIN_VALUE;
        for (CsvTable.Row r : t.rows()) {
            Integer year = t.whole(r, "year", 1990, false);
            Integer need = t.whole(r, "bosettingsbehov", 0, false);
            Integer needEm = t.whole(r, "bosettingsbehov_em", 0, false);
            Basis basis = t.basis(r, "basis");
            if (year != null && year <= previous) {
                t.problem(r, "year", "is " + year + ", not after the previous row's " + previous + "; rows go forward in time");
                continue;
            }
            if (need != null && needEm != null && needEm > need) {
                t.problem(r, "bosettingsbehov_em", "is " + needEm + ", more than the whole need " + need + "; minors are part of the need");
                continue;
            }
            if (year != null && need != null && needEm != null && basis != null) {
                previous = year;
                years.add(new PlanningFigures.Year(year, need, needEm, basis));
            }
        }
        return years.isEmpty() ? null : new PlanningFigures(years);
    }

    /** Real national requests with their revisions: year, the month a figure is in force from, the figure, its minors' part. */
    static RequestSeries requests(Path path, String shownAs, Problems problems) {
        Optional<CsvTable> read = CsvTable.read(path, shownAs, REQUEST_COLUMNS, problems);
        if (read.isEmpty()) {
            return RequestSeries.NONE;
        }
        CsvTable t = read.get();
        List<RequestSeries.Row> rows = new ArrayList<>();
        RequestSeries.Row previous = null;
        for (CsvTable.Row r : t.rows()) {
            Integer year = t.whole(r, "year", 1990, false);
            YearMonth from = t.month(r, "from");
            Integer anmodet = t.whole(r, "anmodet", 0, false);
            Integer em = t.whole(r, "anmodet_em", 0, false);
            Basis basis = t.basis(r, "basis");
            if (year == null || from == null || anmodet == null || em == null || basis == null) {
                continue;
            }
            if (em > anmodet) {
                t.problem(r, "anmodet_em", "is " + em + ", more than the whole request " + anmodet + "; minors are part of it");
                continue;
            }
            if (from.getYear() < year - 1 || from.getYear() > year) {
                t.problem(r, "from", "is " + from + "; a request for " + year + " is made from the autumn of " + (year - 1)
                        + " and revised during " + year + ", so expected a month in " + (year - 1) + " or " + year);
                continue;
            }
            if (previous != null && (year < previous.year() || year == previous.year() && !from.isAfter(previous.from()))) {
                t.problem(r, "from", "is " + year + " from " + from + ", not after the previous row (" + previous.year()
                        + " from " + previous.from() + "); rows go forward: each year's request, then its revisions");
                continue;
            }
            previous = new RequestSeries.Row(year, from, anmodet, em, basis, r.line());
            rows.add(previous);
        }
        return new RequestSeries(rows);
    }

    /** Norway's population on 1 January of each year. */
    static PopulationSeries population(Path path, String shownAs, Problems problems) {
        Optional<CsvTable> read = CsvTable.read(path, shownAs, POPULATION_COLUMNS, problems);
        if (read.isEmpty()) {
            return PopulationSeries.NONE;
        }
        CsvTable t = read.get();
        java.util.Map<Integer, Long> values = new java.util.TreeMap<>();
        java.util.Map<Integer, Basis> bases = new java.util.TreeMap<>();
        for (CsvTable.Row r : t.rows()) {
            Integer year = t.whole(r, "year", 1990, false);
            Integer pop = t.whole(r, "population", 1, false);
            Basis basis = t.basis(r, "basis");
            if (year != null && values.containsKey(year)) {
                t.problem(r, "year", year + " appears twice; each year once");
            } else if (year != null && pop != null && basis != null) {
                values.put(year, (long) pop);
                bases.put(year, basis);
            }
        }
        return new PopulationSeries(values, bases);
    }

    /**
     * The people in the system at the start, one row per group, stage, range of months waited and
     * housing. Which housing a group can have is the simulator's: asylum seekers and resettlement
     * refugees live in mottak, minors in mottak or (under 15) in care centres, Ukrainians in mottak or privately.
     */
    static List<InitialStocks.Stock> stocks(Path path, String shownAs, Problems problems) {
        Optional<CsvTable> read = CsvTable.read(path, shownAs, STOCK_COLUMNS, problems);
        if (read.isEmpty()) {
            return List.of();
        }
        CsvTable t = read.get();
        List<InitialStocks.Stock> out = new ArrayList<>();
        long total = 0;
        for (CsvTable.Row r : t.rows()) {
            Stream stream = pick(t, r, "group", Stream.values(), Stream::column);
            InitialStocks.Stage stage = pick(t, r, "stage", InitialStocks.Stage.values(), InitialStocks.Stage::column);
            InitialStocks.Housing housing = pick(t, r, "housing", InitialStocks.Housing.values(), InitialStocks.Housing::column);
            Integer count = t.whole(r, "count", 0, false);
            Basis basis = t.basis(r, "basis");
            // Months waited are read by the stage's rule, so only once the stage is known.
            int[] months = stage == null ? null : monthsWaited(t, r, stage);
            if (stream == null || stage == null || housing == null || count == null || basis == null || months == null) {
                continue;
            }
            String allowed = switch (stream) {
                case ASYLUM, QUOTA -> "mottak";
                case EM -> "mottak care_centre";
                case UKRAINE -> "mottak private";
            };
            if (!List.of(allowed.split(" ")).contains(housing.column())) {
                t.problem(r, "housing", "is '" + housing.column() + "' for " + stream.column() + "; expected " + allowed.replace(" ", " or "));
                continue;
            }
            if (stream == Stream.QUOTA && stage != InitialStocks.Stage.SETTLEMENT_READY) {
                t.problem(r, "stage", "is '" + stage.column() + "' for quota; resettlement refugees arrive decided, so only settlement_ready");
                continue;
            }
            total += count;
            if (total > Limits.MAX_INITIAL_TOTAL) {
                t.problem(r, "count", "brings the stocks to " + Limits.shown(total) + " people; expected at most "
                        + Limits.shown(Limits.MAX_INITIAL_TOTAL) + " in all");
                break;
            }
            out.add(new InitialStocks.Stock(stream, stage, months[0], months[1], housing, count, basis, shownAs, r.line()));
        }
        return out;
    }

    private static int[] monthsWaited(CsvTable t, CsvTable.Row r, InitialStocks.Stage stage) {
        String text = r.get("months_waited");
        if (stage == InitialStocks.Stage.REFUSED) {
            if (!text.isEmpty()) {
                t.problem(r, "months_waited", "is '" + text + "'; leave it empty for refused people (their months are not counted)");
                return null;
            }
            return new int[] {0, 0};
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,3})(?:-(\\d{1,3}))?").matcher(text);
        if (!m.matches()) {
            t.problem(r, "months_waited", "is '" + text + "'; expected whole months waited as N or a range FROM-TO, e.g. 0-2 or 12-23");
            return null;
        }
        int from = Integer.parseInt(m.group(1));
        int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
        if (to < from || to > 120) {
            t.problem(r, "months_waited", "is '" + text + "'; expected FROM <= TO <= 120");
            return null;
        }
        return new int[] {from, to};
    }

    private static <E> E pick(CsvTable t, CsvTable.Row r, String column, E[] values, java.util.function.Function<E, String> name) {
        String text = r.get(column);
        for (E v : values) {
            if (name.apply(v).equals(text)) {
                return v;
            }
        }
        t.problem(r, column, "is '" + text + "'; expected one of " + java.util.Arrays.stream(values).map(name).toList());
        return null;
    }

    /** Published per-kommune figures of past years, one row per year and kommune; empty cells are unknown (-1). */
    static void history(Path path, String shownAs, Problems problems, java.util.Set<String> known,
                        java.util.Map<Integer, java.util.Map<String, KommuneHistory.Figures>> into,
                        java.util.Map<Integer, Basis> sources) {
        Optional<CsvTable> read = CsvTable.read(path, shownAs, HISTORY_COLUMNS, problems);
        if (read.isEmpty()) {
            return;
        }
        CsvTable t = read.get();
        for (CsvTable.Row r : t.rows()) {
            Integer year = t.whole(r, "year", 1990, false);
            String nr = r.get("kommunenummer");
            Integer anmodet = t.whole(r, "anmodet", 0, true);
            Integer vedtatt = t.whole(r, "vedtatt", 0, true);
            Integer bosatt = t.whole(r, "bosatt", 0, true);
            Basis basis = t.basis(r, "basis");
            if (!KommuneStructure.codes2024().containsKey(nr)) {
                t.problem(r, "kommunenummer", "is '" + nr + "', which is no kommune of the 2024 structure (SSB, 357 kommuner); "
                        + "expected a 4-digit code such as 0301");
                continue;
            }
            if (!known.contains(nr)) {
                // A real kommune the scenario does not simulate (a scenario of a few kommuner): its history is not needed.
                continue;
            }
            if (year == null || basis == null) {
                continue;
            }
            java.util.Map<String, KommuneHistory.Figures> y = into.computeIfAbsent(year, k -> new java.util.TreeMap<>());
            if (y.containsKey(nr)) {
                t.problem(r, "kommunenummer", nr + " appears twice for " + year + "; each kommune once a year");
                continue;
            }
            y.put(nr, new KommuneHistory.Figures(anmodet == null ? -1 : anmodet, vedtatt == null ? -1 : vedtatt,
                    bosatt == null ? -1 : bosatt));
            sources.putIfAbsent(year, basis);
        }
    }
}
