package no.bosim.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Collectors;
import no.bosim.rules.standin.CarryForward2024Policy;
import no.bosim.scenario.Scenario;
import no.bosim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

class SettlementTest {

    private final Scenario surge = ScenarioLoader.load(ScenarioLoader.shipped("surge-2015.yaml"));
    private final RunResult run = Simulation.run(surge, new CarryForward2024Policy());

    @Test
    void noKommuneSettlesMoreThanItDecidedInAYear() {
        for (KommuneYearRecord k : run.kommuneYears()) {
            assertTrue(k.bosatt() <= k.vedtatt(), k.year() + " " + k.kommunenummer() + ": bosatt " + k.bosatt() + " > vedtatt " + k.vedtatt());
            assertTrue(k.bosattEm() <= k.vedtattEm(), k.year() + " " + k.kommunenummer() + ": minors beyond places for minors");
        }
    }

    @Test
    void minorsAreSettledOnlyInKommunerThatTakeMinors() {
        long minorsSettled = run.kommuneYears().stream().mapToLong(KommuneYearRecord::bosattEm).sum();
        assertTrue(minorsSettled > 0, "the surge brings minors to settle");
        run.kommuneYears().stream().filter(k -> k.vedtattEm() == 0)
                .forEach(k -> assertEquals(0, k.bosattEm(), k.kommunenummer() + " takes no minors"));
    }

    @Test
    void kommuneRowsAddUpToTheNationalSeriesEachYear() {
        Map<Integer, Integer> national = run.months().stream()
                .collect(Collectors.groupingBy(m -> m.month().getYear(), Collectors.summingInt(MonthRecord::settled)));
        Map<Integer, Integer> byKommune = run.kommuneYears().stream()
                .collect(Collectors.groupingBy(KommuneYearRecord::year, Collectors.summingInt(KommuneYearRecord::bosatt)));
        assertEquals(national, byKommune);
        assertEquals(357 * 10, run.kommuneYears().size(), "one row per kommune per simulated year");
    }

    @Test
    void theSurgeFillsReceptionAndTheBacklogBuildsUpAndWaitsGrowLong() {
        RunResult base = Simulation.run(ScenarioLoader.load(ScenarioLoader.shipped("from-2024.yaml")), new CarryForward2024Policy());
        int peakBase = base.months().stream().mapToInt(MonthRecord::inMottak).max().orElseThrow();
        int peakSurge = run.months().stream().mapToInt(MonthRecord::inMottak).max().orElseThrow();
        assertTrue(peakSurge > peakBase + 10_000, "surge peak " + peakSurge + " vs baseline " + peakBase);
        int longBase = base.months().stream().mapToInt(MonthRecord::longWaiters).max().orElseThrow();
        int longSurge = run.months().stream().mapToInt(MonthRecord::longWaiters).max().orElseThrow();
        assertTrue(longSurge > longBase, "long waiters under the surge " + longSurge + " vs " + longBase);
    }

    @Test
    void theFirstYearSettlesAboutWhatIMDiReportsFor2024() {
        RunResult base = Simulation.run(ScenarioLoader.load(ScenarioLoader.shipped("from-2024.yaml")), new CarryForward2024Policy());
        int settled2024 = base.months().stream().filter(m -> m.month().getYear() == 2024).mapToInt(MonthRecord::settled).sum();
        assertTrue(Math.abs(settled2024 - 25_573) < 0.05 * 25_573, "2024 settled " + settled2024 + " vs IMDi's 25 573 (Nøkkeltall 2024)");
    }
}
