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

    /** A Poisson draw: exact by multiplication for small means, rounded normal from a mean of 30. */
    static int poisson(RandomGenerator rng, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean >= NORMAL_FROM_MEAN) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * rng.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = rng.nextDouble();
        int k = 0;
        while (product > limit) {
            product *= rng.nextDouble();
            k++;
        }
        return k;
    }

    /** A gamma draw with mean 1 and coefficient of variation {@code cv} (Marsaglia and Tsang). */
    static double gammaMeanOne(RandomGenerator rng, double cv) {
        if (cv <= 0) {
            return 1.0;
        }
        double shape = 1.0 / (cv * cv);
        double boost = 1.0;
        if (shape < 1) {
            boost = Math.pow(rng.nextDouble(), 1.0 / shape);
            shape += 1;
        }
        double d = shape - 1.0 / 3;
        double c = 1.0 / Math.sqrt(9 * d);
        while (true) {
            double x = rng.nextGaussian();
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = rng.nextDouble();
            if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return boost * d * v / (1.0 / (cv * cv));
            }
        }
    }
}
