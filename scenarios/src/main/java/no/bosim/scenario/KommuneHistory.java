package no.bosim.scenario;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What IMDi published per kommune for past years: requested (anmodet), decided (vedtatt) and
 * settled (bosatt). A kommune-year that IMDi lists is known; -1 marks a cell IMDi left empty
 * ("avventer vedtak", or suppressed for privacy).
 */
public record KommuneHistory(Map<Integer, Map<String, Figures>> byYear, Map<Integer, Basis> sources) {

    public KommuneHistory {
        Map<Integer, Map<String, Figures>> copy = new TreeMap<>();
        byYear.forEach((y, m) -> copy.put(y, Map.copyOf(m)));
        byYear = java.util.Collections.unmodifiableMap(copy);
        sources = java.util.Collections.unmodifiableMap(new TreeMap<>(sources));
    }

    /** One kommune's published figures for a year; -1 where IMDi gives none. */
    public record Figures(int anmodet, int vedtatt, int bosatt) {
    }

    public boolean hasYear(int year) {
        return byYear.containsKey(year);
    }

    public Optional<Figures> of(int year, String kommunenummer) {
        Map<String, Figures> y = byYear.get(year);
        return y == null ? Optional.empty() : Optional.ofNullable(y.get(kommunenummer));
    }

    /** The latest year with published figures that is not after {@code year} (-1 when none). */
    public int latestYearUpTo(int year) {
        int found = -1;
        for (int y : byYear.keySet()) {
            if (y <= year) {
                found = y;
            }
        }
        return found;
    }

    /** The kommune's published request in {@code year}, -1 where the year or the cell is unknown. */
    public int anmodet(int year, String kommunenummer) {
        Figures f = year < 0 ? null : of(year, kommunenummer).orElse(null);
        return f == null ? -1 : f.anmodet();
    }

    /**
     * IMDi's requests of {@code year} summed by county (fylkesnummer), over the given kommuner: the
     * county distribution the request criteria split a need by. Empty when the year is unknown.
     */
    public Map<String, Integer> countyTotals(int year, Iterable<Municipality> kommuner) {
        Map<String, Integer> out = new TreeMap<>();
        if (hasYear(year)) {
            for (Municipality m : kommuner) {
                out.merge(m.fylkesnummer(), Math.max(0, anmodet(year, m.kommunenummer())), Integer::sum);
            }
        }
        return out;
    }

    /** The sum of the published requests of a year (0 when the year is unknown). */
    public int totalAnmodet(int year) {
        Map<String, Figures> y = byYear.get(year);
        return y == null ? 0 : y.values().stream().mapToInt(f -> Math.max(0, f.anmodet())).sum();
    }
}
