package no.bosim.simulator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import no.bosim.rules.Alert;
import no.bosim.rules.CapacityOrder;
import no.bosim.rules.OrderKind;
import no.bosim.rules.drools.DroolsPolicy;
import no.bosim.rules.drools.RuleBook;
import no.bosim.scenario.Mode;
import no.bosim.scenario.Scenario;
import no.bosim.scenario.ScenarioLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Settlement and warnings as behaviour, not as seams of formulas: kommuner keep settling while people
 * are ready and places are decided (an extra request raises them when the year's run out), and no
 * warning fires year after year in a calm projection because of how a parameter is set.
 */
class SettlementBehavesTest {

    @ParameterizedTest(name = "{0}: no month settles nobody while people are ready and decided places are left")
    @ValueSource(strings = {"default.yaml", "surge-2015.yaml", "surge-2022.yaml", "surge-2015-now.yaml"})
    void noMonthSettlesNobodyWhilePeopleAreReadyAndPlacesAreLeft(String file) {
        for (Mode mode : Mode.values()) {
            Scenario s = ScenarioLoader.load(ScenarioLoader.shipped(file)).withMode(mode);
            RunResult run = Simulation.run(s, new DroolsPolicy(RuleBook.shipped()));
            for (MonthRecord m : run.months()) {
                boolean placesLeft = m.vedtattYear() > m.settledYear();
                assertTrue(m.settled() > 0 || m.settlementReady() == 0 || !placesLeft, file + " " + mode + " " + m.month()
                        + ": settled nobody with " + m.settlementReady() + " ready and " + (m.vedtattYear() - m.settledYear())
                        + " decided places left");
            }
        }
    }

    /** The warnings about reception's capacity (docs/validation.md, "Lead time and hits"). */
    private static final Set<String> CAPACITY_WARNINGS = Set.of("VARSEL-01", "VARSEL-07", "VARSEL-09", "VARSEL-10");

    @ParameterizedTest(name = "{0}: a capacity warning comes a month before occupancy passes 95 %, and with the first emergency places at the latest")
    @ValueSource(strings = {"surge-2015.yaml", "surge-2022.yaml", "surge-2015-now.yaml", "backtest-2019.yaml", "backtest-2022.yaml"})
    void everySurgeIsWarnedOfBeforeReceptionIsFullAndNoEmergencyPurchaseGoesUnnamed(String file) {
        Scenario s = ScenarioLoader.load(ScenarioLoader.shipped(file)).withMode(Mode.DETERMINISTIC);
        RunResult run = Simulation.run(s, new DroolsPolicy(RuleBook.shipped()));
        List<YearMonth> warned = run.alerts().stream().filter(a -> CAPACITY_WARNINGS.contains(a.ruleId()))
                .map(Alert::month).sorted().toList();
        List<YearMonth> full = run.months().stream().filter(m -> m.occupancy() > 0.95).map(MonthRecord::month).toList();
        List<YearMonth> bought = run.capacityOrders().stream().filter(o -> o.kind() == OrderKind.AKUTT)
                .map(CapacityOrder::ordered).sorted().toList();
        for (YearMonth over : full) {
            // Each time occupancy passes 95 % after a month under it, a capacity warning came at least a month before, within a year.
            if (full.contains(over.minusMonths(1))) {
                continue;
            }
            assertTrue(warned.stream().anyMatch(w -> !w.isAfter(over.minusMonths(1)) && w.isAfter(over.minusMonths(13))),
                    file + ": occupancy passes 95 % in " + over + " with no capacity warning in the year before; warnings " + warned);
        }
        for (YearMonth first : bought) {
            // A purchase after a year without one is named by a capacity warning in that month or before, within a year.
            if (bought.stream().anyMatch(b -> b.isBefore(first) && b.isAfter(first.minusMonths(13)))) {
                continue;
            }
            assertTrue(warned.stream().anyMatch(w -> !w.isAfter(first) && w.isAfter(first.minusMonths(13))),
                    file + ": emergency places bought in " + first + " with no capacity warning in that month or the year before; warnings " + warned);
        }
    }

    @Test
    void noWarningFiresInMoreThanOneYearOfTwoInTheDefaultsCalmProjection() {
        Scenario s = ScenarioLoader.loadDefault().withMode(Mode.DETERMINISTIC);
        RunResult run = Simulation.run(s, new DroolsPolicy(RuleBook.shipped()));
        // Calm: arrivals are held at their last level from the projection start; the years after the first
        // projected plan (2027) have settled into it.
        int firstCalm = s.projectionFrom().getYear() + 2;
        Set<Integer> calm = new TreeSet<>();
        for (MonthRecord m : run.months()) {
            if (m.month().getYear() >= firstCalm) {
                calm.add(m.month().getYear());
            }
        }
        Map<String, Set<Integer>> yearsFired = new TreeMap<>();
        for (Alert a : run.alerts()) {
            if (calm.contains(a.month().getYear())) {
                yearsFired.computeIfAbsent(a.ruleId(), k -> new TreeSet<>()).add(a.month().getYear());
            }
        }
        assertTrue(calm.size() >= 6, "calm years to judge: " + calm);
        yearsFired.forEach((rule, years) -> assertTrue(years.size() * 2 <= calm.size(),
                rule + " fires in " + years + " of the calm years " + calm));
    }

    @Test
    void theCoverageWarningFiresTheYearCoverageFallsNotEveryYearItStaysLow() {
        Scenario s = ScenarioLoader.loadDefault().withMode(Mode.DETERMINISTIC);
        RunResult run = Simulation.run(s, new DroolsPolicy(RuleBook.shipped()));
        double min = s.parameters().valueAt("kost_dekningsgrad_min", s.start());
        Map<Integer, Double> coverage = new TreeMap<>();
        run.costs().forEach(c -> c.rows().stream().filter(r -> r.subject().equals(no.bosim.rules.CostAssessment.NATIONAL))
                .forEach(r -> coverage.put(c.year(), r.coverage())));
        Set<Integer> warned = new TreeSet<>();
        run.alerts().stream().filter(a -> a.ruleId().equals("KOST-10")).forEach(a -> warned.add(a.month().getYear()));
        int first = coverage.keySet().iterator().next();
        for (Map.Entry<Integer, Double> e : coverage.entrySet()) {
            int y = e.getKey();
            boolean falls = e.getValue() < min && (y == first || coverage.get(y - 1) >= min);
            assertTrue(falls == warned.contains(y), y + ": coverage " + e.getValue() + " after " + coverage.get(y - 1)
                    + "; KOST-10 in " + warned);
        }
        assertTrue(coverage.values().stream().filter(c -> c < min).count() > warned.size(), "some years stay low without a new warning");
    }
}
