package no.bosim.simulator;

import no.bosim.scenario.Stream;

/**
 * The kinds of people whose waiting differs: by arrival stream, and by household, since the
 * waiting-time goal is 3 months for minors and families with children and 6 for other adults.
 */
public enum Group {
    ASYLUM_SINGLE(Stream.ASYLUM, false),
    ASYLUM_FAMILY(Stream.ASYLUM, true),
    EM_UNDER_15(Stream.EM, true),
    EM_15_17(Stream.EM, true),
    UKRAINE_SINGLE(Stream.UKRAINE, false),
    UKRAINE_FAMILY(Stream.UKRAINE, true),
    QUOTA_SINGLE(Stream.QUOTA, false),
    QUOTA_FAMILY(Stream.QUOTA, true);

    private final Stream stream;
    private final boolean childGoal;

    Group(Stream stream, boolean childGoal) {
        this.stream = stream;
        this.childGoal = childGoal;
    }

    public Stream stream() {
        return stream;
    }

    /** Minors are settled only in kommuner that decided places for minors. */
    public boolean minor() {
        return stream == Stream.EM;
    }

    /** True where the 3-month goal applies (minors, families with children); false for the 6-month goal. */
    public boolean childGoal() {
        return childGoal;
    }
}
