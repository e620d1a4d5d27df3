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
 * What a person reads, scanned as a proof-reader would: the console of a run, a comparison, an
 * ensemble and a backtest, explain, and the briefings of a run, a comparison and an ensemble, made by
 * the real CLI from the shipped scenarios. In Norwegian text: no program object's own text
 * ({@code Maaned(}, {@code field=}), no warning id without its name beside it, no decimal point in a
 * number, no number of five digits or more without its thousands separated. In English text: no
 * program object and no unseparated number either.
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

    @BeforeAll
    void makeEveryKindOfOutput() throws IOException {
        Path run = dir.resolve("run");
        en.put("run console", ok("run", "--out", run.toString(), "--no-report"));
        ok("briefing", run.toString());
        nb.put("run briefing", pdf(run.resolve("briefing.pdf")));
        Path runEn = dir.resolve("run-en");
        ok("run", "--out", runEn.toString(), "--no-report", "--lang", "en", "--no-charts");
        ok("briefing", runEn.toString(), "--lang", "en");
        en.put("run briefing", pdf(runEn.resolve("briefing.pdf")));
        Path compare = dir.resolve("compare");
        en.put("compare console", ok("compare", "../scenarios/default.yaml", "../scenarios/criteria-2026.yaml", "--runs", "4",
                "--out", compare.toString(), "--no-report"));
        ok("briefing", compare.toString());
        nb.put("compare briefing", pdf(compare.resolve("briefing.pdf")));
        Path ensemble = dir.resolve("ensemble");
        en.put("ensemble console", ok("ensemble", "../scenarios/surge-2015.yaml", "--runs", "8", "--out", ensemble.toString(), "--no-report"));
        ok("briefing", ensemble.toString());
        nb.put("ensemble briefing", pdf(ensemble.resolve("briefing.pdf")));
        en.put("backtest console", ok("backtest", "../scenarios/backtest-2019.yaml", "--out", dir.resolve("backtest").toString(),
                "--no-charts", "--no-report"));
        // A surge's warnings in English: the rules' messages as the English reader gets them.
        Path surgeEn = dir.resolve("surge-en");
        ok("run", "../scenarios/surge-2015.yaml", "--out", surgeEn.toString(), "--no-report", "--lang", "en", "--no-charts");
        ok("briefing", surgeEn.toString(), "--lang", "en");
        en.put("surge briefing", pdf(surgeEn.resolve("briefing.pdf")));
        String surgeAlert = java.nio.file.Files.readAllLines(surgeEn.resolve("alerts.csv")).get(1);
        en.put("explain alert", ok("explain", "../scenarios/surge-2015.yaml", "--alert", surgeAlert.split(",")[1], "--month",
                surgeAlert.split(",")[0], "--lang", "en"));
        nb.put("explain kommune", ok("explain", run.toString(), "--kommune", "1508", "--year", "2027"));
        // The planning rules' reasons in English: the need, the criteria, the county step and the decision.
        en.put("explain kommune", ok("explain", run.toString(), "--kommune", "1508", "--year", "2027", "--lang", "en"));
        String alert = java.nio.file.Files.readAllLines(run.resolve("alerts.csv")).get(1);
        nb.put("explain alert", ok("explain", run.toString(), "--alert", alert.split(",")[1], "--month", alert.split(",")[0]));
    }

    /** Every match of {@code pattern} in each text not excused by {@code excused}, as "text: …match…". */
    private static List<String> offenders(Map<String, String> texts, Pattern pattern, Pattern excused) {
        List<String> out = new ArrayList<>();
        texts.forEach((name, text) -> {
            for (String line : text.split("\n")) {
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
    private static final Pattern IDENTIFIERS = Pattern.compile("(?i)frø|seed|sha-?256|\\.yaml|\\.csv|--|https?:|www\\.|<|>\\s*$|\\.ece");

    @Test
    void norwegianTextHasNoProgramObjectsNoBareWarningIdsAndNorwegianNumbers() {
        List<String> found = new ArrayList<>();
        found.addAll(offenders(nb, PROGRAM_OBJECT, URL));
        found.addAll(offenders(nb, UNSEPARATED, IDENTIFIERS));
        // A decimal point in a number (12.5, 0.35), but not an agreement clause (punkt 6.3) or a version (0.1.0).
        found.addAll(offenders(nb, Pattern.compile("(?<![\\d.])\\d+\\.\\d{2,}(?![\\d.])|(?<![\\d.])\\d+\\.\\d+ ?%"), IDENTIFIERS));
        // A warning's id stands in brackets after its name: "Ankomstene har økt kraftig (VARSEL-09)".
        Map<String, String> bodies = new LinkedHashMap<>();
        nb.forEach((name, text) -> bodies.put(name, text.split("\n(Vedlegg|Forutsetninger i bruk)\n")[0]));
        found.addAll(offenders(bodies, Pattern.compile("(?<!\\()\\b(VARSEL|KOST|KAP)-\\d{2}\\b(?!\\))"), null));
        assertTrue(found.isEmpty(), found.size() + " places in the Norwegian text:\n" + String.join("\n", found));
    }

    /** Norwegian words no English sentence has (domain words such as anmodning or vedtak stay Norwegian by design). */
    private static final Pattern NORWEGIAN = Pattern.compile("\\b(og|ikke|som|av|har|skal|blir|venter|måneder|kommunene|plasser|mottak og)\\b");
    /**
     * Names that keep their Norwegian words: counties, the agreement's clause headings (Varighet og oppsigelse), a
     * condition's mark as the rule files write it («vedtak-rekker-ikke»), and addresses.
     */
    private static final Pattern NAMES = Pattern.compile("Møre og Romsdal|Vestfold og Telemark|Troms og Finnmark|Varighet og( oppsigelse)?$|"
            + "Varighet og oppsigelse|«[a-zæøå-]+»|https?:|www\\.");

    @Test
    void englishTextHasNoProgramObjectsAndSeparatedNumbers() {
        List<String> found = new ArrayList<>();
        found.addAll(offenders(en, PROGRAM_OBJECT, URL));
        found.addAll(offenders(en, UNSEPARATED, IDENTIFIERS));
        // The warnings' messages and the body in English: no Norwegian sentence left in them (the appendix's sources
        // are quoted as their publishers titled them).
        Map<String, String> bodies = new LinkedHashMap<>();
        en.forEach((name, text) -> bodies.put(name, text.split("\n(Appendix B|Assumptions in use)")[0]));
        found.addAll(offenders(bodies, NORWEGIAN, NAMES));
        assertTrue(found.isEmpty(), found.size() + " places in the English text:\n" + String.join("\n", found));
    }
}
