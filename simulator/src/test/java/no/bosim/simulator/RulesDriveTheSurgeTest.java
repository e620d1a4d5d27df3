package no.bosim.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import no.bosim.rules.CapacityOrder;
import no.bosim.rules.OrderKind;
import no.bosim.rules.drools.DroolsPolicy;
import no.bosim.rules.drools.RuleBook;
import no.bosim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** The shipped rule sets drive the simulator through a 2015-like surge: they warn, capacity follows, people are conserved. */
class RulesDriveTheSurgeTest {

    private static final RuleBook RULES = RuleBook.shipped();
    private final RunResult run = Simulation.run(ScenarioLoader.load(ScenarioLoader.shipped("surge-2015.yaml")), new DroolsPolicy(RULES));

    @Test
    void theSurgeIsWarnedOfAndLongWaitsFollow() {
        // Emergency places come within the month (KAP-01), so reception is not overfull for months on
        // end (VARSEL-01); what warns is the jump in arrivals and the forecast outgrowing the places.
        for (String id : new String[] {"VARSEL-09", "VARSEL-07", "VARSEL-03"}) {
            assertTrue(run.alerts().stream().anyMatch(a -> a.ruleId().equals(id)), id + " fires in the surge: " + run.alerts());
        }
        YearMonth jump = run.alerts().stream().filter(a -> a.ruleId().equals("VARSEL-09")).findFirst().orElseThrow().month();
        YearMonth longWaits = run.alerts().stream().filter(a -> a.ruleId().equals("VARSEL-03")).findFirst().orElseThrow().month();
        assertTrue(jump.isBefore(longWaits), "the arrivals warning leads the long-wait warning");
        run.alerts().forEach(a -> assertTrue(!a.clause().isEmpty() && a.severity() != null, a.toString()));
    }

    @Test
    void emergencyPlacesComeWithinTheMonthOrdinaryPlacesAfterTheirLeadTimeAndPlacesCloseAfterNotice() {
        run.capacityOrders().stream().filter(o -> o.kind() == OrderKind.AKUTT)
                .forEach(o -> assertEquals(o.ordered(), o.effective(), "emergency places within the month: " + o));
        run.capacityOrders().stream().filter(o -> o.kind() == OrderKind.ORDINAER)
                .forEach(o -> assertEquals(o.ordered().plusMonths(3), o.effective(), "ordinary places after their lead time: " + o));
        assertTrue(run.capacityOrders().stream().anyMatch(o -> o.kind() == OrderKind.AKUTT)
                && run.capacityOrders().stream().anyMatch(o -> o.kind() == OrderKind.ORDINAER), "the surge gets both kinds");
        // Every month's places are last month's and the orders in force from this month, no more, no less.
        for (int i = 1; i < run.months().size(); i++) {
            MonthRecord now = run.months().get(i);
            MonthRecord before = run.months().get(i - 1);
            int due = run.capacityOrders().stream().filter(o -> o.kind() != OrderKind.BEHANDLING && o.effective().equals(now.month()))
                    .mapToInt(CapacityOrder::places).sum();
            assertEquals(before.receptionCapacity() + due, now.receptionCapacity(), "places in " + now.month());
            assertEquals(now.receptionCapacity(), now.capacityOrdinary() + now.capacityEmergency(), "ordinary and emergency in " + now.month());
        }
        assertTrue(run.capacityOrders().stream().anyMatch(o -> o.places() < 0 && o.ruleId().equals("KAP-03")), "places close after the surge");
        run.capacityOrders().stream().filter(o -> o.kind() == OrderKind.NEDLEGGING)
                .forEach(o -> assertEquals(o.ordered().plusMonths(3), o.effective(), "closing after notice: " + o));
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
