package no.bosim.app;

import static no.bosim.app.Cli.bosim;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.bosim.scenario.ShippedScenarios;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bosim sweep: the designs end to end on a two-year scenario, the journal that survives a kill, and the refusals. */
class SweepTest {

    @TempDir
    Path tmp;

    private Path scenarios;

    @BeforeEach
    void shortScenario() throws IOException {
        scenarios = ShippedScenarios.copyTo(tmp.resolve("sc")).getParent();
        // Two years from 2024 keep each run short; the sweep's machinery is the same for ten.
        Files.writeString(scenarios.resolve("short.yaml"), """
                name: short
                description: the default baseline over two years
                baseline: from-2024.yaml
                horizon_months: 24
                """);
    }

    private Path sweep(String name, String design, int runs, String inputs) throws IOException {
        Path f = scenarios.resolve("sweeps/" + name + ".yaml");
        Files.createDirectories(f.getParent());
        Files.writeString(f, "name: " + name + "\ndescription: a test sweep\nscenario: ../short.yaml\nruns_per_point: " + runs
                + "\ndesign: " + design + "\ninputs:\n" + inputs);
        return f;
    }

    private static final String TWO_INPUTS = """
              - {name: ankomster, arrivals: {scale: [0.5, 1.5]}}
              - {name: vilje, parameter: vedtak_vilje_nivaa, value: [0.9, 1.3]}
            """;

    /** Every sweep bosim ships is accepted as it stands (one once took a share input beyond its parameter's range). */
    @Test
    void everyShippedSweepIsAccepted() throws IOException {
        try (var files = Files.list(Path.of("../scenarios/sweeps"))) {
            List<Path> shipped = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            assertFalse(shipped.isEmpty(), "no shipped sweep found");
            for (Path f : shipped) {
                Cli.Outcome o = bosim("sweep", f.toString(), "--dry-run");
                assertEquals(0, o.code(), f.getFileName() + ": " + o.err());
            }
        }
    }

    @Test
    void aOneAtATimeSweepWritesItsPointsTheSwingsTornadoesBriefingAndReport() throws IOException {
        Path f = sweep("oat", "{kind: oat}", 2, TWO_INPUTS + "  - {name: kriterier, criteria: [\"2024\", \"2026\"], from: 2025-01}\n");
        Path out = tmp.resolve("oat-out");
        Cli.Outcome o = bosim("sweep", f.toString(), "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("7 points x 2 runs = 14 runs"), o.out());
        List<String> rows = Files.readAllLines(out.resolve("sweep.csv"));
        assertEquals(8, rows.size(), "a header and 7 points: base, then each input low and high");
        assertTrue(rows.get(0).startsWith("point,role,ankomster,vilje,kriterier,peak_in_mottak_mean,peak_in_mottak_p5,"), rows.get(0));
        assertTrue(rows.get(1).startsWith("0,base,1.000000,1.160000,2024,"), "the base is the scenario's own: " + rows.get(1));
        assertTrue(rows.get(6).startsWith("5,low:kriterier,1.000000,1.160000,2024,") && rows.get(7).startsWith("6,high:kriterier,1.000000,1.160000,2026,"),
                rows.get(7));
        Map<String, Double> swing = new HashMap<>();
        for (String line : Files.readAllLines(out.resolve("indices.csv")).subList(1, 1 + 3)) {
            String[] c = line.split(",");
            swing.put(c[1], Double.parseDouble(c[7]));
        }
        assertTrue(swing.get("ankomster") > swing.get("vilje"), "the peak in reception hangs on arrivals more than on willingness: " + swing);
        assertTrue(Files.readString(out.resolve("indices.csv")).startsWith("indicator,input,low,high,value_base,value_low,value_high,swing\n"
                + "peak_in_mottak,ankomster,0.500000,1.500000,"));
        try (var charts = Files.list(out.resolve("charts"))) {
            assertTrue(charts.anyMatch(p -> p.getFileName().toString().equals("sweep-01-peak-in-mottak.png")), "a tornado per indicator");
        }
        String manifest = Files.readString(out.resolve("sweep.json"));
        for (String field : List.of("\"sweep_sha256\"", "\"rule_files_sha256\"", "\"bosim_version\"", "\"seed\": 20240101", "\"sweep.csv\": {\"bytes\"",
                "\"report.html\": {\"bytes\"")) {
            assertTrue(manifest.contains(field), field);
        }
        assertFalse(Files.exists(out.resolve(SweepCommand.JOURNAL)), "the journal is gone once the sweep is written");
        Cli.Outcome briefing = bosim("briefing", out.toString());
        assertEquals(0, briefing.code(), briefing.err());
        try (var doc = org.apache.pdfbox.Loader.loadPDF(out.resolve("briefing.pdf").toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains("Flest i mottak avhenger mest av ankomster"), text);
        }
    }

    @Test
    void sobolIndicesSayWhatThePeakHangsOnAndHoldUnderAnotherSeed() throws IOException {
        Path f = sweep("sobol", "{kind: sobol, samples: 8, bootstrap: 100}", 2, TWO_INPUTS);
        Map<String, double[]> first = indices(f, "sobol-a", "11");
        Map<String, double[]> second = indices(f, "sobol-b", "12");
        double[] arrivals = first.get("peak_in_mottak/ankomster");
        double[] willingness = first.get("peak_in_mottak/vilje");
        assertTrue(arrivals[3] > 0.5 && arrivals[3] > willingness[3], "arrivals carry most of the peak's variance: " + arrivals[3]
                + " against " + willingness[3]);
        for (String key : List.of("peak_in_mottak/ankomster", "peak_in_mottak/vilje")) {
            double[] a = first.get(key);
            double[] b = second.get(key);
            // Another seed moves the total index by less than the intervals' width: the estimate is stable.
            assertTrue(Math.abs(a[3] - b[3]) <= Math.max(a[5] - a[4], b[5] - b[4]), key + ": " + a[3] + " and " + b[3]);
        }
    }

    private Map<String, double[]> indices(Path f, String out, String seed) throws IOException {
        Files.writeString(f, Files.readString(f).replaceAll("(?m)^seed: .*\\n", "") + "seed: " + seed + "\n");
        Cli.Outcome o = bosim("sweep", f.toString(), "--out", tmp.resolve(out).toString(), "--no-charts", "--no-report");
        assertEquals(0, o.code(), o.err());
        List<String> lines = Files.readAllLines(tmp.resolve(out).resolve("indices.csv"));
        assertEquals("indicator,input,first_order,first_order_low,first_order_high,total,total_low,total_high", lines.get(0));
        Map<String, double[]> byKey = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",");
            double[] v = new double[6];
            for (int i = 0; i < 6; i++) {
                v[i] = Double.parseDouble(c[2 + i]);
            }
            byKey.put(c[0] + "/" + c[1], v);
        }
        return byKey;
    }

    @Test
    void aGridGivesEveryCombinationAndAHeatMapPerIndicator() throws IOException {
        Path f = sweep("grid", "{kind: grid, levels: 3}", 1, TWO_INPUTS);
        Path out = tmp.resolve("grid-out");
        Cli.Outcome o = bosim("sweep", f.toString(), "--out", out.toString(), "--no-report", "--threads", "2");
        assertEquals(0, o.code(), o.err());
        assertEquals(1 + 9, Files.readAllLines(out.resolve("sweep.csv")).size(), "3 x 3 points");
        // One run a point: two threads run two points at once; one thread runs them in turn; the same bytes.
        Path one = tmp.resolve("grid-one-thread");
        assertEquals(0, bosim("sweep", f.toString(), "--out", one.toString(), "--no-report", "--no-charts", "--threads", "1").code());
        assertArrayEquals(Files.readAllBytes(out.resolve("sweep.csv")), Files.readAllBytes(one.resolve("sweep.csv")));
        assertFalse(Files.exists(out.resolve("indices.csv")), "a grid's points are its result");
        assertTrue(Files.exists(out.resolve("charts/sweep-01-peak-in-mottak.png")));
    }

    @Test
    void aKilledSweepContinuesFromItsJournalToTheSameBytes() throws Exception {
        Path f = sweep("resume", "{kind: oat}", 2, TWO_INPUTS);
        Path whole = tmp.resolve("whole");
        assertEquals(0, bosim("sweep", f.toString(), "--out", whole.toString(), "--no-charts", "--no-report").code());

        Path killed = tmp.resolve("killed");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Bosim.class.getName(), "sweep", f.toString(), "--out", killed.toString(),
                "--no-charts", "--no-report", "--threads", "1").redirectErrorStream(true).redirectOutput(tmp.resolve("killed.log").toFile()).start();
        Path journal = killed.resolve(SweepCommand.JOURNAL);
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline && (!Files.exists(journal) || Files.readAllLines(journal).size() < 3)) {
            Thread.sleep(50);
        }
        p.destroyForcibly().waitFor();
        List<String> kept = Files.readAllLines(journal);
        assertTrue(kept.size() >= 3 && kept.size() < 6, "killed after two of the five points: " + kept.size() + " lines");
        assertFalse(Files.exists(killed.resolve("sweep.json")), "a killed sweep leaves no folder that passes for a finished one");
        // A kill in the middle of a line leaves half a line; it is dropped and the point run again.
        Files.writeString(journal, "3,4.5,6", java.nio.file.StandardOpenOption.APPEND);

        Cli.Outcome resumed = bosim("sweep", f.toString(), "--out", killed.toString(), "--no-charts", "--no-report");
        assertEquals(0, resumed.code(), resumed.err());
        assertTrue(resumed.out().contains("Continued from the journal"), resumed.out());
        for (String file : List.of("sweep.csv", "indices.csv")) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(file)), Files.readAllBytes(killed.resolve(file)), file);
        }
    }

    @Test
    void aBadSweepFileIsNamedWithItsLineAndNothingRuns() throws IOException {
        Path f = sweep("bad", "{kind: grid, levels: 3}", 2, """
                  - {name: ankomster, arrivals: {scale: [1.5, 0.5]}}
                  - {name: vilje, parameter: vedtak_vilje_nivå, value: [0.9, 1.3]}
                """);
        Cli.Outcome o = bosim("sweep", f.toString(), "--out", tmp.resolve("bad-out").toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("bad.yaml:") && o.err().contains("expected low below high"), o.err());
        assertTrue(o.err().contains("'vedtak_vilje_nivå' is not a parameter of scenario short"), o.err());
        assertFalse(o.err().contains("\tat "), "no stack trace");
        assertFalse(Files.exists(tmp.resolve("bad-out")));

        Path kind = sweep("kind", "{kind: random}", 2, TWO_INPUTS);
        Cli.Outcome k = bosim("sweep", kind.toString());
        assertEquals(2, k.code());
        assertTrue(k.err().contains("design.kind") && k.err().contains("expected oat"), k.err());
    }

    @Test
    void aDryRunEstimatesAndATooLongSweepIsRefusedWithItsEstimate() throws IOException {
        Path f = sweep("big", "{kind: sobol, samples: 4096}", 50, TWO_INPUTS);
        Path out = tmp.resolve("big-out");
        Cli.Outcome refused = bosim("sweep", f.toString(), "--out", out.toString(), "--max-hours", "0.5");
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("would take about") && refused.err().contains("more than max_hours 0.5"), refused.err());
        assertFalse(Files.exists(out), "refused before anything is written");
        Cli.Outcome dry = bosim("sweep", f.toString(), "--dry-run", "--max-hours", "100000");
        assertEquals(0, dry.code(), dry.err());
        assertTrue(dry.out().contains("16384 points x 50 runs = 819200 runs") && dry.out().contains("ms a run here"), dry.out());
    }
}
