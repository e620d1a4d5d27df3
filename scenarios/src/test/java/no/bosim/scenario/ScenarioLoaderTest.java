package no.bosim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioLoaderTest {

    @TempDir
    Path dir;

    @Test
    void theDefaultScenarioLoadsAllKommunerOf2024WithIMDisFigures() {
        Scenario s = ScenarioLoader.loadDefault();
        assertEquals("default", s.name());
        assertEquals(357, s.municipalities().size());
        assertEquals(37_000, s.municipalities().stream().mapToInt(Municipality::anmodet).sum());
        assertEquals(28_340, s.municipalities().stream().mapToInt(m -> Math.max(0, m.vedtatt())).sum());
        assertEquals(5, s.municipalities().stream().filter(m -> m.vedtatt() < 0).count(), "five kommuner had not decided");
        assertEquals(YearMonth.of(2019, 1), s.start(), "one timeline: history replayed from the stocks of 1 January 2019");
        assertEquals(YearMonth.of(2026, 6), s.projectionFrom(), "projected from the first month without observed arrivals");
        assertTrue(s.replaysHistory());
        assertEquals(YearMonth.of(2035, 12), s.end());
        assertEquals(1639, s.arrivals().at(YearMonth.of(2024, 1), Stream.UKRAINE), "UDI's January 2024 figure");
    }

    @Test
    void theDefaultSaysWhichFiguresAreAssumed() {
        var assumed = Assumptions.inForce(ScenarioLoader.loadDefault());
        assertTrue(assumed.stream().anyMatch(a -> a.startsWith("initial stocks")));
        assertTrue(assumed.stream().anyMatch(a -> a.startsWith("parameter behandlingstid_asyl_mnd")));
        assertFalse(assumed.stream().anyMatch(a -> a.startsWith("parameter bosetting_utnyttelse")), "a sourced value is not an assumption");
    }

    @Test
    void anOverlayDiffersFromItsBaselineOnlyInTheFieldsItGives() throws IOException {
        Path base = ShippedScenarios.copyTo(dir);
        Files.writeString(dir.resolve("reform.yaml"), """
                name: reform
                description: faster processing from 2026
                baseline: default.yaml
                parameters:
                  behandlingstid_asyl_mnd:
                    values:
                      2026-01: {value: 3, assumption: the reform halves processing time}
                """);
        Scenario baseline = ScenarioLoader.load(base);
        Scenario reform = ScenarioLoader.load(dir.resolve("reform.yaml"));
        assertEquals("reform", reform.name());
        assertEquals(baseline.start(), reform.start());
        assertEquals(baseline.seed(), reform.seed());
        assertEquals(baseline.municipalities(), reform.municipalities());
        assertEquals(6.0, reform.parameters().valueAt("behandlingstid_asyl_mnd", YearMonth.of(2025, 12)));
        assertEquals(3.0, reform.parameters().valueAt("behandlingstid_asyl_mnd", YearMonth.of(2026, 1)));
        assertEquals(2, reform.chain().size());
        assertNotEquals(baseline.sha256(), reform.sha256());
    }

    @Test
    void theShippedSurgeReplays2015sAsylumYear() {
        Scenario surge = ScenarioLoader.load(ScenarioLoader.shipped("surge-2015.yaml"));
        int asylum = 0;
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(2024, m);
            asylum += surge.arrivals().at(month, Stream.ASYLUM) + surge.arrivals().at(month, Stream.EM);
        }
        assertEquals(31_145, asylum);
    }

    // ---- bad input: every problem names file, line and field ------------------------------------

    private Problem onlyProblem(Path scenario) {
        InputException e = assertThrows(InputException.class, () -> ScenarioLoader.load(scenario));
        assertEquals(1, e.problems().size(), () -> "expected one problem, got " + e.problems());
        return e.problems().get(0);
    }

    /** The replay base of 2024 (a root scenario of the shipped set) with one text changed: the loader's checks, not the default's figures. */
    private Path defaultWith(String from, String to) throws IOException {
        Path file = ShippedScenarios.copyTo(dir).resolveSibling("from-2024.yaml");
        String text = Files.readString(file);
        assertTrue(text.contains(from), "test setup: from-2024.yaml contains " + from);
        Files.writeString(file, text.replace(from, to));
        return file;
    }

    @Test
    void aMissingScenarioFileIsNamed() {
        Problem p = onlyProblem(dir.resolve("nope.yaml"));
        assertTrue(p.file().endsWith("nope.yaml"));
        assertTrue(p.message().contains("no such file"));
    }

    @Test
    void aYamlSyntaxErrorGivesItsLine() throws IOException {
        Path f = defaultWith("seed: 20240101", "seed: [20240101");
        Problem p = onlyProblem(f);
        assertTrue(p.message().startsWith("YAML syntax"), p.toString());
        assertTrue(p.line() > 0);
    }

    @Test
    void anUnknownFieldIsAnErrorWithItsLineAndTheFieldsExpected() throws IOException {
        Path f = defaultWith("horizon_months: 120", "horizon_months: 120\nhorizon_month: 12");
        Problem p = onlyProblem(f);
        assertEquals("horizon_month", p.field());
        assertEquals(lineOf(f, "horizon_month: 12"), p.line());
        assertTrue(p.message().contains("unknown field") && p.message().contains("horizon_months"));
    }

    @Test
    void aWrongTypeNamesTheFieldAndWhatIsExpected() throws IOException {
        Path f = defaultWith("horizon_months: 120", "horizon_months: ten years");
        Problem p = onlyProblem(f);
        assertEquals("horizon_months", p.field());
        assertEquals(lineOf(f, "horizon_months: ten years"), p.line());
        assertTrue(p.message().contains("expected a whole number"));
    }

    @Test
    void aNegativeStockCountIsRefusedNotClamped() throws IOException {
        Path f = ShippedScenarios.copyTo(dir).resolveSibling("from-2024.yaml");
        Path csv = dir.resolve("initial/stocks-2024-01.csv");
        Files.writeString(csv, Files.readString(csv).replace("asylum,refused,,mottak,1500,", "asylum,refused,,mottak,-1500,"));
        Problem p = onlyProblem(f);
        assertTrue(p.file().endsWith("stocks-2024-01.csv"), p.toString());
        assertEquals("count", p.field());
        assertEquals(lineOf(csv, "asylum,refused,,mottak,-1500,"), p.line());
    }

    @Test
    void aStockTableAsOfAnotherMonthThanTheStartIsRefused() throws IOException {
        Path f = defaultWith("  as_of: 2024-01", "  as_of: 2023-07");
        Problem p = onlyProblem(f);
        assertEquals("initial.as_of", p.field());
        assertEquals(lineOf(f, "as_of: 2023-07"), p.line());
        assertTrue(p.message().contains("2023-07") && p.message().contains("2024-01"), p.message());
    }

    @Test
    void theOldInitialFieldsAreNamedWithWhereTheirFiguresGoNow() throws IOException {
        Path f = defaultWith("  as_of: 2024-01", "  as_of: 2024-01\n  awaiting_decision: {asylum: 2500}");
        InputException e = assertThrows(InputException.class, () -> ScenarioLoader.load(f));
        Problem p = e.problems().get(0);
        assertEquals("initial.awaiting_decision", p.field());
        assertTrue(p.message().contains("initial.stocks"), p.message());
    }

    @Test
    void aStartBeforeTheParametersFirstValuesIsOneProblemOnStart() throws IOException {
        Path f = defaultWith("start: 2024-01", "start: 2013-01");
        InputException e = assertThrows(InputException.class, () -> ScenarioLoader.load(f));
        Problem start = e.problems().stream().filter(p -> p.field().equals("start")).findFirst().orElseThrow();
        assertTrue(start.message().contains("2014-01"), start.message());
        assertTrue(e.problems().stream().noneMatch(p -> p.field().startsWith("parameters.")), "not one problem per parameter: " + e.problems());
    }

    @Test
    void theRulesReviseGivenRequestsFromTheMonthTheScenarioSays() throws IOException {
        Scenario s = ScenarioLoader.loadDefault();
        assertFalse(s.rulesReviseRequests(YearMonth.of(2026, 5)), "replayed history: IMDi's revisions only");
        assertTrue(s.rulesReviseRequests(YearMonth.of(2026, 6)), "the projection: the rules revise too");
        Scenario surge = ScenarioLoader.load(ScenarioLoader.shipped("surge-2022.yaml"));
        assertTrue(surge.rulesReviseRequests(surge.start()), "a surge that did not happen: from the start");
        Path f = defaultWith("  rules_from: 2026-01", "  rules_from: soon");
        Problem p = onlyProblem(f);
        assertEquals("request_revisions.rules_from", p.field());
        assertEquals(lineOf(f, "rules_from: soon"), p.line());
    }

    @Test
    void aStockRowOfAnUnknownStageIsRefused() throws IOException {
        Path f = ShippedScenarios.copyTo(dir).resolveSibling("from-2024.yaml");
        Path csv = dir.resolve("initial/stocks-2024-01.csv");
        Files.writeString(csv, Files.readString(csv).replace("asylum,refused,,mottak,", "asylum,rejected,,mottak,"));
        Problem p = onlyProblem(f);
        assertEquals("stage", p.field());
        assertEquals(lineOf(csv, "asylum,rejected,,mottak,"), p.line());
    }

    @Test
    void aRequestRowWithoutASourceOrAssumptionIsRefused() throws IOException {
        Path f = ShippedScenarios.copyTo(dir);
        Path csv = dir.resolve("series/requests-imdi.csv");
        String row = "2019,2018-11,5350,150,";
        String text = Files.readString(csv);
        int start = text.indexOf(row);
        // Empty basis; the Norwegian column beside it is empty too.
        Files.writeString(csv, text.substring(0, start) + row + ",\n" + text.substring(text.indexOf('\n', start) + 1));
        Problem p = onlyProblem(f);
        assertTrue(p.file().endsWith("requests-imdi.csv"), p.toString());
        assertEquals("basis", p.field());
        assertEquals(lineOf(csv, row), p.line());
    }

    @Test
    void aRevisionDatedBeforeTheRequestItRevisesIsRefused() throws IOException {
        Path f = ShippedScenarios.copyTo(dir);
        Path csv = dir.resolve("series/requests-imdi.csv");
        Files.writeString(csv, Files.readString(csv).replace("2021,2021-06,3790,", "2021,2020-06,3790,"));
        Problem p = onlyProblem(f);
        assertEquals("from", p.field());
        assertEquals(lineOf(csv, "2021,2020-06,3790,"), p.line());
    }

    @Test
    void criteriaCanChangeOnDatesAndEachSetIsInForceFromItsMonth() throws IOException {
        Path f = defaultWith("criteria: \"2024\"", """
                criteria:
                  2024-01: {value: "2024", source: {title: IMDi's 2024 criteria, url: "https://www.imdi.no/"}}
                  2026-07: {value: "2019", assumption: a return to the 2019 criteria from the 2027 plan}""");
        Scenario s = ScenarioLoader.load(f);
        assertEquals("2024", s.criteria().at(YearMonth.of(2026, 6)));
        assertEquals("2019", s.criteria().at(YearMonth.of(2026, 7)));
        assertEquals("2024", s.criteria().forYear(2026), "2026 was planned in the autumn of 2025");
        assertEquals("2019", s.criteria().forYear(2027));
    }

    @Test
    void criteriaThatStartAfterTheRunStartsAreRefused() throws IOException {
        Path f = defaultWith("criteria: \"2024\"", """
                criteria:
                  2025-01: {value: "2024", assumption: a case}""");
        Problem p = onlyProblem(f);
        assertEquals("criteria", p.field());
        assertTrue(p.line() > 0);
    }

    @Test
    void aKommuneFileOfLaterYearsIsReadByTheYearsItsHeaderNames() throws IOException {
        Path f = defaultWith("kommune_history:\n  - data/imdi-kommuner-2025.csv\n", "");
        Path csv = f.resolveSibling("data").resolve("kommuner.csv");
        Files.writeString(csv, Files.readString(csv).replaceFirst("folkemengde_2025_01_01", "folkemengde_2026_01_01")
                .replaceFirst("folkemengde_2024_01_01", "folkemengde_2025_01_01").replace("imdi_2024_", "imdi_2025_"));
        Scenario s = ScenarioLoader.load(f);
        Municipality oslo = s.municipalities().stream().filter(m -> m.kommunenummer().equals("0301")).findFirst().orElseThrow();
        assertEquals(2025, oslo.populationYear());
        assertEquals(2025, oslo.figuresYear());
        assertEquals(717_710, s.populationOf(oslo, 2025), "the first column's year is the first population year");
        assertEquals(724_290, s.populationOf(oslo, 2026));
        assertEquals(1650, s.history().of(2025, "0301").orElseThrow().anmodet(), "IMDi's figures are the header's year");
        assertTrue(s.history().of(2024, "0301").isEmpty(), "and no other");
    }

    @Test
    void anUnknownKommunenummerIsNamedWithItsLine() throws IOException {
        Path f = defaultWith("parameter_files:", "excluded_municipalities: [\"0301\", \"9999\"]\nparameter_files:");
        Problem p = onlyProblem(f);
        assertEquals("excluded_municipalities", p.field());
        assertTrue(p.message().contains("9999"));
        assertEquals(lineOf(f, "excluded_municipalities"), p.line());
    }

    @Test
    void aCsvRowWithTheWrongColumnCountGivesFileAndLine() throws IOException {
        Path f = ShippedScenarios.copyTo(dir).resolveSibling("from-2024.yaml");
        Path csv = dir.resolve("series/arrivals-default.csv");
        // January 2025's row loses its quota column, whatever its figures are.
        String text = Files.readString(csv).replaceFirst("(?m)^(2025-01,\\d+,\\d+,\\d+,)\\d+,", "$1");
        Files.writeString(csv, text);
        Problem p = onlyProblem(f);
        assertTrue(p.file().endsWith("arrivals-default.csv"));
        assertEquals(lineOf(csv, "2025-01,"), p.line());
        assertTrue(p.message().contains("columns"));
    }

    @Test
    void moreUkrainiansAssessedIndividuallyThanAsylumSeekersGivesFileLineAndField() throws IOException {
        Path f = ShippedScenarios.copyTo(dir).resolveSibling("from-2024.yaml");
        Path csv = dir.resolve("series/arrivals-default.csv");
        // January 2025: 304 asylum seekers, of them 102 Ukrainians assessed individually; 305 cannot be a part of 304.
        String text = Files.readString(csv).replaceFirst("(?m)^(2025-01,304,\\d+,\\d+,\\d+,)102,", "$1305,");
        Files.writeString(csv, text);
        Problem p = onlyProblem(f);
        assertTrue(p.file().endsWith("arrivals-default.csv"));
        assertEquals(lineOf(csv, "2025-01,"), p.line());
        assertEquals("asylum_ukraine", p.field());
        assertTrue(p.message().contains("at most 304"), p.message());
        // Within the asylum seekers it loads, and the path carries it.
        Files.writeString(csv, text.replaceFirst("(?m)^(2025-01,304,\\d+,\\d+,\\d+,)305,", "$1304,"));
        assertEquals(304, ScenarioLoader.load(f).arrivals().asylumUkraineAt(YearMonth.of(2025, 1)));
    }

    @Test
    void aParameterValueWithNeitherSourceNorAssumptionFailsToLoad() throws IOException {
        Path f = ShippedScenarios.copyTo(dir);
        Path params = dir.resolve("parameters/core.yaml");
        String text = Files.readString(params).replace(
                "      value: 1\n      assumption: IMDi maps each person", "      value: 1\n      note: IMDi maps each person");
        Files.writeString(params, text);
        InputException e = assertThrows(InputException.class, () -> ScenarioLoader.load(f));
        assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("neither a source")), e.getMessage());
        assertTrue(e.problems().stream().allMatch(p -> p.file().endsWith("core.yaml") && p.line() > 0));
    }

    @Test
    void everyProblemIsReportedInOnePass() throws IOException {
        Path f = defaultWith("horizon_months: 120\nseed: 20240101", "horizon_months: -1\nseed: many");
        InputException e = assertThrows(InputException.class, () -> ScenarioLoader.load(f));
        assertEquals(2, e.problems().size(), e.getMessage());
    }

    private static int lineOf(Path file, String text) throws IOException {
        var lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("test setup: '" + text + "' not in " + file);
    }
}
