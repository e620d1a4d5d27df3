package no.bosim.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import no.bosim.rules.drools.DroolsPolicy;
import no.bosim.rules.drools.RuleBook;
import no.bosim.scenario.Mode;
import no.bosim.scenario.Scenario;
import no.bosim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * A suspension of a nationality's asylum cases (berostillelse, {@code behandling_berostilt_saker}):
 * while it lasts, that many ordinary cases wait for their decision in reception, and are decided once
 * it ends; nobody is lost on the way. Compared with the same deterministic run without a suspension.
 */
class SuspendedCasesTest {

    private static final RuleBook RULES = RuleBook.shipped();

    private static Scenario withHold(Scenario base, int cases) {
        return TestParameters.with(base, "behandling_berostilt_saker", "persons",
                YearMonth.of(2014, 1), 0, YearMonth.of(2025, 1), cases, YearMonth.of(2026, 1), 0);
    }

    private static MonthRecord at(RunResult r, YearMonth m) {
        return r.months().stream().filter(x -> x.month().equals(m)).findFirst().orElseThrow();
    }

    private static int granted(RunResult r, int year) {
        return r.months().stream().filter(m -> m.month().getYear() == year).mapToInt(MonthRecord::granted).sum();
    }

    @Test
    void heldCasesWaitInReceptionWhileTheSuspensionLastsAndAreDecidedAfter() {
        Scenario base = ScenarioLoader.load(ScenarioLoader.shipped("default.yaml")).withMode(Mode.DETERMINISTIC);
        RunResult none = Simulation.run(withHold(base, 0), new DroolsPolicy(RULES));
        RunResult held = Simulation.run(withHold(base, 1500), new DroolsPolicy(RULES));
        YearMonth before = YearMonth.of(2024, 12);
        assertEquals(at(none, before).inProcessing(), at(held, before).inProcessing(), "nothing differs before the suspension");

        YearMonth late = YearMonth.of(2025, 11);
        int waiting = at(held, late).inProcessing() - at(none, late).inProcessing();
        assertTrue(waiting > 1000 && waiting <= 1500, "the held cases wait for their decision: " + waiting + " more in processing");
        // In reception, not privately: most of the extra cases under processing are extra residents (in the run
        // without the hold some of them would still be in reception too, settlement-ready or awaiting departure).
        int extraResidents = at(held, late).inMottak() - at(none, late).inMottak();
        assertTrue(extraResidents > waiting / 2, "and they wait in reception: " + extraResidents + " more residents for "
                + waiting + " more cases under processing");
        assertTrue(granted(held, 2025) < granted(none, 2025) - 500, "fewer are granted while the cases are held: "
                + granted(held, 2025) + " against " + granted(none, 2025));

        // Decided once the suspension ends: by the summer the queue is back where it would have been.
        YearMonth after = YearMonth.of(2026, 9);
        assertTrue(Math.abs(at(held, after).inProcessing() - at(none, after).inProcessing()) < 150,
                "the held cases are decided after the suspension: " + at(held, after).inProcessing() + " against " + at(none, after).inProcessing());
        assertTrue(granted(held, 2026) > granted(none, 2026) + 500, "and granted then");
    }
}
