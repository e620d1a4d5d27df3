package no.bosim.simulator;

import java.util.ArrayList;
import java.util.List;
import no.bosim.scenario.DatedValue;
import no.bosim.scenario.Parameter;
import no.bosim.scenario.Problem;
import no.bosim.scenario.Scenario;

/**
 * What the simulator core needs of a loaded scenario beyond its format: every parameter it
 * reads is present, shares lie between 0 and 1, durations are positive. Run before every
 * simulation and by {@code bosim validate}.
 */
public final class ScenarioCheck {

    private ScenarioCheck() {
    }

    public static List<Problem> problems(Scenario scenario) {
        List<Problem> out = new ArrayList<>();
        String top = scenario.chain().get(0);
        for (String name : Simulation.SHARE_PARAMETERS) {
            check(scenario, name, top, out, 0.0, 1.0, "a share between 0 and 1");
        }
        for (String name : Simulation.MONTH_PARAMETERS) {
            check(scenario, name, top, out, 0.0, 600.0, "a number of months between 0 and 600");
        }
        if (scenario.initial().receptionCapacity() < 1) {
            out.add(new Problem(top, 0, "initial.reception_capacity", "is 0; expected at least 1 place"));
        }
        return out;
    }

    private static void check(Scenario scenario, String name, String top, List<Problem> out, double min, double max,
                              String expected) {
        if (!scenario.parameters().has(name)) {
            out.add(new Problem(top, 0, "parameter_files", "no parameter file defines '" + name
                    + "', which the simulator needs (" + expected + ")"));
            return;
        }
        Parameter p = scenario.parameters().get(name);
        for (DatedValue v : p.values()) {
            if (v.value() < min || v.value() > max) {
                out.add(new Problem(v.file(), v.line(), name + ".values." + v.from() + ".value",
                        "is " + v.value() + "; expected " + expected));
            }
        }
    }
}
