package no.bosim.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.html is one file that needs nothing outside it: the data embedded once, codes kept as text,
 * nothing in a result file able to break out of the page's script, and the folder's files checked
 * before they are shown. (What it looks like and does in a browser: the app's ReportBrowserTest.)
 */
class ReportTest {

    @TempDir
    Path dir;

    private String data(String html) {
        Matcher m = Pattern.compile("<script type=\"application/json\" id=\"bosim-data\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "the page embeds its data");
        return m.group(1);
    }

    /** The report's script names a warning's months by the contract's keys; it cannot import them, so they are pinned here. */
    @Test
    void theScriptKnowsTheContractsKeysOfAWarningsMonths() throws IOException {
        String js;
        try (var in = Report.class.getResourceAsStream("/report/report.js")) {
            js = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = Pattern.compile("/\\^\\(\\?:([a-z_|]+)\\)\\(\\.\\+\\)\\$/").matcher(js);
        assertTrue(m.find(), "report.js recognises a warning's months by a pattern of keys");
        assertEquals(java.util.Set.of(no.bosim.contract.IndicatorKeys.MONTHS_WITH, no.bosim.contract.IndicatorKeys.WARNING_MONTHS),
                java.util.Set.of(m.group(1).split("\\|")));
    }

    @Test
    void thePageCarriesItsLibraryAndDataAndAsksTheNetworkForNothing() throws IOException {
        Path run = SmallRun.write(dir.resolve("run"), false);
        String html = Files.readString(Report.write(run, run, "nb"), StandardCharsets.UTF_8);
        assertTrue(html.contains("echarts"), "ECharts is inlined");
        assertTrue(html.contains("default-src 'none'"), "the content security policy forbids every request");
        assertFalse(Pattern.compile("<(script|link|img|iframe)[^>]+(src|href)=\"(https?:)?//").matcher(html).find(),
                "no element loads anything from elsewhere");
        assertEquals(1, html.split("id=\"bosim-data\"", -1).length - 1, "the data is embedded once");
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"nb\">"));
    }

    @Test
    void kommunenummerAndClausesStayTextAndNumbersAreNumbersInEitherDialect() throws IOException {
        for (boolean excel : new boolean[] {false, true}) {
            Path run = SmallRun.write(dir.resolve("run-" + excel), excel);
            String data = data(Files.readString(Report.write(run, run, "en"), StandardCharsets.UTF_8));
            assertTrue(data.contains("\"0301\",\"1103\",\"1108\""), "kommunenummer keep their leading zero: " + excel);
            assertTrue(data.contains("[\"1.1, 2.1, 6.3\"]"), "a clause stays as written");
            assertTrue(data.contains("[0.8,0.81,0.82,"), "occupancy is a number, decimal comma or not: " + excel);
            assertTrue(data.contains("\"lang\":\"en\""));
        }
    }

    @Test
    void nothingInAResultFileCanCloseThePagesScript() throws IOException {
        Path run = SmallRun.write(dir.resolve("run"), false);
        Files.writeString(run.resolve("alerts.csv"), "month,rule_id,severity,clause,subject,value,threshold,message\n"
                + "2025-06,VARSEL-01,høy,1.1,mottak,0.96,0.95,</script><script>alert(1)</script> & <!--\n", StandardCharsets.UTF_8);
        String html = Files.readString(Report.write(run, run, "nb"), StandardCharsets.UTF_8);
        String data = data(html);
        assertFalse(data.contains("<") || data.contains(">"), "angle brackets are escaped in the data");
        assertTrue(data.contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)"), data.substring(0, 200));
    }

    @Test
    void aFileCutAfterTheRunIsRefusedNotShown() throws IOException {
        Path run = SmallRun.write(dir.resolve("run"), false);
        String manifest = Files.readString(run.resolve("manifest.json"));
        long size = Files.size(run.resolve("timeseries.csv"));
        String hash = sha256(run.resolve("timeseries.csv"));
        Files.writeString(run.resolve("manifest.json"), manifest.replaceFirst("\\n}\\s*$", ",\n  \"files\": {\n"
                + "    \"timeseries.csv\": {\"bytes\": " + size + ", \"sha256\": \"" + hash + "\"}\n  }\n}\n"));
        Report.write(run, run, "nb");
        Files.writeString(run.resolve("timeseries.csv"), Files.readString(run.resolve("timeseries.csv")).substring(0, 300));
        ResultsProblem p = assertThrows(ResultsProblem.class, () -> Report.write(run, run, "nb"));
        assertTrue(p.getMessage().contains("timeseries.csv"), p.getMessage());
    }

    @Test
    void aFolderWithoutABosimManifestIsNamedAndRefused() throws IOException {
        Files.createDirectories(dir.resolve("mine"));
        Files.writeString(dir.resolve("mine/notes.txt"), "my own notes");
        ResultsProblem p = assertThrows(ResultsProblem.class, () -> Report.write(dir.resolve("mine"), dir.resolve("mine"), "nb"));
        assertTrue(p.getMessage().contains("holds no bosim manifest"), p.getMessage());
        assertFalse(Files.exists(dir.resolve("mine/report.html")));
    }

    @Test
    void aNumberIsWhatBosimWritesAsOneAndACodeIsNot() {
        for (String n : new String[] {"0", "7", "-3", "12895", "0.85", "-0.5", "1.5e-7", "2E10"}) {
            assertTrue(ReportData.isNumber(n), n);
        }
        for (String s : new String[] {"0301", "00", "", "-", "1.", ".5", "1e", "1.1, 2.1", "10%", "2024-01", "NaN", "١٢"}) {
            assertFalse(ReportData.isNumber(s), s);
        }
    }

    @Test
    void theTemplateIsFilledInOnePass() {
        assertEquals("a {{DATA}} b", Report.fill("a {{X}} b", Map.of("X", "{{DATA}}")), "filled text is not read again");
        assertThrows(IllegalStateException.class, () -> Report.fill("{{NOPE}}", Map.of()));
    }

    private static String sha256(Path file) throws IOException {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            return java.util.HexFormat.of().formatHex(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
