package no.bosim.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a person reads, scanned as a proof-reader would, in Norwegian and in English: the console,
 * the briefing and the report (read in the browser, as drawn) of a run of every shipped scenario, of
 * both backtests, a comparison, an ensemble and a sweep, and explain; all made by the real CLI. In
 * Norwegian text: no English sentence, no program object's own text ({@code Maaned(},
 * {@code field=}), no warning id without its name beside it, no decimal point in a number, no
 * number of five digits or more without its thousands separated. In English text: no Norwegian
 * sentence, no program object and no unseparated number either. In neither: a zero with a sign.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserTextTest {

    @TempDir
    static Path dir;

    private final Map<String, String> nb = new LinkedHashMap<>();
    private final Map<String, String> en = new LinkedHashMap<>();

    private String ok(String... args) {
        Cli.Outcome o = Cli.bosim(args);
        assertEquals(0, o.code(), String.join(" ", args) + ": " + o.err());
        return o.out();
    }

    private static String pdf(Path file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** The shipped scenarios a run is made of (the backtests are made by backtest). */
    private static final List<String> RUN_SCENARIOS = List.of("default", "criteria-2026", "from-2024", "surge-2015", "surge-2015-now",
            "surge-2022");
    /** Each report.html made, by the language it was made in, to be read in the browser as a reader sees it. */
    private final Map<String, Path> reportsNb = new LinkedHashMap<>();
    private final Map<String, Path> reportsEn = new LinkedHashMap<>();

    /** Makes a folder's briefing in {@code lang} and files its text and its report under {@code name}. */
    private void briefingAndReport(String name, Path folder, String lang) throws IOException {
        ok("briefing", folder.toString(), "--lang", lang);
        (lang.equals("en") ? en : nb).put(name + " briefing", pdf(folder.resolve("briefing.pdf")));
        if (java.nio.file.Files.exists(folder.resolve("report.html"))) {
            (lang.equals("en") ? reportsEn : reportsNb).put(name + " report", folder.resolve("report.html"));
        }
    }

    @BeforeAll
    void makeEveryKindOfOutput() throws IOException {
        Path sweepFile = sweepFile();
        for (String lang : List.of("nb", "en")) {
            for (String scenario : RUN_SCENARIOS) {
                Path run = dir.resolve("run-" + scenario + "-" + lang);
                String console = ok("run", "../scenarios/" + scenario + ".yaml", "--out", run.toString(), "--no-charts", "--lang", lang);
                if (lang.equals("en")) {
                    en.put(scenario + " console", console);
                }
                briefingAndReport(scenario, run, lang);
            }
            for (String backtest : List.of("backtest-2019", "backtest-2022")) {
                Path out = dir.resolve(backtest + "-" + lang);
                String console = ok("backtest", "../scenarios/" + backtest + ".yaml", "--out", out.toString(), "--no-charts", "--lang", lang);
                if (lang.equals("en")) {
                    en.put(backtest + " console", console);
                }
                briefingAndReport(backtest, out, lang);
            }
            Path compare = dir.resolve("compare-" + lang);
            String compareConsole = ok("compare", "../scenarios/default.yaml", "../scenarios/criteria-2026.yaml", "--runs", "4",
                    "--out", compare.toString(), "--lang", lang);
            Path ensemble = dir.resolve("ensemble-" + lang);
            String ensembleConsole = ok("ensemble", "../scenarios/surge-2015.yaml", "--runs", "8", "--out", ensemble.toString(), "--lang", lang);
            Path sweep = dir.resolve("sweep-" + lang);
            String sweepConsole = ok("sweep", sweepFile.toString(), "--out", sweep.toString(), "--lang", lang);
            if (lang.equals("en")) {
                en.put("compare console", compareConsole);
                en.put("ensemble console", ensembleConsole);
                en.put("sweep console", sweepConsole);
            }
            briefingAndReport("compare", compare, lang);
            briefingAndReport("ensemble", ensemble, lang);
            briefingAndReport("sweep", sweep, lang);
        }
        Path runNb = dir.resolve("run-default-nb");
        Path surgeEn = dir.resolve("run-surge-2015-en");
        String surgeAlert = java.nio.file.Files.readAllLines(surgeEn.resolve("alerts.csv")).get(1);
        en.put("explain alert", ok("explain", "../scenarios/surge-2015.yaml", "--alert", surgeAlert.split(",")[1], "--month",
                surgeAlert.split(",")[0], "--lang", "en"));
        nb.put("explain kommune", ok("explain", "../scenarios/default.yaml", "--run", runNb.toString(), "--kommune", "1508", "--year", "2027"));
        // The planning rules' reasons in English: the need, the criteria, the county step and the decision.
        en.put("explain kommune", ok("explain", "../scenarios/default.yaml", "--run", runNb.toString(), "--kommune", "1508", "--year", "2027",
                "--lang", "en"));
        String alert = java.nio.file.Files.readAllLines(runNb.resolve("alerts.csv")).get(1);
        nb.put("explain alert", ok("explain", "../scenarios/default.yaml", "--run", runNb.toString(), "--alert", alert.split(",")[1], "--month", alert.split(",")[0]));
        readTheReportsInTheBrowser();
        // Every text as scanned, for a reader who wants to see what the proof-reader saw.
        Path shown = Path.of("target", "user-text");
        java.nio.file.Files.createDirectories(shown);
        for (Map.Entry<String, Map<String, String>> lang : Map.of("nb", nb, "en", en).entrySet()) {
            for (Map.Entry<String, String> text : lang.getValue().entrySet()) {
                java.nio.file.Files.writeString(shown.resolve(lang.getKey() + "-" + text.getKey().replace(' ', '-') + ".txt"), text.getValue());
            }
        }
    }

    /** A small sweep of the shipped surge: two inputs and the criteria, two runs a point, over three years. */
    private static Path sweepFile() throws IOException {
        Path scenarios = no.bosim.scenario.ShippedScenarios.copyTo(dir.resolve("scenarios")).getParent();
        java.nio.file.Files.writeString(scenarios.resolve("short-surge.yaml"), """
                name: short-surge
                description: the 2015 surge over three years
                baseline: surge-2015.yaml
                horizon_months: 36
                """);
        Path f = scenarios.resolve("sweeps/text.yaml");
        java.nio.file.Files.createDirectories(f.getParent());
        java.nio.file.Files.writeString(f, """
                name: text
                description: a sweep whose every output is proof-read
                beskrivelse: en sveip der alt som skrives ut, korrekturleses
                scenario: ../short-surge.yaml
                runs_per_point: 2
                design: {kind: oat}
                inputs:
                  - {name: ankomster, arrivals: {scale: [0.7, 1.3]}}
                  - {name: vilje, parameter: vedtak_vilje_nivaa, value: [0.95, 1.3]}
                  - {name: kriterier, criteria: ["2024", "2026"], from: 2025-01}
                """);
        return f;
    }

    /** Every report as its reader sees it: the page's text once its script has drawn it (the HTML alone holds only data). */
    private void readTheReportsInTheBrowser() {
        Browser.requirePresent();
        org.openqa.selenium.chrome.ChromeDriver browser = Browser.open(dir.resolve("chromium-profile"), "1300,2400");
        try {
            for (boolean english : List.of(false, true)) {
                (english ? reportsEn : reportsNb).forEach((name, page) -> {
                    browser.get(page.toUri().toString());
                    org.openqa.selenium.JavascriptExecutor js = browser;
                    for (int i = 0; i < 400 && js.executeScript("return document.documentElement.getAttribute('data-bosim-ready') "
                            + "|| document.documentElement.getAttribute('data-bosim-error')") == null; i++) {
                        try {
                            Thread.sleep(50);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException(e);
                        }
                    }
                    (english ? en : nb).put(name, (String) js.executeScript("return document.body.innerText"));
                });
            }
        } finally {
            browser.quit();
        }
    }

    /** Every match of {@code pattern} in each text not excused by {@code excused}, as "text: …match…". */
    private static List<String> offenders(Map<String, String> texts, Pattern pattern, Pattern excused) {
        return offenders(texts, pattern, excused, null);
    }

    /** As above, with what {@code names} matches (a name that keeps its own words) taken out of each line first. */
    private static List<String> offenders(Map<String, String> texts, Pattern pattern, Pattern excused, Pattern names) {
        List<String> out = new ArrayList<>();
        texts.forEach((name, text) -> {
            // Names are taken out of the whole text first: a PDF line may break inside one ("Møre" | "og Romsdal").
            for (String line : (names == null ? text : names.matcher(text).replaceAll(" ")).split("\n")) {
                Matcher m = pattern.matcher(line);
                while (m.find()) {
                    if (excused == null || !excused.matcher(line).find()) {
                        out.add(name + ": " + m.group() + "   in: " + line.strip());
                    }
                }
            }
        });
        return out;
    }

    private static final Pattern PROGRAM_OBJECT = Pattern.compile(
            "(?<!https?://\\S{0,200})\\b(Maaned|Param|Prognose|Tilstand|Dekning|Ordre|Plan|Mottaksaar|Anmodning|Kommune|Alert|Row|Record)\\(|\\b[a-z][a-zA-Z_]*=\\S");
    /** A source's address, which keeps its own characters. */
    private static final Pattern URL = Pattern.compile("https?:|www\\.|>\\s*$");
    /** Five or more digits with nothing between them, where a reader expects 12 345; seeds, hashes and file names excepted. */
    private static final Pattern UNSEPARATED = Pattern.compile("(?<![\\w.\\-/:#])\\d{5,}(?![\\w\\-])");
    /** A zero with a sign ("−0"), which reads as a fall where a change rounds to nothing; ids (KRIT-00) and months (2026-06) are not. */
    private static final Pattern SIGNED_ZERO = Pattern.compile("(?<![\\w\\-−])[−-]0(?![\\d,.\\w])");
    private static final Pattern IDENTIFIERS = Pattern.compile("(?i)frø|seed|sha-?256|\\.yaml|\\.csv|--|https?:|www\\.|<|>\\s*$|\\.ece");

    @Test
    void norwegianTextHasNoProgramObjectsNoBareWarningIdsAndNorwegianNumbers() {
        List<String> found = new ArrayList<>();
        found.addAll(offenders(nb, PROGRAM_OBJECT, URL));
        found.addAll(offenders(nb, UNSEPARATED, IDENTIFIERS));
        found.addAll(offenders(nb, SIGNED_ZERO, null));
        // A decimal point in a number (12.5, 0.35), but not an agreement clause (punkt 6.3) or a version (0.1.0).
        found.addAll(offenders(nb, Pattern.compile("(?<![\\d.])\\d+\\.\\d{2,}(?![\\d.])|(?<![\\d.])\\d+\\.\\d+ ?%"), IDENTIFIERS));
        // A warning's id stands in brackets after its name: "Ankomstene har økt kraftig (VARSEL-09)".
        Map<String, String> bodies = new LinkedHashMap<>();
        nb.forEach((name, text) -> bodies.put(name, body(text, "Vedlegg", "Forutsetninger i bruk", "Forutsetninger og kilder")));
        found.addAll(offenders(bodies, Pattern.compile("(?<!\\()\\b(VARSEL|KOST|KAP)-\\d{2}\\b(?!\\))"), null));
        found.addAll(offenders(bodies, ENGLISH, URL, NAMES));
        assertTrue(found.isEmpty(), found.size() + " places in the Norwegian text:\n" + String.join("\n", found));
    }

    /** English words no Norwegian sentence has (a source's English title is quoted in the appendix, after the body). */
    private static final Pattern ENGLISH = Pattern.compile("\\b(the|and|with|which|from|waiting|months|places|settled|arrivals|warning|"
            + "requested|decided)\\b");

    /** Norwegian words no English sentence has (domain words such as anmodning or vedtak stay Norwegian by design). */
    private static final Pattern NORWEGIAN = Pattern.compile("\\b(og|ikke|som|av|har|skal|blir|venter|måneder|kommunene|plasser|mottak og)\\b");
    /**
     * Names that keep their Norwegian words: counties, the agreement's clause headings (Varighet og oppsigelse), a
     * condition's mark as the rule files write it («vedtak-rekker-ikke»), and addresses.
     */
    private static final Pattern NAMES = Pattern.compile("\\p{Lu}[\\p{L}-]+[ \\n]og[ \\n]\\p{Lu}[\\p{L}-]+|Varighet[ \\n]og([ \\n]oppsigelse)?|«[a-zæøå-]+»|"
            + "\\S*(https?:|www\\.)\\S*|[\\p{L}\\d]+(-[\\p{L}\\d]+)+");

    /**
     * The body a reader reads before the appendices: a briefing's text before its appendix or its list of
     * assumptions, a report's before its section of assumptions and sources (the parameters' own descriptions,
     * which name the rules that read them). A report names the section in its contents first, so the last
     * heading is where it starts.
     */
    private static String body(String text, String... appendixHeadings) {
        int cut = text.length();
        for (String heading : appendixHeadings) {
            int at = text.lastIndexOf("\n" + heading + "\n");
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        return text.substring(0, cut);
    }

    @Test
    void englishTextHasNoProgramObjectsAndSeparatedNumbers() {
        List<String> found = new ArrayList<>();
        found.addAll(offenders(en, PROGRAM_OBJECT, URL));
        found.addAll(offenders(en, UNSEPARATED, IDENTIFIERS));
        found.addAll(offenders(en, SIGNED_ZERO, null));
        // The warnings' messages and the body in English: no Norwegian sentence left in them (the appendix's sources
        // are quoted as their publishers titled them).
        Map<String, String> bodies = new LinkedHashMap<>();
        en.forEach((name, text) -> bodies.put(name, body(text, "Appendix B", "Assumptions in use", "Assumptions and sources")));
        found.addAll(offenders(bodies, NORWEGIAN, null, NAMES));
        assertTrue(found.isEmpty(), found.size() + " places in the English text:\n" + String.join("\n", found));
    }
}
