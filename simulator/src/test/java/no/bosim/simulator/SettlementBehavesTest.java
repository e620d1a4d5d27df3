package no.bosim.simulator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import no.bosim.rules.Alert;
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
