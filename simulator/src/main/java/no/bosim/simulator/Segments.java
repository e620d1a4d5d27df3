package no.bosim.simulator;

import java.util.List;

/** The fixed list of segments: each group in the housing it can have. The order is part of the output's determinism. */
final class Segments {

    private final List<Segment> all = List.of(
            new Segment(Group.ASYLUM_SINGLE, Housing.MOTTAK),
            new Segment(Group.ASYLUM_FAMILY, Housing.MOTTAK),
            new Segment(Group.EM_UNDER_15, Housing.CARE_CENTRE),
            new Segment(Group.EM_15_17, Housing.MOTTAK),
            new Segment(Group.UKRAINE_SINGLE, Housing.MOTTAK),
            new Segment(Group.UKRAINE_SINGLE, Housing.PRIVATE),
            new Segment(Group.UKRAINE_FAMILY, Housing.MOTTAK),
            new Segment(Group.UKRAINE_FAMILY, Housing.PRIVATE),
            new Segment(Group.QUOTA_SINGLE, Housing.MOTTAK),
            new Segment(Group.QUOTA_FAMILY, Housing.MOTTAK));

    int size() {
        return all.size();
    }

    Segment get(int i) {
        return all.get(i);
    }

    int indexOf(Group group, Housing housing) {
        int i = all.indexOf(new Segment(group, housing));
        if (i < 0) {
            throw new IllegalArgumentException("no segment " + group + "@" + housing);
        }
        return i;
    }
}
