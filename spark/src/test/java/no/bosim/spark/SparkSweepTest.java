package no.bosim.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        Path sc2 = ShippedScenarios.copyTo(tmp.resolve("sc")).getParent();
        Files.writeString(sc2.resolve("short.yaml"), "name: short\ndescription: two years\nbaseline: default.yaml\nhorizon_months: 24\n");
        Path f = sc2.resolve("sweeps/spark.yaml");
        Files.createDirectories(f.getParent());
        Files.writeString(f, """
                name: spark
                description: a small Sobol' sweep
                scenario: ../short.yaml
                runs_per_point: 2
                design: {kind: sobol, samples: 4, bootstrap: 50}
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
