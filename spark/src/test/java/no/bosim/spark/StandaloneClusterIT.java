package no.bosim.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sweep as an analyst runs it on a cluster: a Spark standalone master and two workers, each a JVM of its own
 * started from the Maven jars (no Spark download), and the shaded job jar submitted to them with spark-submit's
 * main class, in a JVM of its own too. The files are the local runner's bytes. Runs after the package phase (the
 * job jar must exist), by its own Surefire execution in this module's pom.
 */
class StandaloneClusterIT {

    @TempDir
    Path tmp;

    /** Every process the test starts (the master, the workers, spark-submit), stopped at the end whatever happens. */
    private final List<Process> started = new ArrayList<>();

    @Test
    void aSubmittedJobJarOnAStandaloneMasterAndTwoWorkersGivesTheLocalRunnersBytes() throws Exception {
        Path jobJar = Path.of("target", "bosim-spark-job.jar").toAbsolutePath();
        assertTrue(Files.isRegularFile(jobJar), "the job jar is built in the package phase: " + jobJar);
        Path f = LocalReference.sweepFile(tmp, "standalone", "a small one-at-a-time sweep on a standalone cluster", "{kind: oat}");
        Path local = LocalReference.run(f, tmp.resolve("local"), tmp.resolve("journal.csv"));

        // Spark and what it needs, without bosim's modules (their classes folders or bosim-*.jar): the job jar brings
        // bosim, as on a real cluster.
        String sparkClassPath = Stream.of(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")).split(File.pathSeparator))
                .filter(e -> !e.endsWith("classes") && !Path.of(e).getFileName().toString().startsWith("bosim-"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> opens = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.startsWith("-Djdk.reflect")).toList();
        int port = freePort();
        String master = "spark://127.0.0.1:" + port;
        try {
            started.add(start("master", sparkClassPath, opens, "org.apache.spark.deploy.master.Master",
                    "--host", "127.0.0.1", "--port", String.valueOf(port), "--webui-port", "0"));
            for (int w = 1; w <= 2; w++) {
                Path work = Files.createDirectories(tmp.resolve("worker" + w));
                started.add(start("worker" + w, sparkClassPath, opens, "org.apache.spark.deploy.worker.Worker",
                        "--host", "127.0.0.1", "--cores", "1", "--memory", "1g", "--webui-port", "0", "--work-dir", work.toString(), master));
            }
            Path out = tmp.resolve("cluster");
            List<String> submit = new ArrayList<>(List.of(java(), "-cp", sparkClassPath));
            submit.addAll(opens);
            submit.addAll(List.of("org.apache.spark.deploy.SparkSubmit", "--master", master, "--deploy-mode", "client",
                    "--class", "no.bosim.spark.SparkSweep", "--conf", "spark.ui.enabled=false",
                    "--conf", "spark.executor.extraClassPath=" + sparkClassPath,
                    "--conf", "spark.executor.extraJavaOptions=" + String.join(" ", opens),
                    "--conf", "spark.cores.max=2", "--conf", "spark.executor.cores=1",
                    jobJar.toString(), f.toString(), out.toString(), "4"));
            Process job = new ProcessBuilder(submit).redirectErrorStream(true).redirectOutput(tmp.resolve("submit.log").toFile()).start();
            started.add(job);
            assertTrue(job.waitFor(300, TimeUnit.SECONDS), "the job ends within five minutes; its log: " + tail(tmp.resolve("submit.log")));
            assertEquals(0, job.exitValue(), "spark-submit succeeds; its log: " + tail(tmp.resolve("submit.log")));
            // Both workers ran an executor for the job: each leaves its executor's folder under its work dir.
            for (int w = 1; w <= 2; w++) {
                assertTrue(Files.isDirectory(tmp.resolve("worker" + w)), "worker " + w + " has its work folder");
                try (Stream<Path> apps = Files.list(tmp.resolve("worker" + w))) {
                    assertEquals(1, apps.count(), "worker " + w + " ran an executor for the job; submit log: " + tail(tmp.resolve("submit.log")));
                }
            }
            for (String file : List.of("sweep.csv", "indices.csv")) {
                assertArrayEquals(Files.readAllBytes(local.resolve(file)), Files.readAllBytes(out.resolve(file)), file + " on the cluster");
            }
        } finally {
            for (Process p : started) {
                p.descendants().forEach(ProcessHandle::destroy);
                p.destroy();
                p.waitFor(20, TimeUnit.SECONDS);
            }
        }
    }

    private Process start(String name, String classPath, List<String> opens, String main, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(java(), "-cp", classPath, "-Xmx512m"));
        cmd.addAll(opens);
        cmd.add(main);
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve(name + ".log").toFile());
        // The worker launches its executors through Spark's launcher, which needs these without a Spark installation.
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        pb.environment().put("SPARK_TESTING", "1");
        pb.environment().put("SPARK_HOME", tmp.toString());
        return pb.start();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
