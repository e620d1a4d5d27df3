package no.bosim.ensemble;

/**
 * Quantiles of sorted values by linear interpolation between order statistics (R's type 7, as in
 * Excel's PERCENTILE). NaN marks a run without a value (a month nobody was settled in, for a mean
 * waiting time); sorting puts NaNs last, and they are left out. All NaN gives NaN.
 */
public final class Quantiles {

    private Quantiles() {
    }

    public static double of(float[] sorted, double p) {
        int n = sorted.length;
        while (n > 0 && Float.isNaN(sorted[n - 1])) {
            n--;
        }
        if (n == 0) {
            return Double.NaN;
        }
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, n - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    public static double of(double[] sorted, double p) {
        int n = sorted.length;
        while (n > 0 && Double.isNaN(sorted[n - 1])) {
            n--;
        }
        if (n == 0) {
            return Double.NaN;
        }
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, n - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
