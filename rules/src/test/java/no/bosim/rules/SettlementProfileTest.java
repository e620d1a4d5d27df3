package no.bosim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The settlement profile the simulator opens places along and the warnings project the year along. */
class SettlementProfileTest {

    @Test
    void theProfileOpensEveryPlaceByDecemberAndTheAutumnWeighsMore() {
        // The shipped profile: months from August weigh 1.86 times an earlier month.
        double all = 7 + 5 * 1.86;
        assertEquals(1.0 / all, SettlementProfile.shareDoneBy(1, 1.86, 8), 1e-12);
        assertEquals(7.0 / all, SettlementProfile.shareDoneBy(7, 1.86, 8), 1e-12);
        assertEquals((7 + 1.86) / all, SettlementProfile.shareDoneBy(8, 1.86, 8), 1e-12);
        assertEquals(1.0, SettlementProfile.shareDoneBy(12, 1.86, 8), 1e-12);
        assertEquals(1.0 / all, SettlementProfile.shareOfRest(1, 1.86, 8), 1e-12);
        assertEquals(1.86 / (5 * 1.86), SettlementProfile.shareOfRest(8, 1.86, 8), 1e-12);
        assertEquals(1.0, SettlementProfile.shareOfRest(12, 1.86, 8), 1e-12);
    }

    @Test
    void openingTheRestMonthByMonthFollowsTheShareDone() {
        // Opening each month's share of what is left gives, by any month's end, the profile's share done.
        double left = 1.0;
        for (int m = 1; m <= 12; m++) {
            left -= left * SettlementProfile.shareOfRest(m, 1.86, 8);
            assertEquals(1.0 - SettlementProfile.shareDoneBy(m, 1.86, 8), left, 1e-12, "month " + m);
        }
    }
}
