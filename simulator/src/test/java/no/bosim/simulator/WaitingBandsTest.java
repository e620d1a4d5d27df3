package no.bosim.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.bosim.rules.standin.CarryForward2024Policy;
import no.bosim.scenario.Problem;
import no.bosim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The waiting bands of the settlement-ready are parameters ({@code ventetid_grense_1_mnd} ..
 * {@code _3_mnd}): widening one moves people from the band above into it, and edges that do not
 * rise band by band are refused with the file and line.
 */
class WaitingBandsTest {

    @TempDir
    Path dir;

    private Path overlay(String edges) throws IOException {
        return Files.writeString(dir.resolve("bands.yaml"), """
                name: bands
                description: the surge with other waiting bands
                baseline: surge-2015
                parameters:
                """ + edges);
    }

    private static String edge(int band, int months) {
        return "  ventetid_grense_" + band + "_mnd:\n    values:\n      2014-01:\n        value: " + months
                + "\n        assumption: a test's band\n";
    }

    @Test
    void widerBandsHoldMoreOfTheWaitingAndTheTotalStays() throws IOException {
        RunResult shipped = Simulation.run(ScenarioLoader.load(ScenarioLoader.shipped("surge-2015.yaml")),
                new CarryForward2024Policy());
        RunResult wider = Simulation.run(ScenarioLoader.load(overlay(edge(1, 5) + edge(2, 9) + edge(3, 18))),
                new CarryForward2024Policy());
        long movedDown = 0;
        for (int i = 0; i < shipped.months().size(); i++) {
            MonthRecord a = shipped.months().get(i);
            MonthRecord b = wider.months().get(i);
            assertEquals(a.settlementReady(), b.settlementReady(), "the bands only count; " + a.month());
            assertEquals(a.settlementReady(), b.ready0to3() + b.ready4to6() + b.ready7to12() + b.readyOver12(), b.month().toString());
            assertTrue(b.ready0to3() >= a.ready0to3(), a.month() + ": the first band up to 5 months holds at least those up to 3");
            assertTrue(b.readyOver12() <= a.readyOver12(), a.month() + ": the open band from 19 months holds at most those from 13");
            movedDown += a.readyOver12() - b.readyOver12();
        }
        assertTrue(movedDown > 0, "in a surge some wait 13-18 months");
    }

    @Test
    void edgesThatDoNotRiseAreRefusedWithTheirLine() throws IOException {
        List<Problem> problems = ScenarioCheck.problems(ScenarioLoader.load(overlay(edge(2, 12) + edge(3, 12))));
        assertTrue(problems.stream().anyMatch(p -> p.field().equals("ventetid_grense_2_mnd.values.2014-01.value")
                && p.message().contains("less than the band after it (12)") && p.line() > 0), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.field().startsWith("ventetid_grense_3_mnd")), problems.toString());
    }

    @Test
    void aBandEdgeIsAWholeNumberOfMonths() throws IOException {
        List<Problem> problems = ScenarioCheck.problems(ScenarioLoader.load(overlay(
                edge(1, 3).replace("value: 3", "value: 2.5"))));
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("whole number of months")), problems.toString());
    }

    @Test
    void theShippedEdgesAreTheOnesTheColumnsAreNamedAfter() {
        assertTrue(ScenarioCheck.problems(ScenarioLoader.load(ScenarioLoader.shipped("from-2024.yaml"))).isEmpty());
        var p = ScenarioLoader.load(ScenarioLoader.shipped("from-2024.yaml")).parameters();
        assertEquals(List.of(3.0, 6.0, 12.0), Simulation.WAITING_BAND_PARAMETERS.stream()
                .map(n -> p.get(n).values().get(0).value()).toList());
    }
}
