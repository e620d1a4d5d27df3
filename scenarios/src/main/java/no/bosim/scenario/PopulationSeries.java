package no.bosim.scenario;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Norway's population on 1 January of each year (SSB). The kommuner keep the 2024 structure in
 * every year; a kommune's population in a year without its own figure is its 2024 population
 * scaled by the national figure of that year over 2024's. A year after the last row keeps the
 * last row's figure; a year before the first, the first's.
 */
public record PopulationSeries(Map<Integer, Long> byYear, Map<Integer, Basis> basis) {

    public PopulationSeries {
        // Navigable, so national() finds a year's row without copying the series (it is asked per kommune and year).
        byYear = java.util.Collections.unmodifiableNavigableMap(new TreeMap<>(byYear));
        basis = java.util.Collections.unmodifiableMap(new TreeMap<>(basis));
    }

    public static final PopulationSeries NONE = new PopulationSeries(Map.of(), Map.of());

    /** The national population of {@code year}, or empty when the series has no rows. */
    public java.util.OptionalLong national(int year) {
        if (byYear.isEmpty()) {
            return java.util.OptionalLong.empty();
        }
        NavigableMap<Integer, Long> m = (NavigableMap<Integer, Long>) byYear;
        Map.Entry<Integer, Long> e = m.floorEntry(year);
        return java.util.OptionalLong.of(e != null ? e.getValue() : m.firstEntry().getValue());
    }

    /** The factor that scales populations of {@code from} to {@code year} (1 when the series cannot say). */
    public double factor(int from, int year) {
        var now = national(year);
        var base = national(from);
        return now.isPresent() && base.isPresent() && base.getAsLong() > 0 ? (double) now.getAsLong() / base.getAsLong() : 1.0;
    }

    public List<Integer> years() {
        return List.copyOf(byYear.keySet());
    }
}
