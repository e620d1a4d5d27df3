package no.bosim.scenario;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The two changes a scenario can make to its arrival path without a CSV of its own, as data (no
 * expressions): {@code arrivals_scale: {factor: 1.3, from: 2027-01}} multiplies every stream from a
 * month on, and {@code arrivals_surge: {size: 20000, from: 2027-03, shape: "2015"}} adds a surge of
 * that size on top, month by month in the shape of 2015's asylum year or 2022's Ukrainian arrivals
 * (series/surge-shapes.csv). They are what the what-if page's arrival controls write, so that a
 * downloaded overlay runs to the same bytes from the command line.
 */
final class ArrivalChanges {

    /** The surge shapes a scenario may name, each a block of series/surge-shapes.csv. */
    static final Set<String> SHAPES = Set.of("2015", "2022");
    static final String SHAPES_FILE = "series/surge-shapes.csv";
    /** The largest factor on a whole path, as for any parameter in unit factor (Units). */
    static final double MAX_FACTOR = Units.of("factor").orElseThrow().max();

    record Scale(double factor, YearMonth from, String file, int line) {
    }

    record Surge(int size, YearMonth from, String shape, String file, int line) {
    }

    private ArrivalChanges() {
    }

    static Scale readScale(YamlMap y) {
        Scale[] out = new Scale[1];
        y.map("arrivals_scale", true).ifPresent(m -> {
            Double factor = m.number("factor", true);
            YearMonth from = m.month("from", true);
            m.finish("factor, from");
            if (factor != null && (factor < 0 || factor > MAX_FACTOR)) {
                m.problem("factor", "is " + factor + "; expected " + Units.of("factor").orElseThrow().expected() + " (a factor on the arrival path)");
            } else if (factor != null && from != null) {
                out[0] = new Scale(factor, from, y.file(), y.lineOf("arrivals_scale"));
            }
        });
        return out[0];
    }

    static Surge readSurge(YamlMap y) {
        Surge[] out = new Surge[1];
        y.map("arrivals_surge", true).ifPresent(m -> {
            Long size = m.whole("size", true, 1, Limits.MAX_MONTHLY_ARRIVALS);
            YearMonth from = m.month("from", true);
            String shape = m.text("shape", true);
            m.finish("size, from, shape");
            if (shape != null && !SHAPES.contains(shape)) {
                m.problem("shape", "is '" + shape + "'; expected \"2015\" (2015's asylum year) or \"2022\" (2022's Ukrainian arrivals)");
            } else if (size != null && from != null && shape != null) {
                out[0] = new Surge(size.intValue(), from, shape, y.file(), y.lineOf("arrivals_surge"));
            }
        });
        return out[0];
    }

    /**
     * The path after {@code scale} and {@code surge} (either may be null), each within the run
     * ({@code start} to {@code end}) and within the arrivals' limit; problems name the scenario's field.
     */
    static ArrivalPath apply(Scale scale, Surge surge, ArrivalPath arrivals, Parameters parameters, YearMonth start, YearMonth end,
                             Path shapes, String shapesShown, Problems problems) {
        if (scale != null) {
            if (scale.from().isBefore(start) || scale.from().isAfter(end)) {
                problems.add(scale.file(), scale.line(), "arrivals_scale.from", "is " + scale.from() + "; expected a month of the run, "
                        + start + " to " + end);
            } else {
                arrivals = scaled(arrivals, scale.from(), scale.factor(), new Basis.Assumption(
                        "the arrival path times " + scale.factor() + " from " + scale.from() + " (arrivals_scale)",
                        "ankomstbanen ganget med " + String.valueOf(scale.factor()).replace('.', ',') + " fra " + scale.from()
                                + " (arrivals_scale)"));
            }
        }
        if (surge != null) {
            if (surge.from().isBefore(start) || surge.from().isAfter(end)) {
                problems.add(surge.file(), surge.line(), "arrivals_surge.from", "is " + surge.from() + "; expected a month of the run, "
                        + start + " to " + end);
            } else {
                var shape = shape(shapes, shapesShown, surge.shape(), problems);
                arrivals = surged(arrivals, surge, shape, new Basis.Assumption(
                        "a surge of " + Limits.shown(surge.size()) + " from " + surge.from() + " shaped like " + surge.shape()
                                + " (arrivals_surge)",
                        "en bølge på " + Limits.shown(surge.size()) + " fra " + surge.from() + " formet som " + surge.shape()
                                + " (arrivals_surge)"));
            }
        }
        problems.throwIfAny();
        if (scale != null || surge != null) {
            // One message for the change, at its largest month: the months above the limit all have the one cause.
            ArrivalLimit.worst(arrivals, parameters, null).ifPresent(worst -> {
                boolean bySurge = surge != null && worst.step().basis().toString().contains("arrivals_surge");
                problems.add(bySurge ? surge.file() : scale.file(), bySurge ? surge.line() : scale.line(),
                        bySurge ? "arrivals_surge" : "arrivals_scale", "brings up to " + Limits.shown(worst.total()) + " arrivals in a month ("
                                + worst.step().from() + "); " + worst.expected());
            });
            problems.throwIfAny();
        }
        return arrivals;
    }

    /** Each month of a surge shape (1, 2, ...) with its arrivals by stream, read from the shipped shapes file. */
    static Map<Integer, Map<Stream, Integer>> shape(Path shapes, String shownAs, String shape, Problems problems) {
        List<String> columns = new ArrayList<>(List.of("shape", "month"));
        for (Stream s : Stream.values()) {
            columns.add(s.column());
        }
        Map<Integer, Map<Stream, Integer>> months = new LinkedHashMap<>();
        CsvTable.read(shapes, shownAs, columns, problems).ifPresent(t -> {
            for (CsvTable.Row r : t.rows()) {
                if (!shape.equals(r.get("shape"))) {
                    continue;
                }
                Integer month = t.whole(r, "month", 1, false);
                Map<Stream, Integer> counts = new EnumMap<>(Stream.class);
                for (Stream s : Stream.values()) {
                    Integer n = t.whole(r, s.column(), 0, false);
                    counts.put(s, n == null ? 0 : n);
                }
                if (month != null) {
                    months.put(month, counts);
                }
            }
        });
        return months;
    }

    /** The path with every step from the scale's month on multiplied by its factor (the step in force then splits there). */
    static ArrivalPath scaled(ArrivalPath path, YearMonth at, double factor, Basis why) {
        List<ArrivalPath.Step> out = new ArrayList<>();
        ArrivalPath.Step inForce = path.stepAt(at);
        path.steps().stream().filter(st -> st.from().isBefore(at)).forEach(out::add);
        if (inForce.from().isBefore(at)) {
            out.add(times(inForce.at(at, inForce.basis()), factor, why));
        }
        path.steps().stream().filter(st -> !st.from().isBefore(at)).forEach(st -> out.add(times(st, factor, why)));
        return new ArrivalPath(out);
    }

    private static ArrivalPath.Step times(ArrivalPath.Step st, double factor, Basis why) {
        Map<Stream, Integer> perMonth = new EnumMap<>(Stream.class);
        st.perMonth().forEach((k, v) -> perMonth.put(k, (int) Math.round(v * factor)));
        return new ArrivalPath.Step(st.from(), perMonth, (int) Math.round(st.asylumUkraine() * factor), why == null ? st.basis() : why,
                st.line());
    }

    /**
     * The path with a surge of {@code size} added month by month in the shape's proportions from
     * {@code from}; each stream's additions are rounded on their running total, so they add up to the
     * stream's part of the size exactly. Months after the surge go back to the path.
     */
    static ArrivalPath surged(ArrivalPath path, Surge surge, Map<Integer, Map<Stream, Integer>> shape, Basis why) {
        long total = 0;
        for (Map<Stream, Integer> m : shape.values()) {
            total += m.values().stream().mapToLong(Integer::longValue).sum();
        }
        if (total == 0) {
            return path;
        }
        int months = shape.size();
        YearMonth after = surge.from().plusMonths(months);
        List<ArrivalPath.Step> out = new ArrayList<>();
        path.steps().stream().filter(st -> st.from().isBefore(surge.from())).forEach(out::add);
        Map<Stream, Long> cumulative = new EnumMap<>(Stream.class);
        for (int k = 1; k <= months; k++) {
            YearMonth month = surge.from().plusMonths(k - 1L);
            ArrivalPath.Step base = path.stepAt(month);
            Map<Stream, Integer> perMonth = new EnumMap<>(base.perMonth());
            for (Stream s : Stream.values()) {
                long before = cumulative.getOrDefault(s, 0L);
                long now = before + shape.get(k).getOrDefault(s, 0);
                cumulative.put(s, now);
                long add = Math.round((double) surge.size() * now / total) - Math.round((double) surge.size() * before / total);
                perMonth.merge(s, (int) add, Integer::sum);
            }
            // A surge adds asylum seekers of its own; the Ukrainians assessed individually stay the path's.
            out.add(new ArrivalPath.Step(month, perMonth, base.asylumUkraine(), why, surge.line()));
        }
        ArrivalPath.Step resume = path.stepAt(after);
        out.add(resume.at(after, resume.basis()));
        path.steps().stream().filter(st -> st.from().isAfter(after)).forEach(out::add);
        return new ArrivalPath(out);
    }
}
