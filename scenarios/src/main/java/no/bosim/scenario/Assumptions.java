package no.bosim.scenario;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists every assumed (unsourced) figure a scenario uses during its horizon, and every source it
 * cites, for the manifest, the summary and the briefing pack.
 */
public final class Assumptions {

    private Assumptions() {
    }

    public static List<String> inForce(Scenario s) {
        List<String> out = new ArrayList<>();
        if (s.initial().basis() instanceof Basis.Assumption a) {
            out.add("initial stocks: " + a.text());
        }
        for (Parameter p : s.parameters().all().values()) {
            List<DatedValue> values = p.values();
            for (int i = 0; i < values.size(); i++) {
                DatedValue v = values.get(i);
                YearMonth until = i + 1 < values.size() ? values.get(i + 1).from().minusMonths(1) : null;
                boolean overlaps = !v.from().isAfter(s.end()) && (until == null || !until.isBefore(s.start()));
                if (overlaps && v.basis() instanceof Basis.Assumption a) {
                    out.add("parameter " + p.name() + " = " + v.value() + " " + p.unit() + " from " + v.from() + ": " + a.text());
                }
            }
        }
        List<ArrivalPath.Step> steps = s.arrivals().steps();
        for (int i = 0; i < steps.size(); i++) {
            ArrivalPath.Step step = steps.get(i);
            YearMonth until = i + 1 < steps.size() ? steps.get(i + 1).from().minusMonths(1) : null;
            boolean overlaps = !step.from().isAfter(s.end()) && (until == null || !until.isBefore(s.start()));
            if (overlaps && step.basis() instanceof Basis.Assumption a) {
                out.add("arrivals from " + step.from() + ": " + a.text());
            }
        }
        for (PlanningFigures.Year y : s.planning().years()) {
            if (y.year() <= s.end().getYear() && y.basis() instanceof Basis.Assumption a) {
                out.add("settlement need " + y.year() + (y == s.planning().years().get(s.planning().years().size() - 1)
                        ? " and later" : "") + ": " + a.text());
            }
        }
        return out;
    }

    /** Every distinct source cited by a parameter value, series row or the initial stocks, as "title <url>". */
    public static List<String> sourcesInForce(Scenario s) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        if (s.initial().basis() instanceof Basis.Source src) {
            out.add(src.toString());
        }
        for (Parameter p : s.parameters().all().values()) {
            for (DatedValue v : p.values()) {
                if (!v.from().isAfter(s.end()) && v.basis() instanceof Basis.Source src) {
                    out.add(src.toString());
                }
            }
        }
        for (ArrivalPath.Step step : s.arrivals().steps()) {
            if (!step.from().isAfter(s.end()) && step.basis() instanceof Basis.Source src) {
                out.add(src.toString());
            }
        }
        for (PlanningFigures.Year y : s.planning().years()) {
            if (y.year() <= s.end().getYear() && y.basis() instanceof Basis.Source src) {
                out.add(src.toString());
            }
        }
        return List.copyOf(out);
    }
}
