package no.bosim.scenario;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Observed figures a backtest compares a run with, and how close the run must come to each
 * indicator. Every observation names its source, or it fails to load.
 *
 * @param file        the observations file as the user named it
 * @param tolerances  indicator name to its tolerance
 */
public record Observations(String description, String file, List<Observation> observations, Map<String, Tolerance> tolerances) {

    public Observations {
        observations = List.copyOf(observations);
        tolerances = Map.copyOf(tolerances);
    }

    /**
     * One observed value: of an indicator over a year ({@code month} null: the year's total, or its
     * end for stocks) or in a month.
     */
    public record Observation(String indicator, int year, YearMonth month, double value, Basis.Source source, String file,
                              int line) {

        /** The period as written: YYYY or YYYY-MM. */
        public String period() {
            return month == null ? Integer.toString(year) : month.toString();
        }
    }

    /** How far a model value may be from the observed one and still count as within: relative (share) or absolute. */
    public record Tolerance(boolean relative, double value) {

        public boolean within(double model, double observed) {
            double allowed = relative ? Math.abs(observed) * value : value;
            return Math.abs(model - observed) <= allowed + 1e-9;
        }

        /** As written in tables: 10% or 1.5. */
        public String label() {
            if (relative) {
                return String.format(java.util.Locale.ROOT, "%s%%", trim(100 * value));
            }
            return trim(value);
        }

        private static String trim(double v) {
            return v == Math.rint(v) ? Long.toString((long) v) : String.format(java.util.Locale.ROOT, "%.2f", v).replaceAll("0+$", "");
        }
    }
}
