package no.bosim.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.bosim.results.CsvDialect;
import no.bosim.results.OutputFolder;
import no.bosim.rules.drools.DroolsPolicy;
import no.bosim.rules.drools.RuleBook;
import no.bosim.scenario.ShippedScenarios;
import no.bosim.scenario.Sweep;
import no.bosim.scenario.SweepLoader;
import no.bosim.sweep.Indicators;
import no.bosim.sweep.LocalRunner;
import no.bosim.sweep.PointRunner;
import no.bosim.sweep.SweepWriter;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sweep on a real standalone cluster: Spark's {@code local-cluster} master starts a standalone
 * master and two workers, and each worker launches its executor as a separate Java process, so every
 * task (the sweep's context, the rules, the points' summaries) crosses process boundaries serialised,
 * as on a cluster of machines. The executors' process ids are checked to be neither the driver's nor
 * each other's, and the results are the bytes of the local runner.
 */
class SparkClusterTest {

    @TempDir
    Path tmp;

    @Test
    void aStandaloneClusterOfTwoExecutorProcessesGivesTheLocalRunnersBytes() throws IOException {
        Path sc2 = ShippedScenarios.copyTo(tmp.resolve("sc")).getParent();
        Files.writeString(sc2.resolve("short.yaml"), "name: short\ndescription: two years\nbaseline: default.yaml\nhorizon_months: 24\n");
        Path f = sc2.resolve("sweeps/cluster.yaml");
        Files.createDirectories(f.getParent());
        Files.writeString(f, """
                name: cluster
                description: a small one-at-a-time sweep on a standalone cluster
                scenario: ../short.yaml
                runs_per_point: 2
                design: {kind: oat}
                inputs:
                  - {name: ankomster, arrivals: {scale: [0.5, 1.5]}}
                  - {name: vilje, parameter: vedtak_vilje_nivaa, value: [0.9, 1.3]}
                """);
        Sweep sweep = SweepLoader.load(f);
        RuleBook rules = RuleBook.shipped();
        List<Indicators.Indicator> indicators = Indicators.of(rules.contract().alertIds());
        Path local = tmp.resolve("local");
        try (OutputFolder folder = OutputFolder.open(local, List.of(f), SweepWriter.FILES)) {
            List<PointRunner.Summary> s = LocalRunner.run(sweep, indicators, () -> new DroolsPolicy(rules), 2,
                    tmp.resolve("journal.csv"), "test", n -> { });
            SweepWriter.write(sweep, indicators, s, rules.sha256(), rules.names(), rules.namesEn(), folder, CsvDialect.STANDARD);
            folder.commit();
        }

        // The executors are launched by the workers as `java -cp <extraClassPath> ...`: this JVM's class path (bosim's modules
        // and Spark's jars) and the same openings of the JDK that Spark needs on Java 17.
        SparkConf conf = new SparkConf().setMaster("local-cluster[2,1,1024]").setAppName("bosim-cluster-test")
                .set("spark.ui.enabled", "false")
                .set("spark.executor.extraClassPath", System.getProperty("java.class.path"))
                .set("spark.executor.extraJavaOptions", String.join(" ", java.lang.management.ManagementFactory.getRuntimeMXBean()
                        .getInputArguments().stream().filter(a -> a.startsWith("--add-opens") || a.startsWith("-Djdk.reflect")).toList()))
                .set("spark.test.home", Files.createDirectories(tmp.resolve("spark-home")).toString());
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            long driver = ProcessHandle.current().pid();
            Set<Long> executors = sc.parallelize(List.of(1, 2, 3, 4, 5, 6, 7, 8), 8)
                    .map(i -> ProcessHandle.current().pid()).collect().stream().collect(Collectors.toSet());
            assertTrue(!executors.contains(driver), "a task ran in the driver's process: " + executors + " / " + driver);
            assertEquals(2, executors.size(), "two executor processes, one per worker: " + executors);

            Path out = tmp.resolve("cluster");
            SparkSweep.run(sc, f, out, 4);
            for (String file : List.of("sweep.csv", "indices.csv")) {
                assertArrayEquals(Files.readAllBytes(local.resolve(file)), Files.readAllBytes(out.resolve(file)), file + " on the cluster");
            }
        }
    }
}
