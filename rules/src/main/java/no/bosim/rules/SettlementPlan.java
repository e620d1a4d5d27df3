package no.bosim.rules;

import java.util.List;

/** A year's requests and decisions for every kommune, made by the named policy. */
public record SettlementPlan(int year, List<KommunePlan> kommuner) {

    public SettlementPlan {
        kommuner = List.copyOf(kommuner);
    }
}
