package no.bosim.app;

import static no.bosim.app.Cli.bosim;
import static no.bosim.app.Cli.assertNoStackTrace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.bosim.scenario.ShippedScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {


    @TempDir
    Path tmp;

    @Test
    void dataListsEverySeriesWithTheLastMonthObservedItsSourceAndWhatContinuesIt() {
        Cli.Outcome o = bosim("data");
        assertEquals(0, o.code(), o.err());
        String out = o.out();
        assertTrue(out.contains("history replayed to 2026-05, projected from 2026-06"), out);
        String arrivals = out.lines().filter(l -> l.startsWith("arrivals")).findFirst().orElseThrow();
        assertTrue(arrivals.contains(" 2026-05 ") && arrivals.contains("UDI collective-protection applications by month 2026")
                && arrivals.contains("then assumed: after May 2026"), arrivals);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("observed settled ") && l.contains("2025-12")
                && l.contains("IMDi Nøkkeltall bosetting 2025")), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("IMDi's national requests (to 2026)")), out);
    }

    @Test
    void runWithoutArgumentsRunsTheDefaultScenarioAndPrintsASummary() {
        Cli.Outcome o = bosim("run", "--out", tmp.resolve("out").toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("Peak in mottak"), o.out());
        assertTrue(o.out().contains("seed 20240101"), "the seed is printed");
        assertTrue(Files.exists(tmp.resolve("out/manifest.json")));
    }

    @Test
    void runDrawsTheChartsAndBriefingMakesAPdfFromTheResults() throws IOException {
        Path out = tmp.resolve("charted");
        assertEquals(0, bosim("run", "--out", out.toString()).code());
        try (var charts = Files.list(out.resolve("charts"))) {
            assertEquals(14, charts.count(), "six charts and the map, PNG and SVG");
        }
        assertEquals(0, bosim("briefing", out.toString()).code());
        assertTrue(Files.size(out.resolve("briefing.pdf")) > 10_000);
        // The Norwegian pack of the shipped scenario is Norwegian throughout: no word that once leaked
        // (outside the addresses and the run's identifiers), no local path, no internal document as a source.
        try (var doc = org.apache.pdfbox.Loader.loadPDF(out.resolve("briefing.pdf").toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            String words = text.replaceAll("<[^>]*>", " ").replaceAll("\\S*[/.@_]\\S*", " ").replaceAll("\\s+", " ");
            var leaked = java.util.regex.Pattern.compile("\\b(the|and|of|from|with|assumed|share|months|not at hand|source|parameter|"
                    + "Baseline|briefing|Bosettingsbrief|Decisions|drools|initial stocks|arrivals)\\b").matcher(words);
            if (leaked.find()) {
                org.junit.jupiter.api.Assertions.fail("English in the Norwegian briefing: '" + leaked.group() + "' in ..."
                        + words.substring(Math.max(0, leaked.start() - 80), Math.min(words.length(), leaked.end() + 80)));
            }
            assertFalse(text.contains(tmp.toString()) || text.contains("DESIGN.md"), "no local path, no internal source");
        }
        assertEquals(0, bosim("run", "--out", out.toString(), "--no-charts").code(), "an earlier run with charts can be replaced");
    }

    @Test
    void chartingAFolderWithoutResultsNamesTheMissingFile() {
        Cli.Outcome o = bosim("chart", tmp.toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("manifest.json") && o.err().contains("no bosim manifest"), o.err());
        assertNoStackTrace(o);
        assertEquals(2, bosim("briefing", tmp.resolve("nowhere").toString()).code());
    }

    @Test
    void compareWritesEachRunTheTablesAndOverlayChartsAndRefusesTwoScenariosOfOneName() throws IOException {
        Path sc = ShippedScenarios.copyTo(tmp.resolve("sc"));
        Path out = tmp.resolve("cmp");
        Cli.Outcome o = bosim("compare", sc.toString(), sc.resolveSibling("criteria-2026.yaml").toString(), "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        for (String f : new String[] {"comparison.csv", "comparison-counties.csv", "comparison-kommuner.csv",
                "default/manifest.json", "criteria-2026/timeseries.csv", "charts/sammenligning-1-mottak.png"}) {
            assertTrue(Files.exists(out.resolve(f)), f);
        }
        String header = o.out().lines().findFirst().orElse("");
        assertTrue(header.contains("indicator") && header.contains("default") && header.contains("Δ criteria-2026"),
                "the table names its columns, the difference from the first included: " + header);
        assertTrue(Files.readString(out.resolve("comparison.json")).contains("\"bosim_version\""), "the comparison has its manifest");
        Cli.Outcome briefing = bosim("briefing", out.toString());
        assertEquals(0, briefing.code(), briefing.err());
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(out.resolve("briefing.pdf").toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Funn") && text.contains("Kommunene som endres mest") && text.contains("Tromsø"), text);
        }
        Cli.Outcome twice = bosim("compare", sc.toString(), sc.toString(), "--out", tmp.resolve("cmp2").toString());
        assertEquals(2, twice.code());
        assertTrue(twice.err().contains("name"), twice.err());
    }

    @Test
    void ensembleWritesPercentilesWarningProbabilitiesAndFanCharts() throws IOException {
        Path out = tmp.resolve("ens");
        Cli.Outcome o = bosim("ensemble", "--runs", "4", "--threads", "2", "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("4 runs of default"), o.out());
        List<String> rows = Files.readAllLines(out.resolve("ensemble.csv"));
        assertEquals("month,series,mean,p5,p25,p50,p75,p95", rows.get(0));
        assertEquals(1 + 204 * no.bosim.ensemble.Ensemble.SERIES.size(), rows.size(), "every month of every series");
        assertEquals(List.of("arrivals", "in_mottak", "reception_capacity", "occupancy", "settlement_ready", "long_waiters",
                "long_wait_share", "settled_year", "wait_mean_months", "settled_within_6m_share", "in_processing", "bosettingsbehov"),
                rows.stream().skip(1).map(r -> r.split(",")[1]).distinct().toList(), "the series, the first eight as before");
        assertTrue(Files.readAllLines(out.resolve("warning_probability.csv")).get(0).startsWith("month,rule_id,probability"));
        for (String f : new String[] {"vifte-1-mottak.png", "vifte-2-ventende.png", "vifte-3-lengeventende.png", "vifte-4-plasser.png",
                "vifte-5-varsler.png"}) {
            java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(out.resolve("charts").resolve(f).toFile());
            assertEquals(1280, img.getWidth(), f);
        }
        assertEquals(2, bosim("ensemble", "--runs", "0", "--out", tmp.resolve("e0").toString()).code());
        assertEquals(2, bosim("ensemble").code(), "--runs is required");
        // The ensemble's briefing: findings with the spread, in Norwegian, listed in the folder's manifest.
        Cli.Outcome briefing = bosim("briefing", out.toString());
        assertEquals(0, briefing.code(), briefing.err());
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(out.resolve("briefing.pdf").toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Funn") && text.contains("i 90 % av kjøringene mellom") && text.contains("Varsler per år"), text);
            assertFalse(text.contains(tmp.toString()), "no local path");
        }
        assertTrue(no.bosim.results.OutputFolder.listedFiles(Files.readString(out.resolve("ensemble.json"))).contains("briefing.pdf"));
        assertEquals(0, bosim("ensemble", "--runs", "2", "--threads", "2", "--out", out.toString()).code());
        assertFalse(Files.exists(out.resolve("briefing.pdf")), "a new ensemble leaves no briefing of the old one beside it");
    }

    @Test
    void compareWithRunsComparesDistributions() throws IOException {
        Path sc = ShippedScenarios.copyTo(tmp.resolve("scr"));
        Path out = tmp.resolve("cmpruns");
        Cli.Outcome o = bosim("compare", sc.toString(), sc.resolveSibling("criteria-2026.yaml").toString(), "--runs", "3", "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        List<String> rows = Files.readAllLines(out.resolve("comparison-ensemble.csv"));
        assertEquals("indicator,quantile,default,criteria-2026,criteria-2026 - default", rows.get(0));
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("peak_in_mottak,p50,")));
    }

    @Test
    void backtestPrintsTheTableAndWritesItsFilesBesideTheRunsAndCharts() throws IOException {
        Path out = tmp.resolve("bt");
        Path sc = ShippedScenarios.copyTo(tmp.resolve("bsc")).resolveSibling("backtest-2019.yaml");
        Cli.Outcome o = bosim("backtest", sc.toString(), "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("Backtest of backtest-2019, 2019-01 to 2024-12") && o.out().contains("observations within tolerance"),
                o.out());
        List<String> rows = Files.readAllLines(out.resolve("backtest.csv"));
        assertEquals("indicator,period,model,observed,error_pct,tolerance,within,naive,naive_error_pct,naive_forecast,input", rows.get(0),
                "the first seven columns as before; the spreadsheet baseline appended");
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("settled,2019,")), "IMDi's 2019 settlement is compared");
        assertTrue(rows.stream().skip(1).map(r -> r.split(",")[6]).allMatch(v -> v.equals("yes") || v.equals("no")), "every row has a verdict");
        assertTrue(rows.stream().filter(r -> r.startsWith("requested,")).allMatch(r -> r.endsWith(",yes")),
                "a request the scenario gives is an input by construction");
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("settled,2020,") && r.contains(",request in January x last year's settled")),
                "2020's settlement has its naive forecast");
        assertTrue(o.out().contains("Skill against the naive forecast, settled: +0.") && o.out().contains("that test the model"), o.out());
        assertEquals("indicator,period,model,p5,p95,kind", Files.readAllLines(out.resolve("backtest_series.csv")).get(0));
        assertTrue(Files.exists(out.resolve("timeseries.csv")) && Files.exists(out.resolve("manifest.json")), "the run's own files");
        assertTrue(Files.exists(out.resolve("charts/backtest-01-settled.png")), "a chart per indicator");
    }

    @Test
    void aBadObservationsFileGivesExitTwoItsLineAndNoOutputFolder() throws IOException {
        Path sc = ShippedScenarios.copyTo(tmp.resolve("bad")).resolveSibling("backtest-2019.yaml");
        Path csv = sc.resolveSibling("history/national-observed.csv");
        Files.writeString(csv, Files.readString(csv).replace("settled,2019,4822,source:", "settled,2019,4822,assumption:"));
        Path out = tmp.resolve("bad-out");
        Cli.Outcome o = bosim("backtest", sc.toString(), "--out", out.toString(), "--no-charts");
        assertEquals(2, o.code(), o.out());
        assertTrue(o.err().contains("national-observed.csv:5") && o.err().contains("must cite its source"), o.err());
        assertNoStackTrace(o);
        assertFalse(Files.exists(out), "no folder that could pass for a complete run");
        // A replayed surge says observed: none, so it has nothing to backtest against.
        Cli.Outcome none = bosim("backtest", sc.resolveSibling("surge-2015.yaml").toString(), "--out", out.toString());
        assertEquals(2, none.code());
        assertTrue(none.err().contains("observed"), none.err());
    }

    @Test
    void requestsComparesTheCriteriaWithIMDisRequestsAndRefusesAYearBeforeTheParameters() throws IOException {
        Path out = tmp.resolve("req");
        Cli.Outcome o = bosim("requests", "--year", "2024", "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("mean absolute error") && o.out().contains("Oslo"), o.out());
        List<String> rows = Files.readAllLines(out.resolve("requests.csv"));
        assertEquals("kommunenummer,kommune,fylke,population,anmodet_model,anmodet_em_model,anmodet_imdi,difference", rows.get(0));
        assertEquals(358, rows.size(), "every kommune");
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("0301,")), "kommunenummer keep their leading zero");
        Cli.Outcome early = bosim("requests", "--year", "1990", "--need", "1000", "--out", tmp.resolve("req-early").toString());
        assertEquals(2, early.code());
        assertTrue(early.err().contains("--year"), early.err());
        assertNoStackTrace(early);
        assertFalse(Files.exists(tmp.resolve("req-early")));
    }

    @Test
    void explainTellsWhyAKommuneWasAskedWhatItWasAskedAndWhichFactsAnAlertMatched() {
        Cli.Outcome request = bosim("explain", "--kommune", "0301", "--year", "2026");
        assertEquals(0, request.code(), request.err());
        for (String step : new String[] {"Kommune 0301 Oslo (Oslo), 2026, kriterier 2024", "KRIT-24-01", "vekt = folketall 7", "fylke 03",
                "største brøk", "anmodet = ", "vedtatt = ", "VEDTAK-"}) {
            assertTrue(request.out().contains(step), "explains '" + step + "':\n" + request.out());
        }
        Cli.Outcome english = bosim("explain", "--kommune", "0301", "--year", "2026", "--lang", "en");
        for (String step : new String[] {"criteria 2024", "weight = population 7", "county 03", "largest remainder"}) {
            assertTrue(english.out().contains(step), "explains in English '" + step + "':\n" + english.out());
        }
        assertEquals(2, bosim("explain", "--kommune", "0301", "--year", "2026", "--lang", "de").code());
        // A decision the rules drew shows the draw, so the decided figure can be squared with the request. Which
        // years' decisions stand as drawn depends on the data (a cut request is answered by VEDTAK-05 instead),
        // so every projected year of one kommune is asked: each drawn decision shows its draw, and some are drawn.
        int drawnYears = 0;
        for (int year = 2027; year <= 2030; year++) {
            Cli.Outcome drawn = bosim("explain", "--kommune", "1103", "--year", String.valueOf(year));
            assertEquals(0, drawn.code(), drawn.err());
            if (drawn.out().contains("vedtatt = ") && drawn.out().contains(": VEDTAK-01 (")) {
                drawnYears++;
                assertTrue(drawn.out().contains("vedtakstrekningen (VEDTAK-01): m = nivå 1,16") && drawn.out().contains("z = ρ × fjorårets z")
                        && drawn.out().contains("avgrenset til 0–1") && drawn.out().contains("vedtatt = avrundet"), drawn.out());
            }
        }
        assertTrue(drawnYears > 0, "Stavanger's decisions of 2027-2030 include one the rules drew");
        Cli.Outcome first = bosim("explain", "--kommune", "0301", "--year", "2024");
        assertTrue(first.out().replace('\u00a0', ' ').contains("vekt = folketall 717 710"), "2024 weighs Oslo's population on 1 January 2024");
        assertTrue(first.out().contains("slik IMDi publiserte det") && first.out().contains("VEDTAK-00"),
                "2024 is IMDi's real request and decision:\n" + first.out());
        assertEquals(0, bosim("run", "--out", tmp.resolve("for-explain").toString(), "--no-charts").code());
        String[] fired;
        try {
            fired = Files.readAllLines(tmp.resolve("for-explain/alerts.csv")).stream().filter(l -> l.contains(",VARSEL-0"))
                    .findFirst().orElseThrow().split(",");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Cli.Outcome alert = bosim("explain", tmp.resolve("for-explain").toString(), "--alert", fired[1], "--month", fired[0]);
        assertEquals(0, alert.code(), alert.err());
        assertTrue(alert.out().contains("(" + fired[1] + ") gikk i " + fired[0]) && alert.out().contains("mot grensen")
                        && alert.out().contains("måneden ") && !alert.out().contains("Maaned(") && !alert.out().contains("="), "the alert the run raised, its message and value, with the facts it matched, in words:\n"
                        + alert.out());
        Cli.Outcome unknown = bosim("explain", "--alert", "VARSEL-99", "--month", fired[0]);
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("'VARSEL-99' is no alert of the rules in force"), unknown.err());
        assertEquals(2, bosim("explain", "--kommune", "9999", "--year", "2026").code());
        assertEquals(2, bosim("explain", "--kommune", "0301", "--year", "1990").code());
        assertEquals(2, bosim("explain", "--alert", "VARSEL-01", "--month", "last").code());
    }

    @Test
    void rulesCheckReportsEachErrorAsFileAndLineAndARunCanUseAUsersRuleFolder() throws IOException {
        Path shipped = Path.of("..", "rules", "drl");
        Path mine = Files.createDirectories(tmp.resolve("my-rules"));
        try (var files = Files.list(shipped)) {
            for (Path f : files.toList()) {
                Files.copy(f, mine.resolve(f.getFileName()));
            }
        }
        Cli.Outcome ok = bosim("rules", "check", mine.toString());
        assertEquals(0, ok.code(), ok.err());
        Cli.Outcome run = bosim("run", "--rules", mine.toString(), "--out", tmp.resolve("mine-out").toString(), "--no-charts");
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.readString(tmp.resolve("mine-out/manifest.json")).contains(mine.resolve("varsling.drl").toString()),
                "the manifest names the user's rule files");
        Path broken = mine.resolve("varsling.drl");
        Files.writeString(broken, Files.readString(broken).replaceFirst("then\\n", "then oops(\n"));
        Cli.Outcome bad = bosim("rules", "check", mine.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains(broken + ":"), bad.err());
        assertNoStackTrace(bad);
    }

    @Test
    void benchReportsColdAndWarmTimesAndWhereTheTimeGoes() {
        Cli.Outcome o = bosim("bench", "--warmup", "0", "--runs", "1", "--policy", "stand-in");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("cold:") && o.out().contains("warm (1 runs"), o.out());
        assertTrue(o.out().contains("where a warm run's time goes") && o.out().contains("bookkeeping"), o.out());
    }

    @Test
    void benchTimesAUsersRuleFolderAndRefusesAMissingOne() {
        Cli.Outcome o = bosim("bench", "--warmup", "0", "--runs", "1", "--rules", "../rules/drl");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("policy drools"), o.out());
        Cli.Outcome missing = bosim("bench", "--warmup", "0", "--runs", "1", "--rules", tmp.resolve("none").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("none"), missing.err());
        assertNoStackTrace(missing);
    }

    @Test
    void theSeedOptionChangesTheSeedAndTheManifestSaysSo() throws IOException {
        Cli.Outcome o = bosim("run", "--out", tmp.resolve("s").toString(), "--seed", "5");
        assertEquals(0, o.code(), o.err());
        assertTrue(Files.readString(tmp.resolve("s/manifest.json")).contains("\"seed\": 5,"));
    }

    @Test
    void validateAcceptsTheShippedScenarios() {
        Path file = ShippedScenarios.copyTo(tmp.resolve("sc"));
        assertEquals(0, bosim("validate", file.toString()).code());
        assertEquals(0, bosim("validate", file.resolveSibling("surge-2015.yaml").toString()).code());
    }

    @Test
    void badInputGivesExitTwoAMessageWithFileAndLineAndNoStackTrace() throws IOException {
        Path file = ShippedScenarios.copyTo(tmp.resolve("sc"));
        Files.writeString(file, Files.readString(file).replace("horizon_months: 204", "horizon_months: -3"));
        Cli.Outcome v = bosim("validate", file.toString());
        assertEquals(2, v.code());
        assertTrue(v.err().contains("default.yaml:") && v.err().contains("horizon_months"), v.err());
        assertNoStackTrace(v);
        Path out = tmp.resolve("never");
        Cli.Outcome r = bosim("run", file.toString(), "--out", out.toString());
        assertEquals(2, r.code());
        assertNoStackTrace(r);
        assertFalse(Files.exists(out), "a refused run creates no output folder");
    }

    @Test
    void aMissingScenarioFileIsNamed() {
        Cli.Outcome o = bosim("validate", tmp.resolve("missing.yaml").toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("missing.yaml") && o.err().contains("no such file"), o.err());
        assertNoStackTrace(o);
    }

    @Test
    void aParameterOutOfRangeIsNamedWithItsLine() throws IOException {
        Path file = ShippedScenarios.copyTo(tmp.resolve("sc"));
        Path params = file.resolveSibling("parameters/core.yaml");
        Files.writeString(params, Files.readString(params).replace("value: 0.85", "value: 85"));
        Cli.Outcome o = bosim("validate", file.toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("core.yaml:") && o.err().contains("maal_belegg"), o.err());
    }

    @Test
    void aRunIntoAFolderOfOtherFilesIsRefusedAndTheFilesAreUntouched() throws IOException {
        Path mine = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(mine.resolve("budget.xlsx"), "precious");
        Cli.Outcome o = bosim("run", "--out", mine.toString());
        assertEquals(2, o.code());
        assertEquals("precious", Files.readString(mine.resolve("budget.xlsx")));
        assertNoStackTrace(o);
    }

    @Test
    void unknownOptionsAndBadNumbersAreUsageErrors() {
        assertEquals(2, bosim("run", "--sed", "3").code());
        Cli.Outcome o = bosim("run", "--seed", "abc");
        assertEquals(2, o.code());
        assertNoStackTrace(o);
        assertEquals(2, bosim("run", "--policy", "nonsense", "--out", tmp.resolve("p").toString()).code());
    }

    @Test
    void helpAndVersionWorkOnEveryCommand() {
        for (String cmd : new String[] {"run", "validate", "bench", "chart", "briefing", "explain", "rules", "compare", "ensemble"}) {
            assertEquals(0, bosim(cmd, "--help").code());
            Cli.Outcome v = bosim(cmd, "--version");
            assertEquals(0, v.code());
            assertTrue(v.out().startsWith("bosim "), v.out());
        }
        assertEquals(0, bosim("--version").code());
    }

    @Test
    void aRunFolderCutShortOrChangedAfterTheRunIsRefusedByChartAndBriefing() throws IOException {
        Path out = tmp.resolve("cut");
        assertEquals(0, bosim("run", "--out", out.toString(), "--no-charts").code());
        Path ts = out.resolve("timeseries.csv");
        byte[] whole = Files.readAllBytes(ts);
        Files.write(ts, java.util.Arrays.copyOf(whole, whole.length / 2));
        Cli.Outcome chart = bosim("chart", out.toString());
        assertEquals(2, chart.code());
        assertTrue(chart.err().contains("timeseries.csv") && chart.err().contains("cut short"), chart.err());
        assertNoStackTrace(chart);
        assertFalse(Files.exists(out.resolve("charts")), "nothing drawn from a broken run");
        Files.write(ts, whole);
        Files.writeString(out.resolve("alerts.csv"), Files.readString(out.resolve("alerts.csv")).replace("2024-", "2O24-"));
        Cli.Outcome briefing = bosim("briefing", out.toString());
        assertEquals(2, briefing.code());
        assertTrue(briefing.err().contains("alerts.csv") && briefing.err().contains("changed after the run"), briefing.err());
    }

    @Test
    void chartAndBriefingAddTheirFilesToTheManifestAndTheBriefingIsTheSameBytesTwice() throws IOException {
        Path out = tmp.resolve("again");
        assertEquals(0, bosim("run", "--out", out.toString(), "--no-charts").code());
        assertEquals(0, bosim("briefing", out.toString()).code());
        byte[] first = Files.readAllBytes(out.resolve("briefing.pdf"));
        assertEquals(0, bosim("chart", out.toString()).code());
        assertEquals(0, bosim("briefing", out.toString()).code());
        assertTrue(java.util.Arrays.equals(first, Files.readAllBytes(out.resolve("briefing.pdf"))),
                "the PDF's ID and content come from the run, not the clock");
        List<String> listed = no.bosim.results.OutputFolder.listedFiles(Files.readString(out.resolve("manifest.json")));
        assertTrue(listed.contains("briefing.pdf") && listed.contains("charts/1-ankomster.png") && listed.contains("timeseries.csv"),
                listed.toString());
        String pdf = new String(first, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertFalse(pdf.contains(tmp.toString()), "no local path in the briefing");
        // A rerun without charts leaves neither the old charts nor the old briefing beside the new results.
        assertEquals(0, bosim("run", "--out", out.toString(), "--no-charts", "--seed", "7").code());
        assertFalse(Files.exists(out.resolve("briefing.pdf")));
        assertFalse(Files.exists(out.resolve("charts")));
    }

    @Test
    void runWritesTheReportListedInItsManifestAndReportRemakesItFromTheFolder() throws IOException {
        Path out = tmp.resolve("reported");
        assertEquals(0, bosim("run", "--out", out.toString(), "--no-charts").code());
        Path page = out.resolve("report.html");
        assertTrue(Files.size(page) > 1_000_000, "the page carries its charting library");
        assertTrue(no.bosim.results.OutputFolder.listedFiles(Files.readString(out.resolve("manifest.json"))).contains("report.html"));
        // A rerun without the report leaves no old report beside the new results; `bosim report` makes it again.
        assertEquals(0, bosim("run", "--out", out.toString(), "--no-charts", "--no-report", "--seed", "7").code());
        assertFalse(Files.exists(page));
        Cli.Outcome o = bosim("report", out.toString(), "--lang", "en");
        assertEquals(0, o.code(), o.err());
        assertTrue(Files.readString(page).contains("<html lang=\"en\">"));
        assertTrue(no.bosim.results.OutputFolder.listedFiles(Files.readString(out.resolve("manifest.json"))).contains("report.html"));
        Files.writeString(out.resolve("municipalities.csv"), Files.readString(out.resolve("municipalities.csv")).replace("Oslo", "0slo"));
        Cli.Outcome changed = bosim("report", out.toString());
        assertEquals(2, changed.code());
        assertTrue(changed.err().contains("municipalities.csv") && changed.err().contains("changed after the run"), changed.err());
        assertNoStackTrace(changed);
        Cli.Outcome lang = bosim("report", out.toString(), "--lang", "de");
        assertEquals(2, lang.code());
    }

    @Test
    void explainReadsTheRunItExplainsFromItsFolderAndRefusesOneWhoseScenarioChanged() throws IOException {
        Path shippedRun = tmp.resolve("seed7");
        assertEquals(0, bosim("run", "--seed", "7", "--no-charts", "--no-report", "--out", shippedRun.toString()).code());
        Cli.Outcome fromFolder = bosim("explain", "--run", shippedRun.toString(), "--kommune", "0301", "--year", "2026");
        assertEquals(0, fromFolder.code(), fromFolder.err());
        assertTrue(fromFolder.out().contains("frø 7"), "the seed comes from the run's manifest: " + fromFolder.out());
        assertEquals(fromFolder.out(), bosim("explain", shippedRun.toString(), "--kommune", "0301", "--year", "2026").out(),
                "the folder may be given as the first argument");
        assertEquals(bosim("explain", "--seed", "7", "--kommune", "0301", "--year", "2026").out(), fromFolder.out(),
                "the same explanation as naming the seed by hand");

        Path sc = ShippedScenarios.copyTo(tmp.resolve("own")).resolveSibling("surge-2015.yaml");
        Path ownRun = tmp.resolve("own-run");
        assertEquals(0, bosim("run", sc.toString(), "--no-charts", "--no-report", "--out", ownRun.toString()).code());
        Cli.Outcome withoutFile = bosim("explain", "--run", ownRun.toString(), "--kommune", "0301", "--year", "2025");
        assertEquals(2, withoutFile.code());
        assertTrue(withoutFile.err().contains("give that file as SCENARIO"), withoutFile.err());
        assertEquals(0, bosim("explain", sc.toString(), "--run", ownRun.toString(), "--kommune", "0301", "--year", "2025").code());
        Files.writeString(sc, Files.readString(sc).replace("description:", "description: changed,"));
        Cli.Outcome changed = bosim("explain", sc.toString(), "--run", ownRun.toString(), "--kommune", "0301", "--year", "2025");
        assertEquals(2, changed.code());
        assertTrue(changed.err().contains("changed since the run"), changed.err());
        assertNoStackTrace(changed);
        Cli.Outcome notARun = bosim("explain", "--run", tmp.resolve("nowhere").toString(), "--kommune", "0301", "--year", "2025");
        assertEquals(2, notARun.code());
        assertTrue(notARun.err().contains("holds no manifest.json"), notARun.err());
    }

    @Test
    void aCsvSavedByExcelWithAByteOrderMarkIsReadAndAnOverlayAnywhereFindsTheShippedBaseline() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("mine"));
        Files.write(dir.resolve("arrivals.csv"), ("\uFEFFmonth,asylum,em,ukraine,quota,basis\n"
                + "2024-01,405,45,1639,104,assumption: Excel's CSV UTF-8\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Files.writeString(dir.resolve("overlay.yaml"), "name: mine\ndescription: 测试 a description in CJK\nbaseline: from-2024.yaml\n"
                + "horizon_months: 24\narrivals: arrivals.csv\n");
        Path out = tmp.resolve("mine-out");
        Cli.Outcome o = bosim("run", dir.resolve("overlay.yaml").toString(), "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        assertEquals(0, bosim("briefing", out.toString()).code(), "a glyph the font lacks is replaced, not fatal");
        assertFalse(Files.readString(out.resolve("manifest.json")).contains(tmp.toString()), "inputs recorded relative to the scenario");
    }

    @Test
    void completionPrintsAScriptThatCompletesEveryCommand() {
        Cli.Outcome o = bosim("completion");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("_complete_bosim") && o.out().contains("complete -F _complete_bosim"), "a bash completion function for bosim");
        for (String command : List.of("run", "ensemble", "backtest", "requests", "validate", "briefing", "explain", "completion")) {
            assertTrue(o.out().contains(command), command);
        }
        assertTrue(o.out().contains("--deterministic") && o.out().contains("--no-charts"), "options of run complete too");
    }

    @Test
    void xlsxWritesTheWorkbookIntoTheRunAndTheManifestListsIt() throws IOException {
        Path out = tmp.resolve("book");
        assertEquals(0, bosim("run", "--out", out.toString(), "--no-charts", "--xlsx").code());
        assertTrue(Files.size(out.resolve("results.xlsx")) > 10_000);
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"results.xlsx\": {\"bytes\""));
        Files.delete(out.resolve("results.xlsx"));
        Cli.Outcome missing = bosim("xlsx", out.toString());
        assertEquals(2, missing.code(), "a listed file gone: the folder is no longer the complete run");
        assertEquals(0, bosim("run", "--out", out.toString(), "--no-charts").code());
        Cli.Outcome o = bosim("xlsx", out.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("6 sheets"), "the five result tables and the observed figures: " + o.out());
    }

    @Test
    void readmesExampleOutputIsWhatItsCommandPrints() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        int start = readme.indexOf("$ ./bosim run scenarios/surge-2015.yaml --deterministic");
        assertTrue(start >= 0, "README shows the surge example");
        List<String> shown = readme.substring(start, readme.indexOf("```", start)).lines().skip(1)
                .filter(l -> !l.equals("...") && !l.startsWith("Results in ")).toList();
        Cli.Outcome run = bosim("run", "../scenarios/surge-2015.yaml", "--deterministic", "--no-charts", "--no-report", "--out",
                tmp.resolve("readme").toString());
        assertEquals(0, run.code(), run.err());
        List<String> printed = run.out().lines().toList();
        for (String line : shown) {
            assertTrue(printed.contains(line), "README says '" + line + "', the command prints:\n" + run.out());
        }
    }
}
