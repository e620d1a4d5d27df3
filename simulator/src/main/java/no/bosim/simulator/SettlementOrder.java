package no.bosim.simulator;

/**
 * Who of the matched settlement-ready people are settled when places are fewer than people:
 * the order IMDi takes them in. A named, replaceable part of the settlement phase.
 */
interface SettlementOrder {

    /** The order's name, for the documentation and the manifest. */
    String name();

    /**
     * Takes at most {@code limit} people from the queues, among at most {@code candidates[s]} of
     * each listed segment {@code s}, who have waited at least {@code minWait[s]} months; resettlement
     * refugees before everyone else when {@code resettlementFirst} (the dated parameter
     * {@code bosetting_overforing_forst}), else by their wait like the others.
     */
    Settled take(Queues queues, int[] segments, int[] candidates, int[] minWait, int limit, Segments all, int withinMonths,
                 boolean resettlementFirst);

    /**
     * Resettlement refugees first where the scenario says so (their kommune is found before they
     * travel), then the longest waiting, whoever they are: the agreement asks for faster settlement
     * of those who have waited long (4.6), and IMDi matches by waiting time.
     */
    final class LongestWaitingFirst implements SettlementOrder {

        @Override
        public String name() {
            return "resettlement refugees first (while bosetting_overforing_forst is 1), then the longest waiting";
        }

        @Override
        public Settled take(Queues q, int[] segments, int[] candidates, int[] minWait, int limit, Segments all, int withinMonths,
                            boolean resettlementFirst) {
            Settled.Builder out = new Settled.Builder(withinMonths);
            int left = limit;
            int[] cand = candidates.clone();
            for (int j = 0; j < segments.length && left > 0 && resettlementFirst; j++) {
                if (all.get(segments[j]).group().stream() != no.bosim.scenario.Stream.QUOTA) {
                    continue;
                }
                left -= takeFrom(q, segments[j], j, cand, minWait[j], left, out, all, Queues.MAX_WAIT);
            }
            for (int w = Queues.MAX_WAIT; w >= 0 && left > 0; w--) {
                for (int j = 0; j < segments.length && left > 0; j++) {
                    if (w < minWait[j] || cand[j] == 0) {
                        continue;
                    }
                    int s = segments[j];
                    int t = Math.min(Math.min(q.readyAt(s, w), cand[j]), left);
                    if (t > 0) {
                        q.takeReadyAt(s, w, t);
                        out.add(all.get(s).group(), w, t);
                        cand[j] -= t;
                        left -= t;
                    }
                }
            }
            return out.build();
        }

        private static int takeFrom(Queues q, int s, int j, int[] cand, int minWait, int limit, Settled.Builder out,
                                    Segments all, int fromWait) {
            int taken = 0;
            for (int w = fromWait; w >= minWait && taken < limit && cand[j] > 0; w--) {
                int t = Math.min(Math.min(q.readyAt(s, w), cand[j]), limit - taken);
                if (t > 0) {
                    q.takeReadyAt(s, w, t);
                    out.add(all.get(s).group(), w, t);
                    cand[j] -= t;
                    taken += t;
                }
            }
            return taken;
        }
    }
}
