package no.bosim.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import no.bosim.rules.drools.DroolsPolicy;
import no.bosim.rules.drools.RuleBook;
import no.bosim.scenario.ScenarioLoader;
import no.bosim.scenario.ShippedScenarios;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A revision of IMDi's request takes effect in its month, whichever month that is: also one dated
 * after the autumn plan (November, December) or in January of its year, which the plan made in the
 * autumn did not know.
 */
class RequestRevisionTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "a revision dated {0} is in force from January")
    @ValueSource(strings = {"2024-11", "2024-12", "2025-01"})
    void aRevisionBetweenTheAutumnPlanAndJanuaryIsApplied(String revisedIn) throws IOException {
        var run = runWithRevision(revisedIn);
        assertEquals(12000, needIn(run, YearMonth.of(2025, 1)), "the 2025 need in January, revised " + revisedIn);
    }

    @ParameterizedTest(name = "a revision dated {0} is applied in its month, not before")
    @ValueSource(strings = {"2025-02", "2025-10"})
    void aRevisionDuringTheYearIsAppliedInItsMonth(String revisedIn) throws IOException {
        var run = runWithRevision(revisedIn);
        YearMonth from = YearMonth.parse(revisedIn);
        assertEquals(18900, needIn(run, from.minusMonths(1)));
        assertEquals(12000, needIn(run, from));
    }

    private RunResult runWithRevision(String revisedIn) throws IOException {
        ShippedScenarios.copyTo(dir);
        Files.writeString(dir.resolve("series/requests-test.csv"), """
                year,from,anmodet,anmodet_em,basis
                2024,2023-11,37000,750,assumption: a case's test figure
                2025,2024-10,18900,750,assumption: a case's test figure
                2025,%s,12000,500,assumption: a case's revision
                """.formatted(revisedIn));
        Path file = Files.writeString(dir.resolve("revised.yaml"), """
                name: revised
                description: a revision of the 2025 request in a given month
                baseline: from-2024.yaml
                horizon_months: 24
                mode: deterministic
                requests: series/requests-test.csv
                kommune_history: []
                """);
        return Simulation.run(ScenarioLoader.load(file), new DroolsPolicy(RuleBook.shipped()));
    }

    private static int needIn(RunResult run, YearMonth month) {
        return run.months().stream().filter(m -> m.month().equals(month)).findFirst().orElseThrow().bosettingsbehov();
    }
}
