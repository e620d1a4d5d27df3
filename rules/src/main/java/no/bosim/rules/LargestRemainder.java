package no.bosim.rules;

/**
 * Splits a whole number over weights so the parts are whole and sum exactly to it (Hamilton's
 * method); ties go to the lower index, so the split is deterministic. Used by the request
 * distribution and by the simulator's settlement.
 */
public final class LargestRemainder {

    private static final long INDEX_MASK = (1L << 21) - 1;

    private LargestRemainder() {
    }

    /**
     * Splits {@code total} in proportion to non-negative whole {@code weights}, in exact integer
     * arithmetic. With {@code total <= sum(weights)} no part exceeds its weight, which is what lets
     * settlement split a month's settled people over the places each kommune has left.
     */
    public static int[] split(long total, int[] weights) {
        if (weights.length > INDEX_MASK) {
            throw new IllegalArgumentException("at most " + INDEX_MASK + " parts");
        }
        int[] parts = new int[weights.length];
        long sum = 0;
        for (int w : weights) {
            sum += w;
        }
        if (total <= 0 || sum <= 0) {
            return parts;
        }
        if (sum >= 1L << 41) {
            throw new IllegalArgumentException("weights sum to " + sum + "; at most 2^41 fit the sort keys");
        }
        // Keys: remainder in the high bits, inverted index in the low 21 bits, so the smallest keys
        // are the largest remainders and, on ties, the lower index. Keys are unique, so which parts
        // get the leftover units is well defined; a selection finds them without sorting them all.
        // A zero weight has a zero part and a zero remainder; it never gets a leftover unit (fewer
        // units are left than there are positive remainders), so only positive weights get keys.
        long[] keys = new long[weights.length];
        int m = 0;
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] == 0) {
                continue;
            }
            long numerator = total * weights[i];
            long part = numerator / sum;
            parts[i] = (int) part;
            given += part;
            keys[m++] = -(((numerator - part * sum) << 21) | (INDEX_MASK - i));
        }
        // Each part loses less than one unit to flooring, so fewer than m units are left.
        int left = (int) (total - given);
        selectSmallest(keys, m, left);
        for (int j = 0; j < left; j++) {
            parts[(int) (INDEX_MASK - ((-keys[j]) & INDEX_MASK))]++;
        }
        return parts;
    }

    /** Moves the {@code k} smallest of the distinct {@code keys[0..m)} to the front, in no particular order (Hoare's selection). */
    private static void selectSmallest(long[] keys, int m, int k) {
        int lo = 0;
        int hi = m - 1;
        while (k > 0 && lo < hi) {
            long pivot = keys[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (keys[i] < pivot) {
                    i++;
                }
                while (keys[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    long t = keys[i];
                    keys[i] = keys[j];
                    keys[j] = t;
                    i++;
                    j--;
                }
            }
            // Now keys[lo..j] <= pivot <= keys[i..hi]; narrow to the side that holds the k-th smallest.
            if (k - 1 <= j) {
                hi = j;
            } else if (k - 1 >= i) {
                lo = i;
            } else {
                return;
            }
        }
    }

    /** Splits {@code total} in proportion to non-negative {@code weights}; all zero weights give all zeros. */
    public static int[] split(long total, double[] weights) {
        int[] parts = new int[weights.length];
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        if (total <= 0 || sum <= 0) {
            return parts;
        }
        // Keys as in the whole-number split: (1 - remainder) to 2^-40 in the high bits, the index in
        // the low 21, so the smallest keys are the largest remainders and, on ties, the lower index; a
        // selection finds the parts that get a leftover unit without sorting (this runs for every
        // county of every plan).
        long[] keys = new long[weights.length];
        int m = 0;
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            parts[i] = (int) Math.floor(exact);
            given += parts[i];
            if (weights[i] > 0) {
                long q = (long) Math.floor((1.0 - (exact - parts[i])) * (double) (1L << 40));
                keys[m++] = (q << 21) | i;
            }
        }
        int left = (int) (total - given);
        if (m == 0) {
            return parts;
        }
        selectSmallest(keys, m, Math.min(left, m));
        // Rounding can leave more units than positive weights only in degenerate cases; they go round again.
        for (int j = 0; j < left; j++) {
            parts[(int) (keys[j % m] & INDEX_MASK)]++;
        }
        return parts;
    }
}
