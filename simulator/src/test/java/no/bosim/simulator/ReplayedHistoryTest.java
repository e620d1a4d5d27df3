package no.bosim.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.YearMonth;
import java.util.List;
import no.bosim.rules.drools.DroolsPolicy;
import no.bosim.rules.drools.RuleBook;
import no.bosim.scenario.Mode;
import no.bosim.scenario.Scenario;
import no.bosim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * History is replayed, not drawn: in a stochastic run of a scenario that replays history, every
 * month before the projection is the deterministic run's (its inputs are observed), whatever the
 * seed; the draws begin at the projection start, so runs with other seeds part there.
 */
class ReplayedHistoryTest {

    private static final RuleBook RULES = RuleBook.shipped();

    private static List<MonthRecord> before(RunResult r, YearMonth from) {
        return r.months().stream().filter(m -> m.month().isBefore(from)).toList();
    }

    private static List<MonthRecord> from(RunResult r, YearMonth from) {
        return r.months().stream().filter(m -> !m.month().isBefore(from)).toList();
    }

    /** The first month in which two runs' records differ, or null when they agree throughout. */
    private static YearMonth firstDifference(List<MonthRecord> a, List<MonthRecord> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (!a.get(i).equals(b.get(i))) {
                return a.get(i).month();
            }
        }
        return a.size() == b.size() ? null : YearMonth.of(9999, 12);
    }

    @Test
    void theReplayedMonthsAreTheExpectedOnesAndTheDrawsBeginWithTheProjection() {
        Scenario stochastic = ScenarioLoader.load(ScenarioLoader.shipped("default.yaml"));
        assertEquals(Mode.STOCHASTIC, stochastic.mode(), "the shipped default is stochastic");
        YearMonth projection = stochastic.projectionFrom();
        RunResult expected = Simulation.run(stochastic.withMode(Mode.DETERMINISTIC), new DroolsPolicy(RULES));
        RunResult one = Simulation.run(stochastic, new DroolsPolicy(RULES));
        RunResult other = Simulation.run(stochastic.withSeed(7), new DroolsPolicy(RULES));

        assertNull(firstDifference(before(expected, projection), before(one, projection)), "the replay is the deterministic run's");
        assertNull(firstDifference(before(expected, projection), before(other, projection)), "whatever the seed");
        assertNotNull(firstDifference(from(one, projection), from(other, projection)), "the projection is drawn");
        assertNotNull(firstDifference(from(expected, projection), from(one, projection)), "and differs from the expected path");
    }

    @Test
    void aRunThatStartsOnItsProjectionDrawsFromItsFirstMonth() {
        Scenario surge = ScenarioLoader.load(ScenarioLoader.shipped("surge-2015.yaml"));
        RunResult one = Simulation.run(surge, new DroolsPolicy(RULES));
        RunResult other = Simulation.run(surge.withSeed(7), new DroolsPolicy(RULES));
        assertNotEquals(one.months().get(0), other.months().get(0), "a surge from 2024 is drawn from its first month");
    }
}
