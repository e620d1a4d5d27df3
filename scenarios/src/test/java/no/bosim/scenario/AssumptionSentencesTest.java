package no.bosim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The assumptions and sources a briefing lists, in words a committee reads, in both languages. */
class AssumptionSentencesTest {

    /** English words that leaked into Norwegian briefings before; none may appear outside an address. */
    static final Pattern ENGLISH = Pattern.compile("\\b(the|and|of|from|with|assumed|share|months|not at hand|source|"
            + "parameter|arrivals|initial stocks|settlement need|per person requested|cases a month)\\b");

    @TempDir
    Path dir;

    @Test
    void everyShippedScenarioSaysEachAssumptionAndSourceInNorwegian() throws Exception {
        Path folder = ShippedScenarios.copyTo(dir).getParent();
        List<String> checked = new ArrayList<>();
        try (var files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                Scenario s = ScenarioLoader.load(f);
                List<String> nb = new ArrayList<>(Assumptions.sentences(s, "nb"));
                Assumptions.sourcesInForce(s, "nb").forEach(x -> nb.add(x.replaceAll("<https?://[^>]+>", "")));
                nb.add(s.description("nb"));
                for (String text : nb) {
                    assertTrue(!ENGLISH.matcher(text).find(), f.getFileName() + " has English in its Norwegian text: " + text);
                }
                assertEquals(Assumptions.inForce(s).size(), Assumptions.sentences(s, "en").size());
                checked.add(s.name());
            }
        }
        assertTrue(checked.containsAll(List.of("default", "surge-2015", "surge-2022", "criteria-2026", "backtest-2019")), checked.toString());
    }

    @Test
    void aSentenceSaysWhatTheFigureIsItsValueInItsUnitAndWhy() {
        Scenario s = ScenarioLoader.loadDefault();
        List<String> nb = Assumptions.sentences(s, "nb");
        List<String> en = Assumptions.sentences(s, "en");
        assertTrue(nb.contains("Andelen bosatte voksne og barn over 60 år: 3 %. Ingen tall for hånden; 3 % er antatt."), nb.toString());
        assertTrue(en.contains("Share of settled adults and children over 60: 3 %. No figure at hand; 3 % assumed."), en.toString());
        assertTrue(nb.stream().anyMatch(a -> a.startsWith("Integreringstilskudd i bosettingsåret for en enslig voksen: 241\u00a0100 kr per person.")),
                nb.toString());
        assertTrue(en.stream().anyMatch(a -> a.startsWith("Integration grant in the settlement year for a single adult: NOK 241,100 per person.")),
                en.toString());
        assertTrue(nb.stream().anyMatch(a -> a.startsWith("Ankomstene fra juni 2026. Etter mai 2026")), "a series row: " + nb);
        assertTrue(nb.stream().anyMatch(a -> a.startsWith("Beholdningene ved start (januar 2019). UDI hadde om lag 5 100 plasser")), nb.toString());
    }

    @Test
    void aValueThatStartsOrEndsInsideTheRunSaysWhen() throws Exception {
        Path base = ShippedScenarios.copyTo(dir);
        Files.writeString(dir.resolve("later.yaml"), """
                name: later
                description: a value from 2026
                baseline: from-2024.yaml
                parameters:
                  andel_eldre:
                    values:
                      2026-03:
                        value: 0.05
                        assumption: older arrivals assumed
                        antakelse: eldre ankomster er antatt
                """);
        Scenario s = ScenarioLoader.load(dir.resolve("later.yaml"));
        List<String> nb = Assumptions.sentences(s, "nb");
        assertTrue(nb.contains("Andelen bosatte voksne og barn over 60 år: 3 % til og med februar 2026. Ingen tall for hånden; 3 % er antatt."),
                nb.toString());
        assertTrue(nb.contains("Andelen bosatte voksne og barn over 60 år: 5 % fra mars 2026. Eldre ankomster er antatt."), nb.toString());
        assertTrue(base.toFile().exists());
    }

    @Test
    void withoutNorwegianTextTheEnglishIsShown() throws Exception {
        ShippedScenarios.copyTo(dir);
        Files.writeString(dir.resolve("own.yaml"), """
                name: own
                description: only English here
                baseline: from-2024.yaml
                parameters:
                  andel_eldre:
                    values:
                      2024-01:
                        value: 0.04
                        assumption: our own figure
                """);
        Scenario s = ScenarioLoader.load(dir.resolve("own.yaml"));
        assertEquals("only English here", s.description("nb"), "a scenario without beskrivelse shows its description");
        assertTrue(Assumptions.sentences(s, "nb").contains("Andelen bosatte voksne og barn over 60 år: 4 %. Our own figure."));
    }

    @Test
    void aNorwegianTextWithoutItsAssumptionIsRefused() throws Exception {
        ShippedScenarios.copyTo(dir);
        Files.writeString(dir.resolve("odd.yaml"), """
                name: odd
                description: antakelse on a sourced value
                baseline: from-2024.yaml
                parameters:
                  andel_eldre:
                    values:
                      2024-01:
                        value: 0.04
                        source: {title: SSB, url: "https://www.ssb.no/"}
                        antakelse: dette er antatt
                """);
        InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
                () -> ScenarioLoader.load(dir.resolve("odd.yaml")));
        assertTrue(e.getMessage().contains("antakelse") && e.getMessage().contains("no assumption"), e.getMessage());
    }
}
