package no.bosim.simulator;

import java.util.List;
import java.util.stream.IntStream;
import no.bosim.scenario.Stream;

/** The fixed list of segments: each group in the housing it can have. The order is part of the output's determinism. */
final class Segments {

    private final List<Segment> all = List.of(
            new Segment(Group.ASYLUM_SINGLE, Housing.MOTTAK),
            new Segment(Group.ASYLUM_FAMILY, Housing.MOTTAK),
            new Segment(Group.EM_UNDER_15, Housing.CARE_CENTRE),
            new Segment(Group.EM_15, Housing.MOTTAK),
            new Segment(Group.EM_16, Housing.MOTTAK),
            new Segment(Group.EM_17, Housing.MOTTAK),
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

    /** Where a minor of segment {@code i} lives after the next birthday: care centre to mottak at 15, else the same housing. */
    int olderOf(int i) {
        Group next = get(i).group().olderBand();
        return indexOf(next, next == Group.EM_15 ? Housing.MOTTAK : get(i).housing());
    }

    /** The segments, in their fixed order, that match. */
    int[] where(java.util.function.IntPredicate test) {
        return IntStream.range(0, size()).filter(test).toArray();
    }

    int[] ofStream(Stream stream) {
        return where(i -> get(i).group().stream() == stream);
    }
}
