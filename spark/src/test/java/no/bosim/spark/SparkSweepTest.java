package no.bosim.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same sweep on Spark local[2] in 1, 3 and 16 partitions gives the bytes of the local runner. */
class SparkSweepTest {

    private static JavaSparkContext sc;

    @TempDir
    Path tmp;

    @BeforeAll
    static void spark() {
        sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("bosim-test").set("spark.ui.enabled", "false"));
    }

    @AfterAll
    static void stop() {
        sc.close();
    }

    @Test
    void anyNumberOfPartitionsGivesTheLocalRunnersBytes() throws IOException {
        Path f = LocalReference.sweepFile(tmp, "spark", "a small Sobol' sweep", "{kind: sobol, samples: 4, bootstrap: 50}");
        Path local = LocalReference.run(f, tmp.resolve("local"), tmp.resolve("journal.csv"));
        for (int partitions : new int[] {1, 3, 16}) {
            Path out = tmp.resolve("spark-" + partitions);
            SparkSweep.run(sc, f, out, partitions);
            for (String file : List.of("sweep.csv", "indices.csv")) {
                assertArrayEquals(Files.readAllBytes(local.resolve(file)), Files.readAllBytes(out.resolve(file)),
                        file + " in " + partitions + " partitions");
            }
        }
        assertEquals(1 + 16, Files.readAllLines(local.resolve("sweep.csv")).size(), "4 x (2 + 2) points");
    }
}
