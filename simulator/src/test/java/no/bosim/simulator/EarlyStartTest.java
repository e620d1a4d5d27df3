package no.bosim.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import no.bosim.rules.drools.DroolsPolicy;
import no.bosim.rules.drools.RuleBook;
import no.bosim.scenario.Scenario;
import no.bosim.scenario.ScenarioLoader;
import no.bosim.scenario.ShippedScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scenario can start in any month from 2014-01: the parameters hold from then, the population
 * series reaches back to 2014, and years without a real request or published figures are planned
 * by the rules. Here a user's two years from January 2014, on the shipped default's files.
 */
class EarlyStartTest {

    @TempDir
    Path dir;

    @Test
    void aScenarioStartingIn2014RunsPlansItsYearsByTheRulesAndKeepsEveryone() throws IOException {
        ShippedScenarios.copyTo(dir);
        Files.writeString(dir.resolve("initial/stocks-2014-01.csv"), """
                group,stage,months_waited,housing,count,basis
                asylum,awaiting_decision,0-5,mottak,4500,source: UDI: 4 500 asylum cases waiting at the end of 2014 https://www.udi.no/
                asylum,refused,,mottak,5000,assumption: the rest of the residents
                asylum,settlement_ready,0-11,mottak,4900,source: UDI: residents with a permit waiting to be settled at the end of 2014 https://www.udi.no/
                em,awaiting_decision,0-5,mottak,300,assumption: a case's test figure
                """);
        StringBuilder arrivals = new StringBuilder("month,asylum,em,ukraine,quota,basis\n");
        for (int m = 1; m <= 12; m++) {
            arrivals.append(String.format("2014-%02d,800,80,0,100,assumption: a case's test figure%n", m));
        }
        arrivals.append("2015-01,900,90,0,150,assumption: a case's test figure\n");
        Files.writeString(dir.resolve("series/arrivals-2014.csv"), arrivals);
        Path file = Files.writeString(dir.resolve("from-2014.yaml"), """
                name: from-2014
                description: two years from January 2014
                baseline: from-2024.yaml
                start: 2014-01
                horizon_months: 24
                mode: deterministic
                arrivals: series/arrivals-2014.csv
                settled_before_start:
                  counts: {2013: 5800}
                  assumption: a case's test figure
                initial:
                  as_of: 2014-01
                  stocks: initial/stocks-2014-01.csv
                  reception: {ordinary_places: 16500}
                  assumption: a case's test figure
                """);
        Scenario s = ScenarioLoader.load(file);
        RunResult run = Simulation.run(s, new DroolsPolicy(RuleBook.shipped()));
        assertEquals(24, run.months().size());
        assertEquals(YearMonth.of(2014, 1), run.months().get(0).month());
        for (MonthRecord m : run.months()) {
            assertEquals(run.initialTotal() + m.arrivalsCum(), m.awaitingDecision() + m.settlementReady() + m.settledCum() + m.departedCum(),
                    m.month().toString());
        }
        for (int year = 2014; year <= 2015; year++) {
            final int y = year;
            assertTrue(run.kommuneYears().stream().filter(k -> k.year() == y)
                            .allMatch(k -> k.ruleIds().matches("BEHOV-0[123] .*")),
                    year + " has no real request in the shipped series: the need rules set it (or revise it); "
                            + run.kommuneYears().stream().filter(k -> k.year() == y).findFirst().orElseThrow().ruleIds());
            int settled = run.months().stream().filter(m -> m.month().getYear() == y).mapToInt(MonthRecord::settled).sum();
            assertTrue(settled > 3000, year + ": " + settled + " settled");
        }
    }
}
