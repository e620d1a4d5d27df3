package no.bosim.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import no.bosim.rules.drools.DroolsPolicy;
import no.bosim.rules.drools.RuleBook;
import no.bosim.rules.standin.CarryForward2024Policy;
import no.bosim.scenario.Mode;
import no.bosim.scenario.Scenario;
import no.bosim.scenario.ScenarioLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConservationTest {

    static Stream<Arguments> scenarios() {
        Scenario base = ScenarioLoader.load(ScenarioLoader.shipped("from-2024.yaml"));
        Scenario surge = ScenarioLoader.load(ScenarioLoader.shipped("surge-2015.yaml"));
        return Stream.of(
                Arguments.of("default", base),
                Arguments.of("default, another seed", base.withSeed(7)),
                Arguments.of("default, deterministic", base.withMode(Mode.DETERMINISTIC)),
                Arguments.of("2015-like surge", surge),
                Arguments.of("2015-like surge, deterministic", surge.withMode(Mode.DETERMINISTIC)));
    }

    @ParameterizedTest(name = "{0}: every month, initial people + arrivals = unsettled + settled + departed")
    @MethodSource("scenarios")
    void peopleAreConservedEveryMonth(String label, Scenario scenario) {
        check(Simulation.run(scenario, new CarryForward2024Policy()), scenario);
    }

    @ParameterizedTest(name = "{0}, under the shipped rules: every stage's flows balance every month")
    @MethodSource("scenarios")
    void theShippedRulesConservePeopleToo(String label, Scenario scenario) {
        check(Simulation.run(scenario, new DroolsPolicy(RuleBook.shipped())), scenario);
    }

    /**
     * Each stage's stock against last month's and the month's flows as each phase reports them: the
     * queues are never summed twice, so a phase that loses or makes people shows here.
     */
    private static void check(RunResult run, Scenario scenario) {
        MonthRecord before = null;
        for (MonthRecord m : run.months()) {
            int awaitingBefore = before == null ? initial(scenario, "awaiting_decision") + initial(scenario, "refused") : before.awaitingDecision();
            int readyBefore = before == null ? initial(scenario, "settlement_ready") : before.settlementReady();
            assertEquals(awaitingBefore + m.arrivalsAsylum() + m.arrivalsEm() + m.arrivalsUkraine() - m.granted() - m.departed(),
                    m.awaitingDecision(), m.month() + ": awaiting a decision = last month's + arrivals - granted - departed");
            assertEquals(readyBefore + m.granted() + m.arrivalsQuota() - m.settled(), m.settlementReady(),
                    m.month() + ": settlement-ready = last month's + granted + resettlement arrivals - settled");
            before = m;
        }
        conservedInTotal(run, scenario);
    }

    /**
     * The default replays history and, with observed stocks at the projection start, brings its state to
     * them: the adjustment is a flow, counted, and the identity holds every month with it. Two anchors
     * the replay cannot meet as it stands (more waiting for a decision, fewer settlement-ready).
     */
    @ParameterizedTest(name = "an anchored replay, {0}: initial + arrivals + adjustment = unsettled + settled + departed")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"deterministic", "stochastic"})
    void anAdjustmentToObservedStocksIsAFlowAndPeopleAreStillConserved(String mode, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        no.bosim.scenario.ShippedScenarios.copyTo(dir);
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("anchored.yaml"), """
                name: anchored
                description: the default brought to observed stocks at its projection start
                baseline: default.yaml
                horizon_months: 96
                mode: %s
                anchor:
                  in_processing: {value: 4000, assumption: a case's test figure}
                  settlement_ready: {value: 300, assumption: a case's test figure}
                """.formatted(mode));
        Scenario s = ScenarioLoader.load(file);
        RunResult run = Simulation.run(s, new DroolsPolicy(RuleBook.shipped()));
        conservedInTotal(run, s);
        assertEquals(2, run.adjustments().size());
        java.time.YearMonth from = s.projectionFrom();
        for (MonthRecord m : run.months()) {
            assertEquals(m.month().equals(from) ? run.adjustments().stream().mapToInt(a -> a.people()).sum() : 0, m.adjusted(),
                    m.month() + ": the adjustment is made once, at the projection start");
            assertEquals(m.month().isBefore(from), !m.projected(), m.month() + ": observed before the projection, projected from it");
        }
        MonthRecord last = run.months().stream().filter(m -> m.month().equals(from.minusMonths(1))).findFirst().orElseThrow();
        var ready = run.adjustments().stream().filter(a -> a.anchor().stock().equals("settlement_ready")).findFirst().orElseThrow();
        assertEquals(last.settlementReady(), ready.replayed(), "the replayed stock is the month before's");
        assertEquals(300 - last.settlementReady(), ready.people());
    }

    private static int initial(Scenario scenario, String stage) {
        return scenario.initial().stocks().stream().filter(s -> s.stage().column().equals(stage))
                .mapToInt(no.bosim.scenario.InitialStocks.Stock::count).sum();
    }

    private static void conservedInTotal(RunResult run, Scenario scenario) {
        assertEquals(scenario.horizonMonths(), run.months().size());
        assertEquals(scenario.initial().total(), run.initialTotal());
        long arrivals = 0;
        long settled = 0;
        long departed = 0;
        for (MonthRecord m : run.months()) {
            arrivals += m.arrivals();
            settled += m.settled();
            departed += m.departed();
            assertEquals(arrivals, m.arrivalsCum(), m.month() + ": arrivals_cum is the sum of arrivals");
            assertEquals(settled, m.settledCum(), m.month() + ": settled_cum is the sum of settled");
            assertEquals(departed, m.departedCum(), m.month() + ": departed_cum is the sum of departed");
            assertEquals(run.initialTotal() + m.arrivalsCum() + m.adjustedCum(),
                    m.awaitingDecision() + m.settlementReady() + m.settledCum() + m.departedCum(),
                    m.month() + ": initial + arrivals + adjustments to observed stocks = awaiting + ready + settled + departed");
            assertEquals(m.awaitingDecision() + m.settlementReady(), m.inMottak() + m.inCareCentres() + m.inPrivate(),
                    m.month() + ": where the unsettled live adds up to the unsettled");
            assertEquals(m.settlementReady(), m.ready0to3() + m.ready4to6() + m.ready7to12() + m.readyOver12(),
                    m.month() + ": the waiting-time buckets add up to the settlement-ready");
            assertTrue(m.longWaiters() <= m.settlementReady(), m.month() + ": long waiters are settlement-ready");
            assertTrue(m.refusedAwaitingDeparture() <= m.awaitingDecision());
            assertTrue(m.settledEm() <= m.settled());
            for (int v : new int[] {m.awaitingDecision(), m.settlementReady(), m.inMottak(), m.inCareCentres(),
                    m.inPrivate(), m.settled(), m.departed(), m.longWaiters(), m.granted(), m.refused()}) {
                assertTrue(v >= 0, m.month() + ": no negative people");
            }
        }
    }
}
