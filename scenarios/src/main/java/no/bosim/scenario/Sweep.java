package no.bosim.scenario;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A sensitivity sweep as its file gives it: the scenario it varies, the inputs and their ranges,
 * the design that places the points, and how many stochastic runs each point gets. Every point is
 * the scenario with each input set to a value between its low and high; {@link Input#apply} makes
 * that scenario. A sweep is data, never expressions.
 *
 * @param descriptionNb the description in Norwegian ({@code beskrivelse}), or null
 * @param file        the sweep file as shown in messages
 * @param sha256      hash over the sweep file's bytes and the scenario's inputs, for the manifest
 * @param runsPerPoint stochastic runs of each point (the same seeds at every point: common random numbers)
 * @param maxHours    the longest a sweep may take by the estimate before it is refused
 */
public record Sweep(String name, String description, String descriptionNb, String file, String sha256, Scenario scenario, Design design,
                    List<Input> inputs, int runsPerPoint, long seed, double maxHours) {

    public Sweep {
        inputs = List.copyOf(inputs);
    }

    /** How the points are placed. */
    public enum Kind { OAT, SOBOL, GRID }

    /**
     * @param samples   Sobol': the base sample N (the design has N·(k+2) points); unused otherwise
     * @param levels    grid: the levels of each numeric input (a categorical one has its categories)
     * @param bootstrap Sobol': resamples for the indices' confidence intervals
     */
    public record Design(Kind kind, int samples, int levels, int bootstrap) {
    }

    /** What an input changes. */
    public enum Target {
        /** every value of a parameter from {@code from} on, times a factor */
        PARAMETER_SCALE,
        /** a parameter set to a value from {@code from} on */
        PARAMETER_VALUE,
        /** every stream of the arrival path from {@code from} on, times a factor */
        ARRIVALS_SCALE,
        /** the criteria set from {@code from} on: one of {@code choices} */
        CRITERIA,
        /** the arrival path replaced by one of the files in {@code choices} */
        ARRIVALS_FILE
    }

    /**
     * One input of the sweep. A numeric input runs from {@code low} to {@code high} with
     * {@code base} the scenario's own (1 for a factor, the value in force at {@code from} for a
     * value); a categorical one takes one of {@code choices}, its base the scenario's own where it
     * is among them, else the first.
     */
    public record Input(String name, Target target, String parameter, YearMonth from, double low, double high, double base,
                        List<String> choices, List<ArrivalPath> paths, int line) {

        public Input {
            choices = choices == null ? List.of() : List.copyOf(choices);
            paths = paths == null ? List.of() : List.copyOf(paths);
        }

        public boolean categorical() {
            return target == Target.CRITERIA || target == Target.ARRIVALS_FILE;
        }

        /** The input's value at {@code u} in 0..1: low + u·(high − low), or the category u falls in. */
        public double valueAt(double u) {
            if (categorical()) {
                return Math.min(choices.size() - 1, (int) Math.floor(u * choices.size()));
            }
            return low + u * (high - low);
        }

        /** The value as a sweep.csv cell shows it: the number, or the category's name. */
        public String shown(double value) {
            return categorical() ? choices.get((int) value) : Double.toString(value);
        }

        /** The base as a value of this input (a category's index for a categorical one). */
        public double baseValue() {
            return base;
        }

        /** The scenario with this input at {@code value} (as {@link #valueAt} gives it). */
        public Scenario apply(Scenario s, double value) {
            YearMonth at = from == null ? s.start() : from;
            return switch (target) {
                case PARAMETER_SCALE -> s.withParameters(scaled(s, at, value, false));
                case PARAMETER_VALUE -> s.withParameters(scaled(s, at, value, true));
                case ARRIVALS_SCALE -> s.withArrivals(scaledArrivals(s.arrivals(), at, value));
                case CRITERIA -> s.withCriteria(criteriaFrom(s.criteria(), at, choices.get((int) value)));
                case ARRIVALS_FILE -> s.withArrivals(paths.get((int) value));
            };
        }

        private Parameters scaled(Scenario s, YearMonth at, double value, boolean set) {
            Parameter p = s.parameters().get(parameter);
            TreeMap<YearMonth, DatedValue> values = new TreeMap<>();
            for (DatedValue v : p.values()) {
                values.put(v.from(), v);
            }
            Basis why = new Basis.Assumption("sweep input " + name, "sveipens inndata " + name);
            if (set) {
                values.tailMap(at, true).clear();
                values.put(at, new DatedValue(at, value, why, file(), line));
            } else {
                // The value in force at `at` is scaled from there, as every later one.
                DatedValue inForce = values.floorEntry(at) == null ? null : values.floorEntry(at).getValue();
                Map<YearMonth, DatedValue> later = new TreeMap<>(values.tailMap(at, true));
                if (inForce != null && !inForce.from().equals(at)) {
                    later.put(at, new DatedValue(at, inForce.value(), inForce.basis(), inForce.file(), inForce.line()));
                }
                later.forEach((m, v) -> values.put(m, new DatedValue(m, v.value() * value, why, file(), line)));
            }
            Map<String, Parameter> all = new TreeMap<>(s.parameters().all());
            all.put(parameter, new Parameter(p.name(), p.description(), p.descriptionNb(), p.unit(), new ArrayList<>(values.values())));
            return Parameters.of(all);
        }

        private String file() {
            return "sweep";
        }
    }

    /** The path with every step from {@code at} on times {@code factor}; each step keeps its basis. */
    static ArrivalPath scaledArrivals(ArrivalPath path, YearMonth at, double factor) {
        return ArrivalChanges.scaled(path, at, factor, null);
    }

    static CriteriaSchedule criteriaFrom(CriteriaSchedule schedule, YearMonth at, String name) {
        List<CriteriaSchedule.Entry> entries = new ArrayList<>();
        for (CriteriaSchedule.Entry e : schedule.entries()) {
            if (e.from().isBefore(at)) {
                entries.add(e);
            }
        }
        entries.add(new CriteriaSchedule.Entry(at, name, new Basis.Assumption("sweep input", "sveipens inndata")));
        return new CriteriaSchedule(entries);
    }

    /** The number of points the design places. */
    public int points() {
        int k = inputs.size();
        return switch (design.kind()) {
            case OAT -> 1 + 2 * k;
            case SOBOL -> design.samples() * (k + 2);
            case GRID -> {
                int n = 1;
                for (Input i : inputs) {
                    n *= i.categorical() ? i.choices().size() : design.levels();
                }
                yield n;
            }
        };
    }

    /** Every run the sweep makes. */
    public long runs() {
        return (long) points() * runsPerPoint;
    }

    /** The sweep file's folder, against which its paths are read. */
    static Path folderOf(Path file) {
        return file.toAbsolutePath().getParent();
    }
}
