package no.bosim.rules.drools;

/**
 * A kommune's willingness to settle, as the decision rules use it: a latent share of the request
 * {@code m + s·z} with z standard normal, cut to 0..1, so that many kommuner decide their whole
 * request (the cut at 1) and the rest part of it (IMDi 2024: 147 of the 352 that decided decided all they were asked).
 * z persists from year to year: this year's z is {@code ρ·z_last + √(1−ρ²)·ε}. Deterministic runs
 * take the expected share over ε instead of a draw. A decision IMDi published gives z back.
 */
public final class Vilje {

    private Vilje() {
    }

    /** The mean of this year's z given last year's (0 when unknown). */
    public static double mean(double last, double rho) {
        return Double.isNaN(last) ? 0.0 : rho * last;
    }

    /** The spread of this year's z around its mean (1 when last year's is unknown). */
    public static double spread(double last, double rho) {
        return Double.isNaN(last) ? 1.0 : Math.sqrt(Math.max(0.0, 1.0 - rho * rho));
    }

    /** The share decided: drawn at z, or in deterministic runs the expectation over z ~ N(mean, spread²). */
    public static double share(double m, double s, double mean, double spread, double draw, boolean deterministic) {
        if (deterministic) {
            return expectedClipped(m + s * mean, s * spread);
        }
        return clip(m + s * (mean + spread * draw));
    }

    /**
     * The z a decision leaves for next year: the draw; in deterministic runs its expectation where
     * something was known of the kommune (a published decision, carried), else still unknown (NaN), so
     * next year's expected share again averages over the whole spread of kommuner, as the mean of
     * stochastic runs does, instead of over a spread narrowed by a draw that was never made.
     */
    public static double after(double last, double mean, double spread, double draw, boolean deterministic) {
        if (deterministic) {
            return Double.isNaN(last) ? Double.NaN : mean;
        }
        return mean + spread * draw;
    }

    /**
     * The z that a published decision share implies: (share − m)/s inside 0..1, and at the cuts the
     * mean of z beyond them (a kommune that decided all it was asked was at least that willing).
     */
    public static double inverse(double share, double m, double s) {
        if (share >= 1.0) {
            double c = (1.0 - m) / s;
            return normalPdf(c) / Math.max(1e-12, 1.0 - normalCdf(c));
        }
        if (share <= 0.0) {
            double c = -m / s;
            return -normalPdf(c) / Math.max(1e-12, normalCdf(c));
        }
        return (share - m) / s;
    }

    static double clip(double x) {
        return Math.max(0.0, Math.min(1.0, x));
    }

    /** E[min(max(X, 0), 1)] for X ~ N(mu, tau²). */
    static double expectedClipped(double mu, double tau) {
        if (tau <= 0) {
            return clip(mu);
        }
        return expectedMin(mu, tau, 1.0) - expectedMin(mu, tau, 0.0);
    }

    /** E[min(X, c)] for X ~ N(mu, tau²). */
    private static double expectedMin(double mu, double tau, double c) {
        double d = (c - mu) / tau;
        return mu - tau * (normalPdf(d) - d * (1.0 - normalCdf(d)));
    }

    static double normalPdf(double z) {
        return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
    }

    /** The standard normal distribution function. */
    static double normalCdf(double z) {
        return 0.5 * erfc(-z / Math.sqrt(2));
    }

    private static double erfc(double x) {
        // Numerical Recipes' erfc via a Chebyshev fit, fractional error under 1.2e-7 everywhere.
        double z = Math.abs(x);
        double t = 1.0 / (1.0 + 0.5 * z);
        double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2.0 - r;
    }
}
