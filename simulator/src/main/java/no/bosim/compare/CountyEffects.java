package no.bosim.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import no.bosim.contract.OutputFiles;
import no.bosim.ensemble.Ensemble;
import no.bosim.ensemble.Workers;
import no.bosim.results.CsvDialect;
import no.bosim.rules.Policy;
import no.bosim.scenario.Mode;
import no.bosim.scenario.Scenario;
import no.bosim.simulator.KommuneYearRecord;
import no.bosim.simulator.RunResult;
import no.bosim.simulator.Simulation;
import org.apache.commons.csv.CSVPrinter;

/**
 * What a change of assumptions does to each fylke, told apart from chance: each scenario is run N
 * times in pairs, run i of every scenario with the same seed (common random numbers), and each
 * fylke's requests, decisions and settlements summed over the projected years are differenced pair
 * by pair. The 5th to 95th percentile of those differences is the interval; a change whose interval
 * holds zero is "ingen sikker endring" (no sure change): the kommuner's decisions vary from run to
 * run, and a single pair can show a county moving where the criteria did not move it.
 */
public final class CountyEffects {

    public static final String FILE = OutputFiles.COMPARISON_COUNTIES_INTERVAL;
    static final String[] MEASURES = {"anmodet", "vedtatt", "bosatt"};

    /** One fylke's change in one measure, a scenario against the reference, over the pairs. */
    public record Row(String scenario, String against, String fylke, String measure, double p5, double p50, double p95) {
        /** Whether the change is the same way in (at least) 90 % of the pairs. */
        public boolean sure() {
            return p5 > 0 || p95 < 0;
        }
    }

    private final List<Row> rows;
    private final int runs;
    private final int fromYear;
    private final int toYear;

    private CountyEffects(List<Row> rows, int runs, int fromYear, int toYear) {
        this.rows = List.copyOf(rows);
        this.runs = runs;
        this.fromYear = fromYear;
        this.toYear = toYear;
    }

    public List<Row> rows() {
        return rows;
    }

    public int runs() {
        return runs;
    }

    /** The years summed: from the first year planned wholly in the projection (the start year when nothing is replayed). */
    public int fromYear() {
        return fromYear;
    }

    public int toYear() {
        return toYear;
    }

    /** Runs {@code runs} stochastic pairs (or sets) of the scenarios with the seeds an ensemble of {@code seed} uses. */
    public static CountyEffects of(List<Scenario> scenarios, long seed, Supplier<Policy> policies, int runs, int threads) {
        Scenario first = scenarios.get(0);
        int from = first.replaysHistory() ? first.projectionFrom().getYear() + 1 : first.start().getYear();
        int to = first.end().getYear();
        // fylke -> [scenario][measure][run]
        Map<String, double[][][]> sums = new java.util.concurrent.ConcurrentSkipListMap<>();
        Workers.each(runs, threads, "bosim-compare", i -> {
            long s = Ensemble.seedOf(seed, i);
            for (int k = 0; k < scenarios.size(); k++) {
                RunResult r = Simulation.run(scenarios.get(k).withMode(Mode.STOCHASTIC).withSeed(s), policies.get());
                Map<String, double[]> own = new TreeMap<>();
                for (KommuneYearRecord y : r.kommuneYears()) {
                    if (y.year() >= from && y.year() <= to) {
                        double[] v = own.computeIfAbsent(y.fylke(), f -> new double[3]);
                        v[0] += y.anmodet();
                        v[1] += y.vedtatt();
                        v[2] += y.bosatt();
                    }
                }
                for (Map.Entry<String, double[]> e : own.entrySet()) {
                    double[][][] cell = sums.computeIfAbsent(e.getKey(), f -> new double[scenarios.size()][3][runs]);
                    for (int m = 0; m < 3; m++) {
                        cell[k][m][i] = e.getValue()[m];
                    }
                }
            }
        });
        List<Row> rows = new ArrayList<>();
        for (int k = 1; k < scenarios.size(); k++) {
            for (Map.Entry<String, double[][][]> e : sums.entrySet()) {
                for (int m = 0; m < 3; m++) {
                    double[] diff = new double[runs];
                    for (int i = 0; i < runs; i++) {
                        diff[i] = e.getValue()[k][m][i] - e.getValue()[0][m][i];
                    }
                    Arrays.sort(diff);
                    rows.add(new Row(scenarios.get(k).name(), first.name(), e.getKey(), MEASURES[m], quantile(diff, 0.05), quantile(diff, 0.5),
                            quantile(diff, 0.95)));
                }
            }
        }
        return new CountyEffects(rows, runs, from, to);
    }

    /** The q-quantile of sorted values, interpolated between neighbours. */
    static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }

    public void write(Path file, CsvDialect dialect) {
        try (CSVPrinter p = dialect.printer(file)) {
            p.printRecord(List.of("scenario", "against", "years", "runs", "fylke", "measure", "change_p5", "change_median", "change_p95", "sure"));
            for (Row r : rows) {
                p.printRecord(r.scenario(), r.against(), fromYear + "-" + toYear, runs, r.fylke(), r.measure(), dialect.format(r.p5()),
                        dialect.format(r.p50()), dialect.format(r.p95()), r.sure() ? "yes" : "no");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
