package no.bosim.rules;

/**
 * The settlement profile: how the year's settlement spreads over its months. Months from
 * {@code bosetting_hoesttakt_fra_mnd} weigh {@code bosetting_hoesttakt} times an earlier month, as
 * kommuner settle more in the autumn. The simulator opens places along it and the warning rules
 * project the year's end along it; both read it here, so the two cannot drift apart.
 */
public final class SettlementProfile {

    private SettlementProfile() {
    }

    /** The weight of month {@code month} (1-12). */
    public static double weight(int month, double autumn, double autumnFrom) {
        return month >= autumnFrom ? autumn : 1.0;
    }

    /** The share of the places left that month {@code month} opens: its weight over the weights of the months left, itself included. */
    public static double shareOfRest(int month, double autumn, double autumnFrom) {
        double left = 0;
        for (int m = month; m <= 12; m++) {
            left += weight(m, autumn, autumnFrom);
        }
        return weight(month, autumn, autumnFrom) / left;
    }

    /** The share of the year's settlement done by the end of month {@code month} when the year follows the profile. */
    public static double shareDoneBy(int month, double autumn, double autumnFrom) {
        double done = 0;
        double all = 0;
        for (int k = 1; k <= 12; k++) {
            double w = weight(k, autumn, autumnFrom);
            all += w;
            if (k <= month) {
                done += w;
            }
        }
        return done / all;
    }
}
