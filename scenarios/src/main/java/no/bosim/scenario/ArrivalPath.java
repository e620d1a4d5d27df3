package no.bosim.scenario;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Expected arrivals per month by stream, as steps: a row holds from its month until the next row.
 * The first row is at or before the scenario's start (checked on load).
 */
public record ArrivalPath(List<Step> steps) {

    public ArrivalPath {
        steps = List.copyOf(steps);
    }

    /**
     * Monthly arrivals by stream from {@code from} on, and why. {@code asylumUkraine} is the part of
     * the ordinary asylum arrivals that are Ukrainians whose application is assessed individually
     * (from areas UDI holds safe, or not resident in Ukraine when the war began), not collective
     * protection: UDI grants them far less often than other asylum seekers.
     */
    public record Step(YearMonth from, Map<Stream, Integer> perMonth, int asylumUkraine, Basis basis, int line) {
        public Step {
            perMonth = Map.copyOf(new EnumMap<>(perMonth));
        }

        /** A step without Ukrainians among the ordinary asylum arrivals. */
        public Step(YearMonth from, Map<Stream, Integer> perMonth, Basis basis, int line) {
            this(from, perMonth, 0, basis, line);
        }

        /** The same step from another month, with another basis. */
        Step at(YearMonth month, Basis why) {
            return new Step(month, perMonth, asylumUkraine, why, line);
        }
    }

    public Step stepAt(YearMonth month) {
        Step found = steps.get(0);
        for (Step s : steps) {
            if (s.from().isAfter(month)) {
                break;
            }
            found = s;
        }
        return found;
    }

    public int at(YearMonth month, Stream stream) {
        return stepAt(month).perMonth().get(stream);
    }

    /** Of the ordinary asylum arrivals in {@code month}, the Ukrainians assessed individually. */
    public int asylumUkraineAt(YearMonth month) {
        return stepAt(month).asylumUkraine();
    }
}
