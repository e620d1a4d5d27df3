package no.bosim.scenario;

import java.util.Optional;

/**
 * The range a parameter's value may take, by its unit: the one place every way a value enters (a scenario,
 * an overlay, a sweep's design points) is checked against. Units without a range here are checked by
 * what reads them.
 */
public final class Units {

    /** A closed range and how a message says it; {@code whole} when only whole numbers in it are values (a yes/no is 0 or 1). */
    public record Range(double min, double max, String expected, boolean whole) {

        public Range(double min, double max, String expected) {
            this(min, max, expected, false);
        }

        public boolean holds(double value) {
            return value >= min && value <= max && (!whole || value == Math.rint(value));
        }
    }

    private Units() {
    }

    public static Optional<Range> of(String unit) {
        return switch (unit) {
            case "share" -> Optional.of(new Range(0.0, 1.0, "a share between 0 and 1"));
            case "months" -> Optional.of(new Range(0.0, 600.0, "a number of months between 0 and 600"));
            // A factor scales a figure; ten times is beyond anything the agreement's years have seen.
            case "factor" -> Optional.of(new Range(0.0, 10.0, "a factor between 0 and 10"));
            case "cases per month", "places per month", "people per month" -> Optional.of(new Range(0.0, Limits.MAX_MONTHLY_ARRIVALS,
                    "a number per month between 0 and " + Limits.shown(Limits.MAX_MONTHLY_ARRIVALS)));
            // A place in an order of the three streams processed or settled: 1 goes first, ties keep the streams' own order.
            case "rank" -> Optional.of(new Range(1.0, 10.0, "a place in the order from 1 (first) to 10"));
            case "yes/no" -> Optional.of(new Range(0.0, 1.0, "0 (no) or 1 (yes)", true));
            default -> Optional.empty();
        };
    }
}
