package no.bosim.simulator;

import no.bosim.scenario.Stream;

/** A month's arrivals by stream, as the arrivals phase drew them. */
record Arrivals(int asylum, int em, int ukraine, int quota) {

    /** From counts indexed by {@link Stream#ordinal()}. */
    static Arrivals of(int[] byStream) {
        return new Arrivals(byStream[Stream.ASYLUM.ordinal()], byStream[Stream.EM.ordinal()], byStream[Stream.UKRAINE.ordinal()],
                byStream[Stream.QUOTA.ordinal()]);
    }

    int total() {
        return asylum + em + ukraine + quota;
    }
}
