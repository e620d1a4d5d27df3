package no.bosim.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import no.bosim.results.CsvDialect;
import no.bosim.results.OutputFolder;
import no.bosim.rules.drools.DroolsPolicy;
import no.bosim.rules.drools.RuleBook;
import no.bosim.scenario.InputException;
import no.bosim.scenario.Sweep;
import no.bosim.scenario.SweepLoader;
import no.bosim.sweep.Design;
import no.bosim.sweep.Indicators;
import no.bosim.sweep.PointRunner;
import no.bosim.sweep.SweepWriter;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * A sweep on Apache Spark: the points are tasks. The driver sends each task only point numbers and
 * the sweep file's path; every executor JVM reads the sweep and compiles the shipped rules once
 * (not shipped from the driver: a knowledge base is not serialisable, and compiling it per task
 * would cost more than the runs), runs its points one run at a time, and returns each point's
 * summary. The driver puts them in point order and writes them with the same writer as the local
 * runner, so the files are the same bytes at any number of partitions and executors.
 *
 * <pre>
 * spark-submit --class no.bosim.spark.SparkSweep --master yarn|k8s://...|spark://...|local[*] \
 *   --files scenarios/... spark/target/bosim-spark-job.jar SWEEP.yaml OUTDIR [PARTITIONS]
 * </pre>
 * The sweep file and the scenario's files must be readable at the same path on the driver and the
 * executors (a shared file system, or the working copy shipped with the job).
 */
public final class SparkSweep {

    /** Per executor JVM: the sweep and the compiled rules, made once by the first task that needs them. */
    private static final Map<String, Context> CONTEXTS = new ConcurrentHashMap<>();

    private record Context(Sweep sweep, RuleBook rules, List<Indicators.Indicator> indicators, List<Design.Point> points) {
        static Context of(String sweepFile) {
            Sweep sweep = SweepLoader.load(Path.of(sweepFile));
            RuleBook rules = RuleBook.shipped();
            return new Context(sweep, rules, Indicators.of(rules.contract().alertIds()), Design.of(sweep));
        }
    }

    private SparkSweep() {
    }

    public static void main(String[] args) {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: spark-submit --class no.bosim.spark.SparkSweep bosim-spark-job.jar SWEEP.yaml OUTDIR [PARTITIONS]");
            System.exit(2);
        }
        try (JavaSparkContext sc = new JavaSparkContext(new SparkConf().setAppName("bosim sweep " + args[0]))) {
            int partitions = args.length == 3 ? Integer.parseInt(args[2]) : sc.defaultParallelism();
            run(sc, Path.of(args[0]), Path.of(args[1]), partitions);
        } catch (InputException e) {
            System.err.println("bosim: " + e.getMessage());
            System.exit(2);
        }
    }

    /** Runs the sweep's points as tasks in {@code partitions} partitions and writes the sweep's folder. */
    public static void run(JavaSparkContext sc, Path sweepFile, Path out, int partitions) {
        String file = sweepFile.toAbsolutePath().toString();
        Context driver = CONTEXTS.computeIfAbsent(file, Context::of);
        List<Integer> indices = IntStream.range(0, driver.points().size()).boxed().toList();
        List<double[]> flat = sc.parallelize(indices, partitions).mapPartitions((Iterator<Integer> it) -> {
            Context c = CONTEXTS.computeIfAbsent(file, Context::of);
            List<double[]> done = new ArrayList<>();
            while (it.hasNext()) {
                PointRunner.Summary s = PointRunner.run(c.sweep(), c.points().get(it.next()), c.indicators(),
                        () -> new DroolsPolicy(c.rules()), 1);
                done.add(flatten(s));
            }
            return done.iterator();
        }).collect();
        int n = driver.indicators().size();
        // Exact and order-free: each point's summary is its own, put back by its number.
        List<PointRunner.Summary> summaries = new ArrayList<>(flat.stream().map(f -> unflatten(f, n)).toList());
        summaries.sort((a, b) -> Integer.compare(a.index(), b.index()));
        try (OutputFolder folder = OutputFolder.open(out, List.of(sweepFile), SweepWriter.FILES)) {
            SweepWriter.write(driver.sweep(), driver.indicators(), summaries, driver.rules().sha256(), driver.rules().names(),
                    driver.rules().namesEn(), folder, CsvDialect.STANDARD);
            no.bosim.charts.SweepCharts.draw(folder.work(), "nb");
            no.bosim.charts.Report.write(folder.work(), folder.work(), "nb");
            folder.commit();
        }
    }

    static double[] flatten(PointRunner.Summary s) {
        int n = s.mean().length;
        double[] f = new double[1 + 4 * n];
        f[0] = s.index();
        System.arraycopy(s.mean(), 0, f, 1, n);
        System.arraycopy(s.p5(), 0, f, 1 + n, n);
        System.arraycopy(s.p50(), 0, f, 1 + 2 * n, n);
        System.arraycopy(s.p95(), 0, f, 1 + 3 * n, n);
        return f;
    }

    static PointRunner.Summary unflatten(double[] f, int n) {
        return new PointRunner.Summary((int) f[0], Arrays.copyOfRange(f, 1, 1 + n), Arrays.copyOfRange(f, 1 + n, 1 + 2 * n),
                Arrays.copyOfRange(f, 1 + 2 * n, 1 + 3 * n), Arrays.copyOfRange(f, 1 + 3 * n, 1 + 4 * n));
    }
}
