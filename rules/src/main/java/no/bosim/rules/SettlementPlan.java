package no.bosim.rules;

import java.util.List;

/**
 * A year's requests and decisions for every kommune.
 *
 * @param need     the national settlement need the plan was made for
 * @param needEm   of which unaccompanied minors
 * @param needWhy  how the need came about, in words, naming the rule or source
 */
public record SettlementPlan(int year, int need, int needEm, Reason needWhy, List<KommunePlan> kommuner) {

    public SettlementPlan {
        kommuner = List.copyOf(kommuner);
    }
}
