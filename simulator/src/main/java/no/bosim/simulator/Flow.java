package no.bosim.simulator;

import java.util.random.RandomGenerator;

/**
 * One stochastic source: how many of {@code n} people take a step with probability {@code p}.
 * Stochastic flows draw from their own named random stream; expected-value flows take n·p and
 * carry the fraction to the next month, so deterministic runs stay in whole people and still
 * track the expected totals.
 */
interface Flow {

    int take(int n, double p);

    /** Draws a binomial count from this flow's own random stream. */
    final class Random implements Flow {
        private final RandomGenerator rng;

        Random(RandomGenerator rng) {
            this.rng = rng;
        }

        @Override
        public int take(int n, double p) {
            return Binomial.sample(rng, n, p);
        }
    }

    /**
     * Expected values until {@code drawing} says the draws begin, then draws: a run that replays
     * history takes its observed months on their expected values and draws from the projection on.
     */
    final class FromProjection implements Flow {
        private final Flow expected = new Expected();
        private final Flow random;
        private final java.util.function.BooleanSupplier drawing;

        FromProjection(Flow random, java.util.function.BooleanSupplier drawing) {
            this.random = random;
            this.drawing = drawing;
        }

        @Override
        public int take(int n, double p) {
            return drawing.getAsBoolean() ? random.take(n, p) : expected.take(n, p);
        }
    }

    /** Takes the expected value, carrying the fraction: no sampling. */
    final class Expected implements Flow {
        private double carry;

        @Override
        public int take(int n, double p) {
            if (n <= 0 || p <= 0) {
                return 0;
            }
            double x = n * Math.min(p, 1.0) + carry;
            int k = (int) Math.min(Math.floor(x), n);
            carry = x - k;
            return k;
        }
    }
}
