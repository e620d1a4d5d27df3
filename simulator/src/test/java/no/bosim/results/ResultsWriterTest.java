package no.bosim.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import no.bosim.contract.OutputFiles;
import no.bosim.rules.standin.CarryForward2024Policy;
import no.bosim.scenario.InputException;
import no.bosim.scenario.Scenario;
import no.bosim.scenario.ScenarioLoader;
import no.bosim.simulator.RunResult;
import no.bosim.simulator.Simulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsWriterTest {

    @TempDir
    Path tmp;

    private final Scenario scenario = ScenarioLoader.load(ScenarioLoader.shipped("from-2024.yaml"));

    private Path write(Path dir, CsvDialect dialect) {
        RunResult run = Simulation.run(scenario, new CarryForward2024Policy());
        try (OutputFolder out = OutputFolder.open(dir, List.of(), ResultsWriter.FILES)) {
            ResultsWriter.write(run, out, dialect, Map.of());
            out.commit();
            return out.dir();
        }
    }

    @Test
    void theSameScenarioAndSeedWriteByteIdenticalFiles() throws IOException {
        Path a = write(tmp.resolve("a"), CsvDialect.STANDARD);
        Path b = write(tmp.resolve("b"), CsvDialect.STANDARD);
        for (String f : List.of(OutputFiles.TIMESERIES, OutputFiles.MUNICIPALITIES, OutputFiles.ALERTS, OutputFiles.MANIFEST)) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
    }

    @Test
    void theOutputHoldsTheContractsColumnsInOrderAndOnlyThoseFiles() throws IOException {
        Path out = write(tmp.resolve("run"), CsvDialect.STANDARD);
        String header = Files.readAllLines(out.resolve(OutputFiles.TIMESERIES)).get(0);
        assertTrue(header.startsWith("month,arrivals_asylum,arrivals_em,arrivals_ukraine,arrivals_quota,arrivals_cum,"
                + "awaiting_decision,settlement_ready,long_waiters,long_wait_share,in_mottak,in_care_centres,in_private,"
                + "reception_capacity,occupancy,settled,settled_cum,departed,departed_cum"), header);
        assertTrue(Files.readAllLines(out.resolve(OutputFiles.MUNICIPALITIES)).get(0)
                .startsWith("year,kommunenummer,kommune,fylke,anmodet,anmodet_em,vedtatt,bosatt"));
        assertEquals(List.of("month,rule_id,severity,clause,subject,value,threshold,message,rule_name,message_en"),
                Files.readAllLines(out.resolve(OutputFiles.ALERTS)), "alerts: header only until rules fill it");
        assertEquals(121, Files.readAllLines(out.resolve(OutputFiles.TIMESERIES)).size());
        try (var files = Files.list(out)) {
            assertEquals(java.util.Set.of(OutputFiles.TIMESERIES, OutputFiles.MUNICIPALITIES, OutputFiles.ALERTS, OutputFiles.COSTS,
                    OutputFiles.CAPACITY_ORDERS, OutputFiles.MANIFEST), files.map(p -> p.getFileName().toString())
                    .collect(java.util.stream.Collectors.toSet()), "the contract's files, and no staging folder or temporary file");
        }
        String manifest = Files.readString(out.resolve(OutputFiles.MANIFEST));
        assertTrue(manifest.contains("\"seed\": 20240101"));
        assertTrue(manifest.contains("\"initial_population\""));
        assertTrue(manifest.contains("\"assumptions\""));
        assertTrue(manifest.contains("\"scenario_sha256\": \"" + scenario.sha256() + "\""));
    }

    @Test
    void theExcelDialectHasBomSemicolonsAndDecimalCommas() throws IOException {
        Path out = write(tmp.resolve("excel"), CsvDialect.EXCEL_NO);
        byte[] bytes = Files.readAllBytes(out.resolve(OutputFiles.TIMESERIES));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        String[] lines = new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertTrue(lines[0].startsWith("month;arrivals_asylum;"));
        String occupancy = lines[1].split(";")[14];
        assertTrue(occupancy.matches("\\d+,\\d{6}"), occupancy);
    }

    @Test
    void aFolderWithOtherFilesIsRefusedAndLeftAlone() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(dir.resolve("notes.txt"), "my notes");
        InputException e = assertThrows(InputException.class, () -> OutputFolder.open(dir, List.of(), ResultsWriter.FILES));
        assertTrue(e.getMessage().contains("notes.txt"));
        assertEquals("my notes", Files.readString(dir.resolve("notes.txt")));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void aFolderHoldingAnInputIsRefused() {
        Path input = tmp.resolve("scen/default.yaml");
        assertThrows(InputException.class, () -> OutputFolder.open(tmp.resolve("scen"), List.of(input), ResultsWriter.FILES));
    }

    @Test
    void anEarlierRunIsReplacedWhole() throws IOException {
        Path dir = write(tmp.resolve("again"), CsvDialect.STANDARD);
        write(dir, CsvDialect.STANDARD);
        assertTrue(Files.exists(dir.resolve(OutputFiles.MANIFEST)));
    }

    @Test
    void theManifestListsEveryFileWithItsSizeAndHashAndComesLast() throws IOException {
        Path dir = write(tmp.resolve("listed"), CsvDialect.STANDARD);
        String manifest = Files.readString(dir.resolve(OutputFiles.MANIFEST));
        assertEquals(List.of(OutputFiles.ALERTS, OutputFiles.CAPACITY_ORDERS, OutputFiles.COSTS, OutputFiles.MUNICIPALITIES, OutputFiles.TIMESERIES),
                OutputFolder.listedFiles(manifest));
        String line = manifest.lines().filter(l -> l.contains("\"" + OutputFiles.TIMESERIES + "\"")).findFirst().orElseThrow();
        assertTrue(line.contains("\"bytes\": " + Files.size(dir.resolve(OutputFiles.TIMESERIES)) + ","), line);
        assertFalse(manifest.contains(tmp.toString()), "no absolute path of this machine in the manifest");
    }

    @Test
    void filesOfAnEarlierRunThatTheNewRunDoesNotWriteAreRemoved() throws IOException {
        Path dir = write(tmp.resolve("stale"), CsvDialect.STANDARD);
        Files.writeString(dir.resolve("briefing.pdf"), "an old briefing");
        Files.createDirectories(dir.resolve("charts"));
        Files.writeString(dir.resolve("charts/old.png"), "an old chart");
        write(dir, CsvDialect.STANDARD);
        assertFalse(Files.exists(dir.resolve("briefing.pdf")), "the old briefing does not sit beside the new results");
        assertFalse(Files.exists(dir.resolve("charts")), "nor do the old charts");
    }

    @Test
    void aRunIntoTheFolderOfAnotherKindOfBosimRunRemovesThatRunsFiles() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("was-ensemble"));
        Files.writeString(dir.resolve("ensemble.csv"), "month,series\n");
        Files.writeString(dir.resolve("ensemble.json"), "{\n  \"bosim_version\": \"0.1.0\",\n  \"files\": {\n"
                + "    \"ensemble.csv\": {\"bytes\": 13, \"sha256\": \"" + "0".repeat(64) + "\"}\n  }\n}\n");
        write(dir, CsvDialect.STANDARD);
        assertFalse(Files.exists(dir.resolve("ensemble.csv")), "the ensemble's files do not sit beside the run's");
        assertFalse(Files.exists(dir.resolve("ensemble.json")));
        assertTrue(Files.exists(dir.resolve(OutputFiles.MANIFEST)));
    }

    @Test
    void aFolderWithAManifestBosimDidNotWriteIsNotTakenForARun() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("theirs"));
        Files.writeString(dir.resolve(OutputFiles.MANIFEST), "{\"name\": \"someone else's\"}");
        Files.writeString(dir.resolve(OutputFiles.COSTS), "their costs");
        assertThrows(InputException.class, () -> OutputFolder.open(dir, List.of(), ResultsWriter.FILES));
        assertEquals("their costs", Files.readString(dir.resolve(OutputFiles.COSTS)));
    }

    @Test
    void aSecondCommandIntoAFolderInUseIsRefusedAndALockLeftByAKilledRunIsTakenOver() throws IOException {
        Path dir = tmp.resolve("busy");
        try (OutputFolder first = OutputFolder.open(dir, List.of(), ResultsWriter.FILES)) {
            InputException e = assertThrows(InputException.class, () -> OutputFolder.open(dir, List.of(), ResultsWriter.FILES));
            assertTrue(e.getMessage().contains("another bosim command"), e.getMessage());
        }
        assertFalse(Files.exists(dir.resolve(OutputFolder.LOCK)), "the lock goes with the command");
        Files.createDirectories(dir);
        // A run killed mid-commit: some files moved in, no manifest, its lock (of a process long gone) still there.
        Files.writeString(dir.resolve(OutputFiles.TIMESERIES), "half");
        Files.writeString(dir.resolve(OutputFolder.LOCK), "2147483646");
        Path again = write(dir, CsvDialect.STANDARD);
        assertTrue(Files.exists(again.resolve(OutputFiles.MANIFEST)));
    }

    @Test
    void aRunThatFailsBeforeCommitLeavesNoManifestAndNoStaging() throws IOException {
        Path dir = tmp.resolve("failed");
        try (OutputFolder out = OutputFolder.open(dir, List.of(), ResultsWriter.FILES)) {
            Files.writeString(out.stage(OutputFiles.TIMESERIES), "half");
        }
        assertFalse(Files.exists(dir), "the folder this command made is gone: nothing left that could pass for a run");
    }
}
