package no.bosim.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import no.bosim.rules.standin.CarryForward2024Policy;
import no.bosim.scenario.ScenarioLoader;
import no.bosim.scenario.ShippedScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reception orders a scenario gives as under way at its start ({@code initial.orders}) take effect in
 * their month: an opening adds its places, a closing (negative places, kind nedlegging) takes emergency
 * places first, then ordinary ones. Run without rules, so only the scenario's orders change the places.
 */
class OrdersUnderWayTest {

    @TempDir
    Path dir;

    @Test
    void anOpeningAndAClosingUnderWayTakeEffectInTheirMonths() throws IOException {
        ShippedScenarios.copyTo(dir);
        Path file = Files.writeString(dir.resolve("orders.yaml"), """
                name: orders
                description: reception orders under way at the start
                baseline: from-2024.yaml
                horizon_months: 6
                mode: deterministic
                initial:
                  as_of: 2024-01
                  stocks: initial/stocks-2024-01.csv
                  reception: {ordinary_places: 10000, emergency_places: 4000}
                  orders:
                    - {effective: 2024-03, places: 500, kind: ordinær, assumption: a case's test figure}
                    - {effective: 2024-05, places: -4600, kind: nedlegging, assumption: a case's test figure}
                  assumption: a case's test figure
                """);
        RunResult run = Simulation.run(ScenarioLoader.load(file), new CarryForward2024Policy());
        assertEquals(10_000, month(run, "2024-02").capacityOrdinary());
        assertEquals(10_500, month(run, "2024-03").capacityOrdinary(), "the opening adds its places in March");
        assertEquals(4_000, month(run, "2024-04").capacityEmergency());
        assertEquals(0, month(run, "2024-05").capacityEmergency(), "the closing takes the emergency places first");
        assertEquals(9_900, month(run, "2024-05").capacityOrdinary(), "and the rest from the ordinary places");
        assertEquals(2, run.capacityOrders().size(), "both orders are listed, as given");
        assertEquals(-4_600, run.capacityOrders().get(1).places());
    }

    private static MonthRecord month(RunResult run, String ym) {
        return run.months().stream().filter(m -> m.month().equals(YearMonth.parse(ym))).findFirst().orElseThrow();
    }
}
