package no.bosim.simulator;

import no.bosim.scenario.Stream;

/**
 * The kinds of people whose waiting differs: by arrival stream, by household (the waiting-time
 * goal is 3 months for minors and families with children, 6 for other adults), and for
 * unaccompanied minors by age, since they grow up while they wait: under 15 in Bufetat's care
 * centres, 15, 16 and 17 in UDI's centres for minors, and at 18 adults.
 */
public enum Group {
    ASYLUM_SINGLE(Stream.ASYLUM, false),
    ASYLUM_FAMILY(Stream.ASYLUM, true),
    EM_UNDER_15(Stream.EM, true),
    EM_15(Stream.EM, true),
    EM_16(Stream.EM, true),
    EM_17(Stream.EM, true),
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

    /** The group a minor of this group joins on the next birthday: the next age band, or single adults at 18. */
    public Group olderBand() {
        return switch (this) {
            case EM_UNDER_15 -> EM_15;
            case EM_15 -> EM_16;
            case EM_16 -> EM_17;
            case EM_17 -> ASYLUM_SINGLE;
            default -> throw new IllegalStateException(this + " does not grow out of its group");
        };
    }
}
