package no.bosim.simulator;

/**
 * Everyone in the system who is not yet settled or gone, by segment and stage: waiting for a
 * decision (by whole months since the application), refused and waiting to leave, and
 * settlement-ready (by whole months since the decision). The queues own their arithmetic: people
 * only move between cells through these methods, no cell goes below zero, and months waited
 * advance together at each month's end.
 */
final class Queues {

    /** Months waited are counted up to here; the last cell holds everyone who waited this long or longer. */
    static final int MAX_WAIT = 120;

    private final int[][] awaiting;
    private final int[] refused;
    private final int[][] ready;

    Queues(int segments) {
        awaiting = new int[segments][MAX_WAIT + 1];
        refused = new int[segments];
        ready = new int[segments][MAX_WAIT + 1];
    }

    int segments() {
        return refused.length;
    }

    // ---- entering ------------------------------------------------------------------------------

    void addAwaiting(int segment, int monthsWaited, int n) {
        awaiting[segment][Math.min(monthsWaited, MAX_WAIT)] += nonNegative(n);
    }

    void addRefused(int segment, int n) {
        refused[segment] += nonNegative(n);
    }

    void addReady(int segment, int monthsWaited, int n) {
        ready[segment][Math.min(monthsWaited, MAX_WAIT)] += nonNegative(n);
    }

    // ---- reading -------------------------------------------------------------------------------

    int awaitingAt(int segment, int monthsWaited) {
        return awaiting[segment][monthsWaited];
    }

    int readyAt(int segment, int monthsWaited) {
        return ready[segment][monthsWaited];
    }

    int refused(int segment) {
        return refused[segment];
    }

    int awaiting(int segment) {
        return sum(awaiting[segment], 0);
    }

    /** Waiting for a decision at least {@code fromMonths} whole months. */
    int awaitingFrom(int segment, int fromMonths) {
        return sum(awaiting[segment], fromMonths);
    }

    int ready(int segment) {
        return sum(ready[segment], 0);
    }

    int readyFrom(int segment, int fromMonths) {
        return sum(ready[segment], fromMonths);
    }

    /** Everyone in the segment, at every stage. */
    int people(int segment) {
        return awaiting(segment) + refused[segment] + ready(segment);
    }

    // ---- leaving -------------------------------------------------------------------------------

    /**
     * Takes {@code n} people waiting for a decision at least {@code fromMonths} months, longest waiting
     * first (the queue is first come, first served); returns the sum of their months waited.
     */
    long takeAwaitingOldestFirst(int segment, int fromMonths, int n) {
        return takeOldestFirst(awaiting[segment], fromMonths, n);
    }

    /** As {@link #takeAwaitingOldestFirst}, for the settlement-ready. */
    long takeReadyOldestFirst(int segment, int fromMonths, int n) {
        return takeOldestFirst(ready[segment], fromMonths, n);
    }

    int takeReadyAt(int segment, int monthsWaited, int n) {
        int t = Math.min(n, ready[segment][monthsWaited]);
        ready[segment][monthsWaited] -= t;
        return t;
    }

    /**
     * Adds (positive) or removes (negative) people in one cell of a stage, as the adjustment to observed
     * stocks does; removing more than the cell holds is a fault of the caller.
     */
    void adjust(boolean readyStage, int segment, int monthsWaited, int delta) {
        int[] cells = (readyStage ? ready : awaiting)[segment];
        if (cells[monthsWaited] + delta < 0) {
            throw new IllegalStateException("removed " + -delta + " from a cell holding " + cells[monthsWaited]);
        }
        cells[monthsWaited] += delta;
    }

    void takeRefused(int segment, int n) {
        if (n > refused[segment]) {
            throw new IllegalStateException("took " + n + " refused from a segment holding " + refused[segment]);
        }
        refused[segment] -= n;
    }

    /**
     * Moves people from one segment to another at the same stage and months waited, cell by cell:
     * {@code share} decides how many of each cell move (minors turning a year older).
     *
     * @return how many moved
     */
    int move(int from, int to, Flow share, double p) {
        int moved = 0;
        for (int w = 0; w <= MAX_WAIT; w++) {
            moved += moveCell(awaiting, from, to, w, share, p);
            moved += moveCell(ready, from, to, w, share, p);
        }
        int r = share.take(refused[from], p);
        refused[from] -= r;
        refused[to] += r;
        return moved + r;
    }

    private static int moveCell(int[][] cells, int from, int to, int w, Flow share, double p) {
        int n = cells[from][w];
        if (n == 0) {
            return 0;
        }
        int k = share.take(n, p);
        cells[from][w] -= k;
        cells[to][w] += k;
        return k;
    }

    /** The month ends: everyone still waiting has waited one month more. */
    void advanceMonth() {
        for (int s = 0; s < refused.length; s++) {
            advance(awaiting[s]);
            advance(ready[s]);
        }
    }

    private static void advance(int[] cells) {
        cells[MAX_WAIT] += cells[MAX_WAIT - 1];
        System.arraycopy(cells, 0, cells, 1, MAX_WAIT - 1);
        cells[0] = 0;
    }

    private static long takeOldestFirst(int[] cells, int fromMonths, int n) {
        long monthsSum = 0;
        int left = n;
        for (int w = MAX_WAIT; w >= fromMonths && left > 0; w--) {
            int t = Math.min(cells[w], left);
            cells[w] -= t;
            left -= t;
            monthsSum += (long) t * w;
        }
        if (left > 0) {
            throw new IllegalStateException("took " + n + " people from a queue holding " + (n - left) + " from month " + fromMonths);
        }
        return monthsSum;
    }

    private static int sum(int[] cells, int from) {
        int s = 0;
        for (int w = from; w < cells.length; w++) {
            s += cells[w];
        }
        return s;
    }

    private static int nonNegative(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("a negative number of people (" + n + ") cannot enter a queue");
        }
        return n;
    }
}
