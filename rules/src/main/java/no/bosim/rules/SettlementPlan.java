package no.bosim.rules;

import java.util.List;

/**
 * A year's requests and decisions for every kommune.
 *
 * @param need the settlement need the plan was made for (a policy may raise the scenario's figure)
 */
public record SettlementPlan(int year, int need, List<KommunePlan> kommuner) {

    public SettlementPlan {
        kommuner = List.copyOf(kommuner);
    }
}
