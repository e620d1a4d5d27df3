package no.bosim.sweep;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * First-order and total Sobol' indices from Saltelli's design: f(A), f(B) and f(A_B^i) for N rows
 * each. First order by Saltelli et al. (2010), S_i = mean((f(B) − m)·(f(A_B^i) − f(A))) / V, with f(B)
 * centred on the mean m of f(A) and f(B): the same in expectation (f(A_B^i) and f(A) have one mean)
 * and far steadier for an output far from 0, such as thousands in reception; total by
 * Jansen (1999), S_Ti = mean((f(A) − f(A_B^i))²) / 2V; V the variance of f(A) and f(B) together.
 * Confidence intervals by the bootstrap over the N rows (percentiles 2.5 and 97.5), with a seeded
 * generator so the same sweep gives the same intervals.
 */
public final class SobolIndices {

    /** The indices of one input for one output, with their 95 % bootstrap intervals. */
    public record Index(double first, double firstLow, double firstHigh, double total, double totalLow, double totalHigh) {
    }

    private SobolIndices() {
    }

    /**
     * @param fA  f at the rows of A
     * @param fB  f at the rows of B
     * @param fAB [input][row]: f at A with the input's column from B
     */
    public static Index[] of(double[] fA, double[] fB, double[][] fAB, int bootstrap, long seed) {
        int n = fA.length;
        int k = fAB.length;
        int[] all = new int[n];
        for (int j = 0; j < n; j++) {
            all[j] = j;
        }
        double[][] point = estimate(fA, fB, fAB, all);
        double[][][] boot = new double[k][2][bootstrap];
        SplittableRandom random = new SplittableRandom(seed);
        int[] rows = new int[n];
        for (int b = 0; b < bootstrap; b++) {
            for (int j = 0; j < n; j++) {
                rows[j] = random.nextInt(n);
            }
            double[][] e = estimate(fA, fB, fAB, rows);
            for (int i = 0; i < k; i++) {
                boot[i][0][b] = e[i][0];
                boot[i][1][b] = e[i][1];
            }
        }
        Index[] out = new Index[k];
        for (int i = 0; i < k; i++) {
            double[] f = boot[i][0];
            double[] t = boot[i][1];
            Arrays.sort(f);
            Arrays.sort(t);
            out[i] = new Index(point[i][0], bootstrap == 0 ? Double.NaN : percentile(f, 0.025),
                    bootstrap == 0 ? Double.NaN : percentile(f, 0.975), point[i][1],
                    bootstrap == 0 ? Double.NaN : percentile(t, 0.025), bootstrap == 0 ? Double.NaN : percentile(t, 0.975));
        }
        return out;
    }

    /** [input][first, total] over the given rows (with repeats, for the bootstrap). */
    private static double[][] estimate(double[] fA, double[] fB, double[][] fAB, int[] rows) {
        int n = rows.length;
        double sum = 0;
        for (int j : rows) {
            sum += fA[j] + fB[j];
        }
        double mean = sum / (2.0 * n);
        double var = 0;
        for (int j : rows) {
            var += (fA[j] - mean) * (fA[j] - mean) + (fB[j] - mean) * (fB[j] - mean);
        }
        var /= 2.0 * n - 1;
        double[][] out = new double[fAB.length][2];
        for (int i = 0; i < fAB.length; i++) {
            double first = 0;
            double total = 0;
            for (int j : rows) {
                first += (fB[j] - mean) * (fAB[i][j] - fA[j]);
                total += (fA[j] - fAB[i][j]) * (fA[j] - fAB[i][j]);
            }
            // An output that does not vary has nothing to apportion: its indices are 0.
            out[i][0] = var > 0 ? first / n / var : 0.0;
            out[i][1] = var > 0 ? total / (2.0 * n) / var : 0.0;
        }
        return out;
    }

    private static double percentile(double[] sorted, double p) {
        return no.bosim.ensemble.Quantiles.of(sorted, p);
    }
}
