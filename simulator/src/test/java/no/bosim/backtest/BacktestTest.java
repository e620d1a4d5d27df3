package no.bosim.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import no.bosim.rules.drools.DroolsPolicy;
import no.bosim.rules.drools.RuleBook;
import no.bosim.scenario.Mode;
import no.bosim.scenario.ObservationLoader;
import no.bosim.scenario.Observations;
import no.bosim.scenario.Scenario;
import no.bosim.scenario.ScenarioLoader;
import no.bosim.simulator.MonthRecord;
import no.bosim.simulator.RunResult;
import no.bosim.simulator.Simulation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backtest on a hand-made history whose right answers are known: observations set at known
 * distances from what a deterministic run of 2024-2025 gives, so each error, each verdict and each
 * way of making a year's value from its months (a flow's sum, a stock's December, a mean weighted
 * by the people it averages) can be checked.
 */
class BacktestTest {

    private static final RuleBook RULES = RuleBook.shipped();
    private static Scenario scenario;
    private static RunResult run;

    @TempDir
    Path dir;

    @BeforeAll
    static void runTwoYears() {
        scenario = ScenarioLoader.load(ScenarioLoader.shipped("from-2024.yaml")).withMode(Mode.DETERMINISTIC).withHorizon(24);
        run = Simulation.run(scenario, new DroolsPolicy(RULES));
    }

    private static List<MonthRecord> year(int y) {
        return run.months().stream().filter(m -> m.month().getYear() == y).toList();
    }

    private static MonthRecord month(String ym) {
        return run.months().stream().filter(m -> m.month().equals(YearMonth.parse(ym))).findFirst().orElseThrow();
    }

    private Observations observations(String rows) throws IOException {
        Files.writeString(dir.resolve("obs.csv"), "indicator,period,value,basis\n" + rows);
        Path yaml = Files.writeString(dir.resolve("history.yaml"), """
                description: a hand-made history
                observations: obs.csv
                tolerances:
                  settled: {relative: 0.10}
                  residents: {relative: 0.15}
                  wait_mean_months: {absolute: 0.5}
                  settled_ytd: {relative: 0.10}
                  decided: {relative: 0.10}
                """);
        return ObservationLoader.load(yaml, Indicator.keys());
    }

    private static String row(String indicator, String period, double value) {
        return String.format(Locale.ROOT, "%s,%s,%.6f,source: a hand-made figure https://example.org/%n", indicator, period, value);
    }

    @Test
    void eachObservationGetsTheModelsValueTheErrorAndTheVerdictItsToleranceGives() throws IOException {
        double settled2024 = year(2024).stream().mapToInt(MonthRecord::settled).sum();
        double residentsJune = month("2025-06").inMottak();
        double decided2025 = month("2025-12").vedtattYear();
        double ytd = month("2025-06").settledYear();
        double waited = 0;
        double people = 0;
        for (MonthRecord m : year(2024)) {
            if (m.settled() > 0) {
                waited += m.waitMeanMonths() * m.settled();
                people += m.settled();
            }
        }
        double wait2024 = waited / people;
        Observations obs = observations(row("settled", "2024", settled2024 * 1.05)          // model 4.76 % under: within 10 %
                + row("residents", "2025-06", residentsJune / 0.8)                             // model 20 % under: outside 15 %
                + row("decided", "2025", decided2025 * 0.9)                                    // model 11.1 % over: outside 10 %
                + row("settled_ytd", "2025-06", ytd)                                           // exact
                + row("wait_mean_months", "2024", wait2024 + 0.49)                             // 0.49 months off: within 0.5
                + row("settled", "2023", 33000)                                                // before the run
                + row("residents", "2026-01", 1000));                                          // after it
        Backtest.Result b = Backtest.of(run, obs);
        assertEquals(5, b.rows().size());
        Backtest.Row settled = b.rows().get(0);
        assertEquals(settled2024, settled.model(), 1e-9, "a flow over a year is the sum of its months");
        assertEquals(-100 * 0.05 / 1.05, settled.errorPct(), 1e-6);
        assertTrue(settled.within());
        Backtest.Row residents = b.rows().get(1);
        assertEquals(-20.0, residents.errorPct(), 1e-6);
        assertFalse(residents.within());
        Backtest.Row decided = b.rows().get(2);
        assertEquals(decided2025, decided.model(), 1e-9, "a stock over a year is its December");
        assertEquals(100 * (1 / 0.9 - 1), decided.errorPct(), 1e-6);
        assertFalse(decided.within());
        assertEquals(0.0, b.rows().get(3).errorPct(), 1e-9);
        assertTrue(b.rows().get(3).within());
        Backtest.Row wait = b.rows().get(4);
        assertEquals(wait2024, wait.model(), 1e-9, "a mean over a year is weighted by those it is the mean of");
        assertTrue(wait.within());
        assertEquals(3, b.within());
        assertEquals(List.of("settled 2023", "residents 2026-01"), b.outside().stream().map(o -> o.indicator() + " " + o.period()).toList(),
                "observations outside the run are set aside, not compared as misses");
    }

    @Test
    void theModelsLineHasEveryPeriodOfTheRunForEachObservedIndicator() throws IOException {
        Backtest.Result b = Backtest.of(run, observations(row("settled", "2024", 1) + row("residents", "2025-06", 1)));
        assertEquals(2, b.line().stream().filter(p -> p.indicator().equals("settled")).count(), "two years");
        assertEquals(24, b.line().stream().filter(p -> p.indicator().equals("residents")).count(), "24 months");
        assertEquals(month("2024-03").inMottak(), b.line().stream()
                .filter(p -> p.indicator().equals("residents") && p.period().equals("2024-03")).findFirst().orElseThrow().model(), 1e-9);
    }

    @Test
    void anEnsembleGivesTheMedianAndABandThatHoldsItAndTellsWhetherEachObservationIsInside() throws IOException {
        Scenario stochastic = scenario.withMode(Mode.STOCHASTIC);
        Observations obs = observations(row("settled", "2024", 1) + row("residents", "2025-06", 1_000_000));
        Backtest.Result b = Backtest.ensemble(stochastic, obs, () -> new DroolsPolicy(RULES), 6, 2, null);
        assertEquals(6, b.runs());
        for (Backtest.Row r : b.rows()) {
            assertTrue(r.p5() <= r.model() && r.model() <= r.p95(), "median inside its band: " + r);
            assertFalse(r.inBand(), "an observation far outside every run is outside the band: " + r);
        }
        assertTrue(b.rows().get(0).p95() > b.rows().get(0).p5(), "stochastic runs differ");
        Backtest.Row settled = b.rows().get(0);
        Observations inside = observations(row("settled", "2024", (settled.p5() + settled.p95()) / 2));
        assertTrue(Backtest.ensemble(stochastic, inside, () -> new DroolsPolicy(RULES), 6, 2, null).rows().get(0).inBand(),
                "an observation between P5 and P95 of the same runs is inside");
    }

    @Test
    void eachYearGetsTheSpreadsheetForecastAndTheModelsSkillAgainstIt() throws IOException {
        // The run is 2024-2025 on the 2024 base: IMDi's requests 37 000 (2024) and 18 900 then 12 640 (2025).
        Observations obs = observations("""
                settled,2023,33000,source: a test https://www.imdi.no/
                settled,2024,25573,source: a test https://www.imdi.no/
                settled,2025,12596,source: a test https://www.imdi.no/
                residents,2024,7000,source: a test https://www.udi.no/
                residents,2025,5000,source: a test https://www.udi.no/
                decided,2024,28340,source: a test https://www.imdi.no/
                """);
        Backtest.Result b = Backtest.of(run, obs);
        Backtest.Row s2024 = b.rows().stream().filter(r -> r.indicator().equals("settled") && r.period().equals("2024")).findFirst().orElseThrow();
        Backtest.Row s2025 = b.rows().stream().filter(r -> r.indicator().equals("settled") && r.period().equals("2025")).findFirst().orElseThrow();
        // This year's request in January x last year's settled / last year's final request.
        assertEquals(37_000 * 33_000.0 / 38_000, s2024.naive(), 1e-6);
        assertEquals(18_900 * 25_573.0 / 37_000, s2025.naive(), 1e-6, "2025's request in January is the first, 18 900");
        Backtest.Row r2025 = b.rows().stream().filter(r -> r.indicator().equals("residents") && r.period().equals("2025")).findFirst().orElseThrow();
        assertEquals(7000, r2025.naive(), "last year-end's observed");
        Backtest.Row r2024 = b.rows().stream().filter(r -> r.indicator().equals("residents") && r.period().equals("2024")).findFirst().orElseThrow();
        long inMottakAtStart = scenario.initial().stocks().stream().filter(st -> st.housing() == no.bosim.scenario.InitialStocks.Housing.MOTTAK)
                .mapToLong(no.bosim.scenario.InitialStocks.Stock::count).sum();
        assertEquals(inMottakAtStart, r2024.naive(), "the run's first year: the stocks at its start");
        assertTrue(b.rows().stream().filter(r -> r.indicator().equals("decided")).allMatch(Backtest.Row::input),
                "2024's decisions are IMDi's per kommune, given to the run: an input, not a test");
        assertEquals(b.rows().size() - 1, b.tests().size());
        Backtest.Skill settled = b.skills().stream().filter(k -> k.indicator().equals("settled")).findFirst().orElseThrow();
        double model = Math.abs(s2024.model() - 25_573) + Math.abs(s2025.model() - 12_596);
        double naive = Math.abs(s2024.naive() - 25_573) + Math.abs(s2025.naive() - 12_596);
        assertEquals(2, settled.observations(), "2023 lies outside the run; 2024 and 2025 are scored");
        assertEquals(1 - model / naive, settled.score(), 1e-9);
    }
}
