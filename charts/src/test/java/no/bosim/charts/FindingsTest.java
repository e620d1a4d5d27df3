package no.bosim.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The briefing's findings say in words what the small known run's figures are. */
class FindingsTest {

    @TempDir
    Path tmp;

    private List<String> findings(Lang lang) throws IOException {
        Results r = Results.read(SmallRun.write(tmp.resolve("run-" + lang), false));
        // Norwegian number formats put a no-break space in "1 500" and "20 %"; compared here as plain spaces.
        return new Findings(r, KeyFigures.of(r), lang).sentences().stream().map(s -> s.replace('\u00a0', ' ').replace('\u202f', ' ')).toList();
    }

    @Test
    void theFindingsStateThePeaksTheLongWaitsTheNeedTheWarningsTheCostsAndThatItIsOneRun() throws IOException {
        List<String> f = findings(Lang.NB);
        String all = String.join("\n", f);
        assertTrue(all.contains("Flest i mottak: 930 personer i februar 2026"), all);
        assertTrue(all.contains("flest bosettingsklare: 500 i januar 2025"), all);
        assertTrue(all.contains("er over varselgrensen på 20 % i 14 måneder, første gang i januar 2025"), all);
        assertTrue(all.contains("færre plasser enn behovet i 2025 (170 av 1 500), 2026 (170 av 1 200)"), all);
        assertTrue(all.contains("Bosatt mot behovet, de første årene: 2025: 1 266 (84 %)"), all);
        assertTrue(all.contains("1 varsel gikk: VARSEL-01 (avtalepunkt 1.1, 2.1, 6.3) i 1 måned fra juni 2025"), all);
        assertTrue(all.contains("under 100 % i 1 av 2 år"), all);
        assertTrue(all.contains("én kjøring med tilfeldig variasjon; en annen kjøring gir andre tall"), all);
        assertEquals(f.size(), f.stream().distinct().count());
    }

    @Test
    void theRunIsSetAgainstEveryWholeObservedYear() throws IOException {
        Path dir = SmallRun.write(tmp.resolve("observed"), false);
        Files.writeString(dir.resolve("observed.csv"), "indicator,period,value,source\n"
                + "settled,2025,1000,IMDi <https://www.imdi.no/>\ndecided,2025,200,IMDi <https://www.imdi.no/>\n");
        Results r = Results.read(dir);
        String all = String.join("\n", new Findings(r, KeyFigures.of(r), Lang.NB).sentences()).replace('\u00a0', ' ');
        // 2026 has two months in the run: no year to set against IMDi's.
        Files.writeString(dir.resolve("observed.csv"), "settled,2026,900,IMDi <https://www.imdi.no/>\n", java.nio.file.StandardOpenOption.APPEND);
        r = Results.read(dir);
        all = String.join("\n", new Findings(r, KeyFigures.of(r), Lang.NB).sentences()).replace('\u00a0', ' ');
        assertTrue(all.contains("Mot det som faktisk skjedde, bosatt per år (IMDi mot kjøringen): 2025: 1 000 mot 1 266 (+27 %)."), all);
        assertTrue(!String.join(" ", findings(Lang.NB)).contains("faktisk skjedde"), "without observations no such sentence");
    }

    @Test
    void aRunThatReplaysHistorySaysOnlyItsProjectionVaries() throws IOException {
        Path dir = SmallRun.write(tmp.resolve("replayed"), false);
        Files.writeString(dir.resolve("observed.csv"), "indicator,period,value,source\nsettled,2025,1000,IMDi <https://www.imdi.no/>\n");
        Results r = Results.read(dir);
        String nb = String.join("\n", new Findings(r, KeyFigures.of(r), Lang.NB).sentences()).replace('\u00a0', ' ');
        assertTrue(nb.contains("én kjøring med tilfeldig variasjon i framskrivingen (historikken er lik i hver kjøring); en annen kjøring"), nb);
        String en = String.join("\n", new Findings(r, KeyFigures.of(r), Lang.EN).sentences());
        assertTrue(en.contains("one run with random variation in the projection (the history is the same in every run); another run"), en);
    }

    @Test
    void theFirstWarningIsNamedWithItsMonth() throws IOException {
        Path dir = SmallRun.write(tmp.resolve("warnings"), false);
        Files.writeString(dir.resolve("alerts.csv"), "2025-09,VARSEL-02,middels,\"1.1, 2.1, 6.3\",mottak,0.6,0.7,Belegget er lavt\n"
                + "2025-03,VARSEL-10,høy,\"1.1, 6.3\",mottak,2000,7000,UDI kjøper 2 000 akuttplasser\n", java.nio.file.StandardOpenOption.APPEND);
        Results r = Results.read(dir);
        String nb = String.join("\n", new Findings(r, KeyFigures.of(r), Lang.NB).sentences()).replace('\u00a0', ' ');
        assertTrue(nb.contains("3 varsler gikk, det første i mars 2025: VARSEL-10 (avtalepunkt 1.1, 6.3); flest måneder: "), nb);
        String en = String.join("\n", new Findings(r, KeyFigures.of(r), Lang.EN).sentences());
        assertTrue(en.contains("3 warnings fired, the first in March 2025: VARSEL-10 (clause 1.1, 6.3); most months: "), en);
    }

    @Test
    void inEnglishToo() throws IOException {
        String all = String.join("\n", findings(Lang.EN));
        assertTrue(all.contains("Most in reception: 930 people in February 2026"), all);
        assertTrue(all.contains("This is one run with random variation; another run gives other figures"), all);
    }

    @Test
    void aDeterministicRunSaysSo() throws IOException {
        Path dir = SmallRun.write(tmp.resolve("det"), false);
        Files.writeString(dir.resolve("manifest.json"), Files.readString(dir.resolve("manifest.json"))
                .replace("\"seed\": 7,", "\"seed\": 7,\n  \"mode\": \"deterministic\","));
        Results r = Results.read(dir);
        assertTrue(String.join(" ", new Findings(r, KeyFigures.of(r), Lang.NB).sentences()).contains("Kjøringen er deterministisk"));
    }
}
