package no.bosim.simulator;

import java.util.random.RandomGenerator;

/**
 * Binomial draws for counts of people: exact inversion while the expected count is small, and a
 * rounded normal approximation (clamped to 0..n) from an expected count of 30 on, where its error
 * is far below one person in a thousand.
 */
final class Binomial {

    static final double NORMAL_FROM_MEAN = 30.0;

    private Binomial() {
    }

    static int sample(RandomGenerator rng, int n, double p) {
        if (n <= 0 || p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        boolean flip = p > 0.5;
        double q = flip ? 1 - p : p;
        double mean = n * q;
        int k;
        if (mean < NORMAL_FROM_MEAN) {
            double prob = Math.pow(1 - q, n);
            double ratio = q / (1 - q);
            double u = rng.nextDouble();
            double cumulative = prob;
            k = 0;
            while (u > cumulative && k < n) {
                prob *= ratio * (n - k) / (k + 1);
                k++;
                cumulative += prob;
            }
        } else {
            double draw = mean + Math.sqrt(mean * (1 - q)) * rng.nextGaussian();
            k = (int) Math.max(0, Math.min(n, Math.round(draw)));
        }
        return flip ? n - k : k;
    }
}
