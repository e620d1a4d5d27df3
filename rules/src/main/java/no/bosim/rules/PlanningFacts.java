package no.bosim.rules;

import java.util.List;
import java.util.Map;

/**
 * The facts for one year's settlement plan.
 *
 * @param year              the year being planned
 * @param bosettingsbehov   the national settlement need for the year
 * @param bosettingsbehovEm the part of the need that is unaccompanied minors
 * @param criteria          the name of the request-criteria set the scenario selects
 * @param settlementReady   people waiting to be settled when the year is planned
 * @param grantsLastYear    people who became settlement-ready in the twelve months before
 * @param parameters        every scenario parameter's value in force in January of the year
 */
public record PlanningFacts(int year, int bosettingsbehov, int bosettingsbehovEm, String criteria,
                            int settlementReady, int grantsLastYear,
                            List<KommuneFacts> kommuner, Map<String, Double> parameters) {

    public PlanningFacts {
        kommuner = List.copyOf(kommuner);
        parameters = Map.copyOf(parameters);
    }

    public double parameter(String name) {
        Double v = parameters.get(name);
        if (v == null) {
            throw new IllegalArgumentException("parameter '" + name + "' is not in the scenario");
        }
        return v;
    }
}
