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
    void aStandaloneClusterOfTwoExecutorProcessesGivesTheLocalRunnersBytes() throws IOException, InterruptedException {
        Path f = LocalReference.sweepFile(tmp, "cluster", "a small one-at-a-time sweep on a standalone cluster", "{kind: oat}");
        Path local = LocalReference.run(f, tmp.resolve("local"), tmp.resolve("journal.csv"));

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
            // The workers start their executors while the driver goes on: wait until both have registered (the driver
            // counts as one more), or tasks may all go to the first.
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (sc.statusTracker().getExecutorInfos().length < 3 && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            // Each task takes a moment, so one executor cannot take them all while the other is given none.
            Set<Long> executors = sc.parallelize(List.of(1, 2, 3, 4, 5, 6, 7, 8), 8)
                    .map(i -> {
                        Thread.sleep(300);
                        return ProcessHandle.current().pid();
                    }).collect().stream().collect(Collectors.toSet());
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
