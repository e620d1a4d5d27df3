package no.bosim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backtest's observations: what loads, and each way an observations file can be wrong, named with file, line and field. */
class ObservationLoaderTest {

    private static final Set<String> INDICATORS = Set.of("settled", "residents");

    @TempDir
    Path dir;

    private static final String YAML = """
            description: two figures
            observations: observed.csv
            tolerances:
              settled: {relative: 0.10}
              residents: {absolute: 300}
            """;

    private static final String CSV = """
            # a comment line
            indicator,period,value,basis
            settled,2019,4822,source: IMDi 2019 https://www.imdi.no/
            residents,2019-08,2999,source: UDI via NTB https://www.udi.no/
            """;

    private Path write(String yaml, String csv) throws IOException {
        Files.writeString(dir.resolve("observed.csv"), csv);
        return Files.writeString(dir.resolve("history.yaml"), yaml);
    }

    private Problem onlyProblem(String yaml, String csv) throws IOException {
        Path f = write(yaml, csv);
        InputException e = assertThrows(InputException.class, () -> ObservationLoader.load(f, INDICATORS));
        assertEquals(1, e.problems().size(), () -> "expected one problem, got " + e.problems());
        return e.problems().get(0);
    }

    @Test
    void aGoodFileLoadsWithItsPeriodsSourcesAndTolerances() throws IOException {
        Observations o = ObservationLoader.load(write(YAML, CSV), INDICATORS);
        assertEquals(2, o.observations().size());
        Observations.Observation settled = o.observations().get(0);
        assertEquals(2019, settled.year());
        assertEquals(null, settled.month());
        assertEquals(4822, settled.value());
        assertEquals(3, settled.line());
        assertEquals(YearMonth.of(2019, 8), o.observations().get(1).month());
        assertTrue(o.tolerances().get("settled").within(4822 * 1.1, 4822));
        assertTrue(!o.tolerances().get("settled").within(4822 * 1.11, 4822));
        assertTrue(o.tolerances().get("residents").within(2999 - 300, 2999));
        assertTrue(!o.tolerances().get("residents").within(2999 - 301, 2999));
    }

    @Test
    void anObservationWithAnAssumptionInsteadOfASourceIsRefused() throws IOException {
        Problem p = onlyProblem(YAML, CSV.replace("source: IMDi 2019 https://www.imdi.no/", "assumption: about what IMDi said"));
        assertTrue(p.file().endsWith("observed.csv"));
        assertEquals(3, p.line());
        assertEquals("basis", p.field());
        assertTrue(p.message().contains("must cite its source"), p.message());
    }

    @Test
    void anObservationWithNoBasisIsRefused() throws IOException {
        Problem p = onlyProblem(YAML, CSV.replace(",source: IMDi 2019 https://www.imdi.no/", ","));
        assertEquals(3, p.line());
        assertEquals("basis", p.field());
    }

    @Test
    void anUnknownIndicatorIsNamedWithTheKnownOnes() throws IOException {
        Problem p = onlyProblem(YAML, CSV.replace("settled,2019", "bosatt,2019"));
        assertEquals(3, p.line());
        assertEquals("indicator", p.field());
        assertTrue(p.message().contains("bosatt") && p.message().contains("residents"), p.message());
    }

    @Test
    void anIndicatorWithoutATolerancIsRefused() throws IOException {
        Problem p = onlyProblem(YAML.replace("  residents: {absolute: 300}\n", ""), CSV);
        assertEquals(4, p.line());
        assertTrue(p.message().contains("no tolerance"), p.message());
    }

    @Test
    void aToleranceMustBeEitherRelativeOrAbsolute() throws IOException {
        Problem p = onlyProblem(YAML.replace("{absolute: 300}", "{absolute: 300, relative: 0.1}"), CSV);
        assertTrue(p.file().endsWith("history.yaml"));
        assertEquals(5, p.line());
        assertTrue(p.message().contains("either relative"), p.message());
    }

    @Test
    void aNegativeToleranceIsRefused() throws IOException {
        Problem p = onlyProblem(YAML.replace("{relative: 0.10}", "{relative: -0.1}"), CSV);
        assertEquals("tolerances.settled.relative", p.field());
    }

    @Test
    void aPeriodThatIsNeitherYearNorMonthIsRefused() throws IOException {
        Problem p = onlyProblem(YAML, CSV.replace("residents,2019-08", "residents,August 2019"));
        assertEquals(4, p.line());
        assertEquals("period", p.field());
    }

    @Test
    void aValueThatIsNotANumberIsRefused() throws IOException {
        Problem p = onlyProblem(YAML, CSV.replace("4822", "4 822 people"));
        assertEquals(3, p.line());
        assertEquals("value", p.field());
    }

    @Test
    void theSameObservationTwiceIsRefused() throws IOException {
        Problem p = onlyProblem(YAML, CSV + "settled,2019,4900,source: IMDi again https://www.imdi.no/\n");
        assertEquals(5, p.line());
        assertTrue(p.message().contains("twice"), p.message());
    }

    @Test
    void aMissingObservationsFileIsNamed() throws IOException {
        Problem p = onlyProblem(YAML.replace("observed.csv", "nowhere.csv"), CSV);
        assertEquals("observations", p.field());
        assertTrue(p.message().contains("nowhere.csv"), p.message());
    }

    @Test
    void aMissingColumnIsNamed() throws IOException {
        Problem p = onlyProblem(YAML, CSV.replace("indicator,period,value,basis", "indicator,period,value"));
        assertTrue(p.message().contains("basis"), p.message());
    }

    @Test
    void anUnknownFieldInTheYamlIsNamed() throws IOException {
        Problem p = onlyProblem(YAML + "tolerance: 0.1\n", CSV);
        assertEquals("tolerance", p.field());
        assertEquals(6, p.line());
    }

    @Test
    void aFileThatIsNotYamlGivesItsLine() throws IOException {
        Problem p = onlyProblem("description: [unclosed\n", CSV);
        assertTrue(p.message().startsWith("YAML syntax"), p.message());
    }
}
