package no.bosim.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import no.bosim.rules.standin.CarryForward2024Policy;
import no.bosim.scenario.Mode;
import no.bosim.scenario.Scenario;
import no.bosim.scenario.ScenarioLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConservationTest {

    static Stream<Arguments> scenarios() {
        Scenario base = ScenarioLoader.loadDefault();
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
        RunResult run = Simulation.run(scenario, new CarryForward2024Policy());
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
            assertEquals(run.initialTotal() + m.arrivalsCum(),
                    m.awaitingDecision() + m.settlementReady() + m.settledCum() + m.departedCum(),
                    m.month() + ": initial + arrivals = awaiting + ready + settled + departed");
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
