package no.bosim.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.bosim.results.CsvDialect;
import no.bosim.rules.drools.DroolsPolicy;
import no.bosim.rules.drools.RuleBook;
import no.bosim.scenario.Scenario;
import no.bosim.scenario.ScenarioLoader;
import no.bosim.simulator.MonthRecord;
import no.bosim.simulator.RunResult;
import no.bosim.simulator.Simulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonTest {

    private static final RuleBook RULES = RuleBook.shipped();

    @TempDir
    Path tmp;

    private final Scenario base = ScenarioLoader.loadDefault();
    private final Scenario reform = ScenarioLoader.load(ScenarioLoader.shipped("criteria-2026.yaml"));
    private final RunResult a = Simulation.run(base, new DroolsPolicy(RULES));
    private final RunResult b = Simulation.run(reform.withSeed(base.seed()), new DroolsPolicy(RULES));

    @Test
    void comparedScenariosShareTheirRandomNumbersSoTheyAgreeUntilTheCriteriaFirstDiffer() {
        List<MonthRecord> in2024a = a.months().stream().filter(m -> m.month().getYear() == 2024).toList();
        List<MonthRecord> in2024b = b.months().stream().filter(m -> m.month().getYear() == 2024).toList();
        assertEquals(in2024a, in2024b, "2024 uses IMDi's real plan in both: every draw and every figure is the same");
        for (int i = 0; i < a.months().size(); i++) {
            assertEquals(a.months().get(i).arrivals(), b.months().get(i).arrivals());
        }
        assertNotEquals(a.months(), b.months(), "from 2025 the criteria differ");
    }

    @Test
    void theTableHasTheIndicatorsWithDifferencesAndTheCriteriaMoveRequestsButNotTheirTotal() throws IOException {
        Comparison c = new Comparison(List.of(a, b));
        Comparison.Row asked2025 = c.indicators().stream().filter(r -> r.indicator().equals("anmodet") && r.year().equals("2025"))
                .findFirst().orElseThrow();
        assertEquals(asked2025.values()[0], asked2025.values()[1], "the need is the same; only its distribution differs");
        c.write(tmp, CsvDialect.STANDARD);
        List<String> table = Files.readAllLines(tmp.resolve(Comparison.TABLE));
        assertEquals("indicator,unit,year,default,criteria-2026,criteria-2026 - default", table.get(0));
        assertTrue(table.stream().anyMatch(l -> l.startsWith("peak_in_mottak,persons,,")));
        List<String> kommuner = Files.readAllLines(tmp.resolve(Comparison.KOMMUNER));
        long kommunerInRun = c.names().isEmpty() ? 0 : Files.readAllLines(tmp.resolve(Comparison.KOMMUNER)).stream().filter(l -> l.endsWith(",all")).count();
        assertEquals(357, kommunerInRun, "every kommune, summed over all years");
        assertEquals("year", kommuner.get(0).substring(kommuner.get(0).lastIndexOf(',') + 1), "a year column, appended");
        assertTrue(kommuner.stream().anyMatch(l -> l.endsWith(",2025")), "and year by year");
        int first = Integer.parseInt(kommuner.get(1).split(",")[8]);
        int last = Integer.parseInt(kommuner.get(Comparison.TOP_KOMMUNER).split(",")[8]);
        assertTrue(Math.abs(first) >= Math.abs(last) && first != 0, "ranked by the size of the change");
        assertTrue(Files.readAllLines(tmp.resolve(Comparison.COUNTIES)).size() > 15 * 3);
    }
}
