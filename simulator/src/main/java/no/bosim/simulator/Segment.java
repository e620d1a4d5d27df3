package no.bosim.simulator;

/** A group in one kind of housing: the unit the simulator keeps its books in. */
record Segment(Group group, Housing housing) {

    /** Stable name, used to name the segment's random streams. */
    String key() {
        return group + "@" + housing;
    }
}
