package no.bosim.scenario;

import java.time.YearMonth;
import java.util.List;
import java.util.TreeSet;

/**
 * Which request-criteria set is in force when: a dated choice like a parameter, so a run can
 * cross a change of criteria (2019 from 2019-01, 2022 from 2022-01, ...). The set in force for a
 * settlement year is the one in force in its January.
 */
public record CriteriaSchedule(List<Entry> entries) {

    public CriteriaSchedule {
        entries = List.copyOf(entries);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("a criteria schedule needs at least one set");
        }
    }

    /** A criteria set in force from a month, and why. */
    public record Entry(YearMonth from, String name, Basis basis) {
    }

    /** One set throughout, as scenarios that name a single set give it. */
    public static CriteriaSchedule single(String name, YearMonth from) {
        return new CriteriaSchedule(List.of(new Entry(from, name, null)));
    }

    /** The set in force in {@code month}: the one with the latest date not after it (the first before any). */
    public String at(YearMonth month) {
        Entry found = entries.get(0);
        for (Entry e : entries) {
            if (e.from().isAfter(month)) {
                break;
            }
            found = e;
        }
        return found.name();
    }

    /** The set in force for a settlement year: the one in force in its January. */
    public String forYear(int year) {
        return at(YearMonth.of(year, 1));
    }

    /** Every set named, for checking against the rule files. */
    public java.util.SortedSet<String> names() {
        TreeSet<String> out = new TreeSet<>();
        entries.forEach(e -> out.add(e.name()));
        return out;
    }

    /** "2024", or "2019 fra 2019-01, 2022 fra 2022-01" when the set changes. */
    @Override
    public String toString() {
        if (entries.size() == 1) {
            return entries.get(0).name();
        }
        StringBuilder out = new StringBuilder();
        for (Entry e : entries) {
            out.append(out.length() == 0 ? "" : ", ").append(e.name()).append(" from ").append(e.from());
        }
        return out.toString();
    }
}
