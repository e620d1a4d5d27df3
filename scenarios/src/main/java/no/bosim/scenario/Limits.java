package no.bosim.scenario;

import java.util.Locale;

/**
 * The largest figures bosim accepts, so that no sum the simulator forms can overflow: a count in
 * any one cell (people in a month, a stock, places) is at most {@link #MAX_COUNT}, a month's
 * arrivals over all groups at most {@link #MAX_MONTHLY_ARRIVALS}, and with the horizon capped at
 * 1 200 months every running total stays far inside Java's int range (2 147 483 647). The
 * ceilings are far above anything Norway has seen (31 145 asylum seekers in all of 2015).
 */
public final class Limits {

    /** People or places in one cell of an input. */
    public static final long MAX_COUNT = 10_000_000L;
    /** All groups' arrivals in one month: 1 000 000 x 1 200 months + the initial stocks < 2^31. */
    public static final long MAX_MONTHLY_ARRIVALS = 1_000_000L;
    /** All initial stocks together. */
    public static final long MAX_INITIAL_TOTAL = 10_000_000L;

    private Limits() {
    }

    /** A limit as people read it: 10 000 000. */
    public static String shown(long value) {
        return String.format(Locale.ROOT, "%,d", value).replace(',', ' ');
    }
}
