package no.bosim.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.Comparator;
import no.bosim.rules.CapacityOrder;
import no.bosim.rules.drools.DroolsPolicy;
import no.bosim.rules.drools.RuleBook;
import no.bosim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** The shipped rule sets drive the simulator through a 2015-like surge: they warn, capacity follows, people are conserved. */
class RulesDriveTheSurgeTest {

    private static final RuleBook RULES = RuleBook.shipped();
    private final RunResult run = Simulation.run(ScenarioLoader.load(ScenarioLoader.shipped("surge-2015.yaml")), new DroolsPolicy(RULES));

    @Test
    void capacityAndLongWaitWarningsFire() {
        assertTrue(run.alerts().stream().anyMatch(a -> a.ruleId().equals("VARSEL-01")), "overfull reception is warned of");
        assertTrue(run.alerts().stream().anyMatch(a -> a.ruleId().equals("VARSEL-03")), "rising long waiters are warned of");
        run.alerts().forEach(a -> assertTrue(!a.clause().isEmpty() && !a.severity().isEmpty(), a.toString()));
    }

    @Test
    void capacityGrowsAfterItsLeadTimeAndIsClosedAgainAfterNotice() {
        CapacityOrder first = run.capacityOrders().stream().filter(o -> o.places() > 0)
                .min(Comparator.comparing(CapacityOrder::ordered)).orElseThrow();
        MonthRecord before = month(first.effective().minusMonths(1));
        MonthRecord after = month(first.effective());
        assertTrue(after.receptionCapacity() >= before.receptionCapacity() + first.places(),
                "the order's places are there from its effective month");
        assertTrue(run.capacityOrders().stream().anyMatch(o -> o.places() < 0 && o.ruleId().equals("KAP-03")), "places close after the surge");
        run.capacityOrders().forEach(o -> assertTrue(o.effective().isAfter(o.ordered()), "orders take time: " + o));
    }

    @Test
    void theBacklogFallsAfterTheSurge() {
        int peak = run.months().stream().mapToInt(MonthRecord::settlementReady).max().orElseThrow();
        assertTrue(month(YearMonth.of(2030, 12)).settlementReady() < peak / 5, "backlog at end 2030 vs peak " + peak);
    }

    @Test
    void peopleAreStillConservedEveryMonth() {
        for (MonthRecord m : run.months()) {
            assertEquals(run.initialTotal() + m.arrivalsCum(), m.awaitingDecision() + m.settlementReady() + m.settledCum() + m.departedCum());
            assertEquals(m.awaitingDecision() + m.settlementReady(), m.inMottak() + m.inCareCentres() + m.inPrivate());
        }
    }

    private MonthRecord month(YearMonth ym) {
        return run.months().stream().filter(m -> m.month().equals(ym)).findFirst().orElseThrow();
    }
}
