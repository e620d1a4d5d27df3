package no.bosim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Each benchmark does the work its name promises, once, untimed (timings belong to JMH, never to a
 * test): a run of the horizon and kommuner asked for, a year's plan for every kommune, a year of
 * monthly rules that raises the alerts a real run raises in that year, and an ensemble of the runs asked for.
 */
class BenchmarksWorkTest {

    @Test
    void aRunCoversTheMonthsAndKommunerAskedFor() {
        RunBenchmark b = new RunBenchmark();
        b.policy = "rules";
        b.horizonTimes = 2;
        b.everyNthKommune = 4;
        b.setUp();
        var result = b.oneRun();
        assertEquals(240, result.months().size());
        assertEquals(90, result.scenario().municipalities().size(), "every 4th of 357 kommuner");
        assertTrue(result.policy().startsWith("drools"), result.policy());
    }

    @Test
    void theStandInRunsWithoutRules() {
        RunBenchmark b = new RunBenchmark();
        b.policy = "stand-in";
        b.horizonTimes = 1;
        b.everyNthKommune = 1;
        b.setUp();
        assertTrue(b.oneRun().policy().startsWith("stand-in"));
    }

    @Test
    void thePolicyPartsPlanEveryKommuneAndRaiseAlerts() {
        // The 2024 base is calm in its fourth year and raises no monthly warning any more (warnings fire on a change,
        // not on a margin); the default's fourth year is 2022, the surge, so the monthly rules have alerts to reproduce.
        System.setProperty("bosim.bench.scenario", java.nio.file.Path.of("../scenarios/default.yaml").toAbsolutePath().toString());
        try {
            policyPartsRaiseTheRunsAlerts();
        } finally {
            System.clearProperty("bosim.bench.scenario");
        }
    }

    private void policyPartsRaiseTheRunsAlerts() {
        PolicyBenchmark b = new PolicyBenchmark();
        b.setUp();
        assertEquals(357, b.planningOneYear().kommuner().size());
        var run = no.bosim.simulator.Simulation.run(Fixture.scenario(),
                new no.bosim.rules.drools.DroolsPolicy(no.bosim.rules.drools.RuleBook.shipped()));
        java.time.YearMonth from = run.scenario().start().plusMonths(36);
        java.time.YearMonth until = from.plusMonths(12);
        long monthly = run.alerts().stream().filter(a -> !a.month().isBefore(from) && a.month().isBefore(until)
                && !a.ruleId().startsWith("KOST-")).count();
        assertTrue(monthly > 0, "the fourth year raises alerts to compare");
        b.giveHistory();
        assertEquals(monthly, b.monthlyRulesPerMonth(), "the monthly rules, given two years of history, raise the alerts the run raised in its fourth year");
        b.closeSession();
    }

    @Test
    void anEnsembleRunsTheRunsAskedFor() {
        EnsembleBenchmark b = new EnsembleBenchmark();
        b.runs = 3;
        b.threads = 1;
        b.warmUp = false;
        b.setUp();
        assertEquals(3, b.ensemble().runs());
    }

    @Test
    void aChangedControlRedrawsTheWhatIfPage() throws Exception {
        boolean present = java.nio.file.Files.isExecutable(java.nio.file.Path.of("/usr/bin/chromium"))
                && java.nio.file.Files.isExecutable(java.nio.file.Path.of("/usr/bin/chromedriver"));
        if (System.getenv("BOSIM_REQUIRE_BROWSER") != null) {
            assertTrue(present, "ServeBenchmark needs Debian's chromium and chromium-driver");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(present, "no Chromium for ServeBenchmark");
        ServeBenchmark b = new ServeBenchmark();
        b.setUp();
        try {
            int before = b.changedControlToRedrawnPage();
            assertEquals(before + 1, b.lastDrawn(), "one change, one redrawn page");
        } finally {
            b.tearDown();
        }
    }
}
