package no.bosim.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import no.bosim.results.CsvDialect;
import no.bosim.results.OutputFolder;
import no.bosim.rules.drools.DroolsPolicy;
import no.bosim.rules.drools.RuleBook;
import no.bosim.rules.standin.CarryForward2024Policy;
import no.bosim.scenario.Scenario;
import no.bosim.scenario.ScenarioLoader;
import no.bosim.scenario.Stream;
import no.bosim.simulator.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnsembleTest {

    @TempDir
    Path tmp;

    private final Scenario surge = ScenarioLoader.load(ScenarioLoader.shipped("surge-2015.yaml"));

    private Path write(Ensemble.Result r, String name) {
        try (OutputFolder out = OutputFolder.open(tmp.resolve(name), List.of(), EnsembleWriter.FILES)) {
            EnsembleWriter.write(r, out, CsvDialect.STANDARD);
            out.commit();
            return out.dir();
        }
    }

    @Test
    void theSameSeedAndRunsGiveTheSameFilesWhateverTheNumberOfThreads() throws IOException {
        RuleBook rules = RuleBook.shipped();
        Path one = write(Ensemble.run(surge, () -> new DroolsPolicy(rules), 6, 1, null), "t1");
        Path two = write(Ensemble.run(surge, () -> new DroolsPolicy(rules), 6, 2, null), "t2");
        Path three = write(Ensemble.run(surge, () -> new DroolsPolicy(rules), 6, 3, null), "t3");
        for (String f : List.of(EnsembleWriter.PERCENTILES, EnsembleWriter.WARNINGS, EnsembleWriter.INDICATORS, EnsembleWriter.MANIFEST)) {
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f + ": 1 vs 2 threads");
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(three.resolve(f)), f + ": 1 vs 3 threads");
        }
        // Each run's rule sessions are disposed when it ends and go back to the pool for the next
        // run: at most three per thread (monthly, planning, cost), however many runs. A session left
        // open stays referenced by the knowledge base, and memory would grow with the runs.
        int kept = rules.kieBase().getKieSessions().size();
        assertTrue(kept <= 3 * 3, kept + " rule sessions kept after 18 runs on up to 3 threads");
        Ensemble.run(surge, () -> new DroolsPolicy(rules), 12, 3, null);
        int after = rules.kieBase().getKieSessions().size();
        assertTrue(after <= 3 * 3, after + " rule sessions kept after 12 more runs");
    }

    @Test
    void noRunIsKeptOnceItIsReadSoMemoryStaysFlatAsRunsGrow() throws InterruptedException {
        List<WeakReference<RunResult>> seen = new CopyOnWriteArrayList<>();
        Ensemble.Result r = Ensemble.run(surge, CarryForward2024Policy::new, 30, 2, run -> seen.add(new WeakReference<>(run)));
        assertEquals(30, seen.size());
        for (int i = 0; i < 20 && seen.stream().anyMatch(w -> w.get() != null); i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertTrue(seen.stream().allMatch(w -> w.get() == null), "every run's full output is released once read");
        assertEquals(Ensemble.SERIES.size(), r.values().length);
        assertEquals(surge.horizonMonths(), r.values()[0].length);
        assertEquals(30, r.values()[0][0].length, "what is kept grows by one value per series and month per run");
    }

    @Test
    void runIOfTwoScenariosDrawsTheSameArrivalsCommonRandomNumbers() {
        Scenario base = ScenarioLoader.loadDefault();
        Scenario reform = ScenarioLoader.load(ScenarioLoader.shipped("criteria-2026.yaml")).withSeed(base.seed());
        Ensemble.Result a = Ensemble.run(base, CarryForward2024Policy::new, 5, 2, null);
        Ensemble.Result b = Ensemble.run(reform, CarryForward2024Policy::new, 5, 2, null);
        for (int m = 0; m < base.horizonMonths(); m++) {
            assertArrayEquals(a.values()[0][m], b.values()[0][m], "arrivals in month " + m);
        }
    }

    @Test
    void arrivalsVaryAroundThePathMoreThanPoissonCountsWould() {
        Ensemble.Result r = Ensemble.run(surge, CarryForward2024Policy::new, 60, 2, null);
        int month = 30;
        double path = 0;
        for (Stream s : Stream.values()) {
            path += surge.arrivals().at(surge.start().plusMonths(month), s);
        }
        float[] v = r.values()[0][month];
        double mean = 0;
        for (float x : v) {
            mean += x / v.length;
        }
        double var = 0;
        for (float x : v) {
            var += (x - mean) * (x - mean) / (v.length - 1);
        }
        assertEquals(path, mean, 0.1 * path, "the mean follows the path");
        assertTrue(var > 3 * path, "overdispersed: variance " + var + " against a Poisson variance of " + path);
    }

    @Test
    void quantilesInterpolateBetweenOrderStatistics() {
        float[] sorted = {1, 2, 3, 4, 5};
        assertEquals(3.0, Quantiles.of(sorted, 0.5), 1e-9);
        assertEquals(1.2, Quantiles.of(sorted, 0.05), 1e-6);
        assertEquals(5.0, Quantiles.of(sorted, 1.0), 1e-9);
    }
}
