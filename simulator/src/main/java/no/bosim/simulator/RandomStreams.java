package no.bosim.simulator;

import java.nio.charset.StandardCharsets;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * One named random stream per stochastic source, derived from the run's seed and the source's
 * name. Two scenarios run with the same seed draw the same numbers for the same source (common
 * random numbers), so their difference is the policy's, not the dice's.
 */
final class RandomStreams {

    private static final RandomGeneratorFactory<RandomGenerator> FACTORY = RandomGeneratorFactory.of("L64X128MixRandom");

    private final long seed;

    RandomStreams(long seed) {
        this.seed = seed;
    }

    RandomGenerator stream(String name) {
        long h = 0xcbf29ce484222325L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ b) * 0x100000001b3L;
        }
        return FACTORY.create(mix(seed ^ mix(h)));
    }

    /** SplitMix64's finaliser: spreads nearby seeds and names far apart. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
