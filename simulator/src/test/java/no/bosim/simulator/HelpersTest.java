package no.bosim.simulator;

import no.bosim.rules.LargestRemainder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class HelpersTest {

    @Test
    void largestRemainderSumsExactlyAndNeverGivesAPartMoreThanItsWeight() {
        int[] free = {7, 0, 3, 1, 12, 5};
        for (int total = 0; total <= 28; total++) {
            int[] parts = LargestRemainder.split(total, free);
            assertEquals(total, Arrays.stream(parts).sum());
            for (int i = 0; i < free.length; i++) {
                assertTrue(parts[i] <= free[i], "part " + i + " of " + total);
            }
        }
        assertArrayEquals(new int[] {1, 1, 1}, LargestRemainder.split(3, new int[] {1, 1, 1}));
        assertArrayEquals(new int[] {1, 0}, LargestRemainder.split(1, new int[] {1, 1}), "ties go to the lower index");
    }

    @Test
    void largestRemainderGivesTheLeftoverUnitsToTheLargestRemaindersAndOnTiesToTheLowerIndex() {
        RandomGenerator rng = new RandomStreams(7).stream("test");
        for (int trial = 0; trial < 500; trial++) {
            int n = 1 + rng.nextInt(400);
            int[] weights = new int[n];
            for (int i = 0; i < n; i++) {
                // Few distinct values, so remainders tie often.
                weights[i] = rng.nextInt(4) == 0 ? 0 : 1 + rng.nextInt(trial % 2 == 0 ? 5 : 3_000);
            }
            long sum = Arrays.stream(weights).asLongStream().sum();
            long total = rng.nextInt((int) Math.min(Integer.MAX_VALUE, sum + 1));
            int[] parts = LargestRemainder.split(total, weights);
            assertEquals(total, Arrays.stream(parts).asLongStream().sum(), "trial " + trial);
            if (sum == 0) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                long floor = total * weights[i] / sum;
                assertTrue(parts[i] == floor || parts[i] == floor + 1, "trial " + trial + " part " + i);
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    boolean iUp = parts[i] > total * weights[i] / sum;
                    boolean jUp = parts[j] > total * weights[j] / sum;
                    if (iUp && !jUp) {
                        long ri = total * weights[i] % sum;
                        long rj = total * weights[j] % sum;
                        assertTrue(ri > rj || (ri == rj && i < j), "trial " + trial + ": " + i + " before " + j);
                    }
                }
            }
        }
    }

    @Test
    void binomialDrawsHaveTheRightMeanAndVarianceOnBothSidesOfTheNormalSwitch() {
        RandomGenerator rng = new RandomStreams(1).stream("test");
        for (int n : new int[] {20, 5_000}) {
            double p = 0.3;
            double sum = 0;
            double sumSq = 0;
            int draws = 20_000;
            for (int i = 0; i < draws; i++) {
                int k = Binomial.sample(rng, n, p);
                assertTrue(k >= 0 && k <= n);
                sum += k;
                sumSq += (double) k * k;
            }
            double mean = sum / draws;
            double var = sumSq / draws - mean * mean;
            assertEquals(n * p, mean, 0.02 * n * p, "mean for n=" + n);
            assertEquals(n * p * (1 - p), var, 0.08 * n * p * (1 - p), "variance for n=" + n);
        }
    }

    @Test
    void expectedFlowsCarryTheFractionSoSmallStocksStillMove() {
        Flow f = new Flow.Expected();
        int moved = 0;
        for (int month = 0; month < 4; month++) {
            moved += f.take(1, 0.25);
        }
        assertEquals(1, moved, "one person at 25 % a month moves once in four months");
    }

    @Test
    void namedStreamsAreReproducibleAndIndependent() {
        RandomStreams a = new RandomStreams(42);
        RandomStreams b = new RandomStreams(42);
        assertEquals(a.stream("decision.X").nextLong(), b.stream("decision.X").nextLong());
        assertTrue(a.stream("decision.X").nextLong() != a.stream("decision.Y").nextLong());
    }
}
