package no.bosim.simulator;

import java.util.ArrayList;
import java.util.List;
import no.bosim.scenario.DatedValue;
import no.bosim.scenario.Parameter;
import no.bosim.scenario.Problem;
import no.bosim.scenario.Scenario;

/**
 * What the simulator core needs of a loaded scenario beyond its format: every parameter it
 * reads is present, and every value fits its unit (a share lies between 0 and 1, months between
 * 0 and 600), whoever reads it. Run before every simulation and by {@code bosim validate}.
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
        for (Parameter p : scenario.parameters().all().values()) {
            switch (p.unit()) {
                case "share" -> inRange(p, out, 0.0, 1.0, "a share between 0 and 1");
                case "months" -> inRange(p, out, 0.0, 600.0, "a number of months between 0 and 600");
                default -> { }
            }
        }
        if (scenario.initial().receptionCapacity() < 1) {
            out.add(new Problem(top, 0, "initial.reception_capacity", "is 0; expected at least 1 place"));
        }
        return out;
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

    private static void inRange(Parameter p, List<Problem> out, double min, double max, String expected) {
        String name = p.name();
        for (DatedValue v : p.values()) {
            if (v.value() < min || v.value() > max) {
                out.add(new Problem(v.file(), v.line(), name + ".values." + v.from() + ".value",
                        "is " + v.value() + "; expected " + expected));
            }
        }
    }
}
