package no.bosim.sweep;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import no.bosim.ensemble.Ensemble;
import no.bosim.ensemble.Quantiles;
import no.bosim.rules.Policy;
import no.bosim.scenario.Scenario;
import no.bosim.scenario.Sweep;

/**
 * Runs one point of a sweep: the scenario with the point's inputs set, as a small ensemble whose
 * run i has the seed {@link Ensemble#seedOf}(the sweep's seed, i) at every point (common random
 * numbers: two points differ by their inputs, not by their luck), and reduces it to each
 * indicator's mean and P5, P50 and P95. The runs are dropped as they finish.
 */
public final class PointRunner {

    /** A point's results: per indicator the mean and the 5th, 50th and 95th percentiles over its runs. */
    public record Summary(int index, double[] mean, double[] p5, double[] p50, double[] p95) {
    }

    private PointRunner() {
    }

    /** The scenario of a point: the sweep's scenario with each input at the point's value, with the sweep's seed. */
    public static Scenario scenarioOf(Sweep sweep, Design.Point point) {
        Scenario s = sweep.scenario().withSeed(sweep.seed());
        for (int i = 0; i < sweep.inputs().size(); i++) {
            s = sweep.inputs().get(i).apply(s, point.values()[i]);
        }
        return s;
    }

    public static Summary run(Sweep sweep, Design.Point point, List<Indicators.Indicator> indicators, Supplier<Policy> policies,
                              int threads) {
        int runs = sweep.runsPerPoint();
        double[][] values = new double[indicators.size()][runs];
        Ensemble.runEach(scenarioOf(sweep, point), policies, runs, Math.min(threads, runs), (i, r) -> {
            for (int k = 0; k < indicators.size(); k++) {
                values[k][i] = indicators.get(k).value().applyAsDouble(r);
            }
        });
        int n = indicators.size();
        double[] mean = new double[n];
        double[] p5 = new double[n];
        double[] p50 = new double[n];
        double[] p95 = new double[n];
        for (int k = 0; k < n; k++) {
            double[] v = values[k];
            double sum = 0;
            for (double x : v) {
                sum += x;
            }
            mean[k] = sum / runs;
            Arrays.sort(v);
            p5[k] = Quantiles.of(v, 0.05);
            p50[k] = Quantiles.of(v, 0.50);
            p95[k] = Quantiles.of(v, 0.95);
        }
        return new Summary(point.index(), mean, p5, p50, p95);
    }
}
