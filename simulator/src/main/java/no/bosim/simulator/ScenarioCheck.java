package no.bosim.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.bosim.scenario.DatedValue;
import no.bosim.scenario.InitialStocks;
import no.bosim.scenario.Parameter;
import no.bosim.scenario.Problem;
import no.bosim.scenario.Scenario;

/**
 * What the simulator core needs of a loaded scenario beyond its format: every parameter it
 * reads is present in the unit it reads, every value fits its unit (a share lies between 0 and 1,
 * months between 0 and 600), and the start has places and a people count that fits. Run before
 * every simulation and by {@code bosim validate}.
 */
public final class ScenarioCheck {

    private ScenarioCheck() {
    }

    public static List<Problem> problems(Scenario scenario) {
        List<Problem> out = new ArrayList<>();
        String top = scenario.chain().get(0);
        for (String name : Simulation.SHARE_PARAMETERS) {
            require(scenario, name, top, out, "share");
        }
        for (String name : Simulation.MONTH_PARAMETERS) {
            require(scenario, name, top, out, "months");
        }
        for (Map.Entry<String, String> e : Simulation.OTHER_PARAMETERS.entrySet()) {
            require(scenario, e.getKey(), top, out, e.getValue());
        }
        for (Parameter p : scenario.parameters().all().values()) {
            no.bosim.scenario.Units.of(p.unit()).ifPresent(r -> inRange(p, out, r));
        }
        if (scenario.parameters().has("andel_em_under_15") && scenario.parameters().has("andel_em_15")
                && scenario.parameters().has("andel_em_16")) {
            for (DatedValue v : scenario.parameters().get("andel_em_under_15").values()) {
                double sum = v.value() + scenario.parameters().valueAt("andel_em_15", v.from())
                        + scenario.parameters().valueAt("andel_em_16", v.from());
                if (sum > 1.0 + 1e-9) {
                    out.add(new Problem(v.file(), v.line(), "andel_em_under_15", "with andel_em_15 and andel_em_16 sums to "
                            + sum + " from " + v.from() + "; the age shares of minors on arrival add up to at most 1 (the rest are 17)"));
                }
            }
        }
        waitingBands(scenario, out);
        InitialStocks initial = scenario.initial();
        if (initial.ordinaryPlaces() + initial.emergencyPlaces() < 1) {
            out.add(new Problem(top, 0, "initial.reception", "has no places; expected at least 1 reception place"));
        }
        if (initial.total() > no.bosim.scenario.Limits.MAX_INITIAL_TOTAL) {
            out.add(new Problem(top, 0, "initial.stocks", "hold " + initial.total() + " people; expected at most "
                    + no.bosim.scenario.Limits.shown(no.bosim.scenario.Limits.MAX_INITIAL_TOTAL)));
        }
        return out;
    }

    /** The waiting bands' edges, where given, are whole months that rise band by band, whenever one changes. */
    private static void waitingBands(Scenario scenario, List<Problem> out) {
        List<String> names = Simulation.WAITING_BAND_PARAMETERS;
        for (int i = 0; i < names.size(); i++) {
            if (!scenario.parameters().has(names.get(i))) {
                continue;
            }
            Parameter p = scenario.parameters().get(names.get(i));
            if (!p.unit().equals("months")) {
                out.add(new Problem(p.values().get(0).file(), 0, p.name() + ".unit", "is '" + p.unit()
                        + "'; the simulator reads it in months"));
                return;
            }
            for (DatedValue v : p.values()) {
                if (v.value() != Math.rint(v.value()) || v.value() < 1 || v.value() > Queues.MAX_WAIT) {
                    out.add(new Problem(v.file(), v.line(), p.name() + ".values." + v.from() + ".value", "is " + v.value()
                            + "; expected a whole number of months between 1 and " + Queues.MAX_WAIT));
                    continue;
                }
                double lower = i == 0 ? 0 : edgeAt(scenario, i - 1, v.from());
                double upper = i == names.size() - 1 ? Double.MAX_VALUE : edgeAt(scenario, i + 1, v.from());
                if (v.value() <= lower || v.value() >= upper) {
                    out.add(new Problem(v.file(), v.line(), p.name() + ".values." + v.from() + ".value", "is " + v.value()
                            + " from " + v.from() + "; expected more than the band before it (" + fmt(lower)
                            + ") and less than the band after it (" + fmt(upper) + ")"));
                }
            }
        }
    }

    private static double edgeAt(Scenario scenario, int band, java.time.YearMonth month) {
        String name = Simulation.WAITING_BAND_PARAMETERS.get(band);
        if (!scenario.parameters().has(name) || !scenario.parameters().get(name).unit().equals("months")) {
            return Simulation.WAITING_BAND_DEFAULTS[band];
        }
        return scenario.parameters().get(name).inForce(month).map(DatedValue::value)
                .orElse((double) Simulation.WAITING_BAND_DEFAULTS[band]);
    }

    private static String fmt(double v) {
        return v == Double.MAX_VALUE ? "none" : String.valueOf((long) v);
    }

    private static void require(Scenario scenario, String name, String top, List<Problem> out, String unit) {
        if (!scenario.parameters().has(name)) {
            out.add(new Problem(top, 0, "parameter_files", "no parameter file defines '" + name
                    + "', which the simulator needs (unit: " + unit + ")"));
        } else if (!scenario.parameters().get(name).unit().equals(unit)) {
            Parameter p = scenario.parameters().get(name);
            out.add(new Problem(p.values().get(0).file(), 0, name + ".unit", "is '" + p.unit() + "'; the simulator reads it in " + unit));
        }
    }

    private static void inRange(Parameter p, List<Problem> out, no.bosim.scenario.Units.Range range) {
        String name = p.name();
        for (DatedValue v : p.values()) {
            if (!range.holds(v.value())) {
                out.add(new Problem(v.file(), v.line(), name + ".values." + v.from() + ".value",
                        "is " + v.value() + "; expected " + range.expected()));
            }
        }
    }
}
