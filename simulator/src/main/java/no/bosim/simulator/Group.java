package no.bosim.simulator;

import no.bosim.scenario.Stream;

/**
 * The kinds of people whose waiting differs: by arrival stream, by household (which waiting-time
 * goal each is held to is the rules' VENTETID-01/02), and for
 * unaccompanied minors by age, since they grow up while they wait: under 15 in Bufetat's care
 * centres, 15, 16 and 17 in UDI's centres for minors, and at 18 adults.
 */
public enum Group {
    ASYLUM_SINGLE(Stream.ASYLUM, false),
    ASYLUM_FAMILY(Stream.ASYLUM, true),
    EM_UNDER_15(Stream.EM, false),
    EM_15(Stream.EM, false),
    EM_16(Stream.EM, false),
    EM_17(Stream.EM, false),
    UKRAINE_SINGLE(Stream.UKRAINE, false),
    UKRAINE_FAMILY(Stream.UKRAINE, true),
    QUOTA_SINGLE(Stream.QUOTA, false),
    QUOTA_FAMILY(Stream.QUOTA, true);

    private final Stream stream;
    private final boolean withChildren;

    Group(Stream stream, boolean withChildren) {
        this.stream = stream;
        this.withChildren = withChildren;
    }

    public Stream stream() {
        return stream;
    }

    /** Minors are settled only in kommuner that decided places for minors. */
    public boolean minor() {
        return stream == Stream.EM;
    }

    /** Families with children (an unaccompanied minor is a minor, not a family). */
    public boolean withChildren() {
        return withChildren;
    }

    /** The group as the waiting-time rules see it. */
    no.bosim.rules.WaitingGroup waitingGroup() {
        return new no.bosim.rules.WaitingGroup(name(), minor(), withChildren);
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
