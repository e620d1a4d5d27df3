package no.bosim.scenario;

/** How a run turns rates into whole people. */
public enum Mode {
    /** Binomial draws from named random streams: a realistic single path. */
    STOCHASTIC,
    /** Expected values with the fractions carried from month to month: no sampling, for briefings. */
    DETERMINISTIC
}
