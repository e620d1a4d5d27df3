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
            "fylkesnavn", "folkemengde_2024_01_01", "folkemengde_2025_01_01", "imdi_2024_anmodet",
            "imdi_2024_vedtatt", "imdi_2024_bosatte");
    static final List<String> ARRIVAL_COLUMNS = List.of("month", "asylum", "em", "ukraine", "quota", "basis");
    static final List<String> PLANNING_COLUMNS = List.of("year", "bosettingsbehov", "bosettingsbehov_em", "basis");

    private SeriesReader() {
    }

    static List<Municipality> municipalities(Path path, String shownAs, Problems problems) {
        Optional<CsvTable> read = CsvTable.read(path, shownAs, MUNICIPALITY_COLUMNS, problems);
        if (read.isEmpty()) {
            return List.of();
        }
        CsvTable t = read.get();
        List<Municipality> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvTable.Row r : t.rows()) {
            String nr = r.get("kommunenummer");
            if (!nr.matches("\\d{4}")) {
                t.problem(r, "kommunenummer", "is '" + nr + "'; expected 4 digits with the leading zero, e.g. 0301");
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
            Integer pop24 = t.whole(r, "folkemengde_2024_01_01", 0, false);
            Integer pop25 = t.whole(r, "folkemengde_2025_01_01", 0, false);
            Integer anmodet = t.whole(r, "imdi_2024_anmodet", 0, false);
            Integer vedtatt = t.whole(r, "imdi_2024_vedtatt", 0, true);
            Integer bosatt = t.whole(r, "imdi_2024_bosatte", 0, true);
            String name = r.get("kommunenavn_imdi");
            if (name.isEmpty()) {
                t.problem(r, "kommunenavn_imdi", "is empty; expected the kommune's name");
            }
            if (pop24 != null && pop25 != null && anmodet != null) {
                out.add(new Municipality(nr, name, fylkesnr, r.get("fylkesnavn"), pop24, pop25, anmodet,
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
            if (month != null && previous != null && !month.isAfter(previous)) {
                t.problem(r, "month", "is " + month + ", not after the previous row's " + previous + "; rows go forward in time");
                continue;
            }
            if (month != null) {
                previous = month;
            }
            if (month != null && counts.size() == Stream.values().length && basis != null) {
                steps.add(new ArrivalPath.Step(month, counts, basis, r.line()));
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
}
