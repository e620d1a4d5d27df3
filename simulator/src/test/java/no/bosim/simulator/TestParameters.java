package no.bosim.simulator;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.bosim.scenario.Basis;
import no.bosim.scenario.DatedValue;
import no.bosim.scenario.Parameter;
import no.bosim.scenario.Parameters;
import no.bosim.scenario.Scenario;

/** A scenario with one parameter replaced by a test's dated values (month, value, month, value, ...). */
final class TestParameters {

    private TestParameters() {
    }

    static Scenario with(Scenario base, String name, String unit, Object... monthsAndValues) {
        Map<String, Parameter> all = new TreeMap<>(base.parameters().all());
        Basis why = new Basis.Assumption("a test's value", "en tests verdi");
        List<DatedValue> values = new ArrayList<>();
        for (int k = 0; k < monthsAndValues.length; k += 2) {
            values.add(new DatedValue((YearMonth) monthsAndValues[k], ((Number) monthsAndValues[k + 1]).doubleValue(), why, "test", k / 2 + 1));
        }
        all.put(name, new Parameter(name, "test", unit, values));
        return base.withParameters(Parameters.of(all));
    }
}
