package no.bosim.simulator;

import java.util.List;
import java.util.Map;
import no.bosim.rules.Alert;
import no.bosim.rules.CapacityOrder;
import no.bosim.rules.CostAssessment;
import no.bosim.scenario.Scenario;

/**
 * Everything one run produced, in memory: the monthly series, the kommune-years, the alerts,
 * capacity orders and yearly cost assessments, and the initial population that conservation is checked against.
 *
 * @param settlementOrder   the settlement order the run used, in words
 * @param initialPopulation people in the system on the first day, by stage and stream
 * @param adjustments       the stocks brought to observed values at the projection start (docs/model.md)
 * @param ruleNames         each rule id the policy can name, with the rule's name in words
 * @param ruleNamesEn       the same in English
 */
public record RunResult(Scenario scenario, String policy, String settlementOrder, List<MonthRecord> months,
                        List<KommuneYearRecord> kommuneYears, List<Alert> alerts, List<CapacityOrder> capacityOrders,
                        List<CostAssessment> costs, Map<String, Integer> initialPopulation,
                        List<Anchoring.Adjustment> adjustments, Map<String, String> ruleNames, Map<String, String> ruleNamesEn) {

    public RunResult {
        months = List.copyOf(months);
        kommuneYears = List.copyOf(kommuneYears);
        alerts = List.copyOf(alerts);
        capacityOrders = List.copyOf(capacityOrders);
        costs = List.copyOf(costs);
        initialPopulation = Map.copyOf(initialPopulation);
        adjustments = List.copyOf(adjustments);
        ruleNames = Map.copyOf(ruleNames);
        ruleNamesEn = Map.copyOf(ruleNamesEn);
    }

    public int initialTotal() {
        return initialPopulation.values().stream().mapToInt(Integer::intValue).sum();
    }
}
