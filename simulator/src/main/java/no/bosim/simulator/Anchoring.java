package no.bosim.simulator;

import java.util.List;
import no.bosim.rules.LargestRemainder;
import no.bosim.scenario.Anchor;

/**
 * Brings the replayed state to observed stocks at the projection start (what forecasters call
 * nudging or data assimilation, docs/model.md). For each anchored stock the difference between the
 * observed and the replayed number is added to, or taken from, that stage's queues in proportion to
 * how the replay spread its people over segments and months waited; where the replay holds nobody
 * at that stage, added people go to single adult asylum seekers in mottak who have just entered it.
 * The difference is a flow like arrivals and settlement, returned so the run can record it
 * ({@code justering_mot_observert}): people are still conserved, counting it.
 */
public final class Anchoring {

    private Anchoring() {
    }

    /**
     * One stock brought to its observation.
     *
     * @param replayed the stock as the replay had it
     * @param observed the anchor's value; {@code observed - replayed} people were added (negative: removed)
     */
    public record Adjustment(Anchor anchor, java.time.YearMonth month, int replayed, int observed) {

        public int people() {
            return observed - replayed;
        }
    }

    /** Applies the anchors at the start of {@code month}, in the order of {@link Anchor#STOCKS}. */
    static List<Adjustment> apply(List<Anchor> anchors, java.time.YearMonth month, Queues queues, Segments segments) {
        List<Adjustment> out = new java.util.ArrayList<>();
        for (Anchor a : anchors) {
            boolean ready = a.stock().equals(Anchor.SETTLEMENT_READY);
            int delta = bring(queues, segments, ready, a.value());
            out.add(new Adjustment(a, month, a.value() - delta, a.value()));
        }
        return out;
    }

    private static int bring(Queues queues, Segments segments, boolean ready, int observed) {
        int cells = segments.size() * (Queues.MAX_WAIT + 1);
        int[] weights = new int[cells];
        long now = 0;
        for (int s = 0; s < segments.size(); s++) {
            for (int w = 0; w <= Queues.MAX_WAIT; w++) {
                int n = ready ? queues.readyAt(s, w) : queues.awaitingAt(s, w);
                weights[s * (Queues.MAX_WAIT + 1) + w] = n;
                now += n;
            }
        }
        int delta = (int) (observed - now);
        if (delta == 0) {
            return 0;
        }
        if (now == 0) {
            queues.adjust(ready, segments.indexOf(Group.ASYLUM_SINGLE, Housing.MOTTAK), 0, delta);
            return delta;
        }
        // |delta| <= now when removing (observed >= 0), so no cell gives more than it holds.
        int[] share = LargestRemainder.split(Math.abs((long) delta), weights);
        for (int c = 0; c < cells; c++) {
            if (share[c] != 0) {
                queues.adjust(ready, c / (Queues.MAX_WAIT + 1), c % (Queues.MAX_WAIT + 1), Integer.signum(delta) * share[c]);
            }
        }
        return delta;
    }
}
