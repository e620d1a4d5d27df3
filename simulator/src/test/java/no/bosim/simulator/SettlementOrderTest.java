package no.bosim.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Whether resettlement refugees go before everyone else when places are fewer than people is a
 * dated parameter ({@code bosetting_overforing_forst}, read by Settlement each month), not Java.
 * Ten places, ten resettlement refugees just arrived and ten adults who have waited five months.
 */
class SettlementOrderTest {

    private final Segments segments = new Segments();
    private final int quota = segments.indexOf(Group.QUOTA_SINGLE, Housing.MOTTAK);
    private final int adults = segments.indexOf(Group.ASYLUM_SINGLE, Housing.MOTTAK);

    private Settled take(boolean resettlementFirst) {
        Queues queues = new Queues(segments.size());
        queues.addReady(quota, 0, 10);
        queues.addReady(adults, 5, 10);
        return new SettlementOrder.LongestWaitingFirst().take(queues, new int[] {adults, quota}, new int[] {10, 10},
                new int[] {0, 0}, 10, segments, 6, resettlementFirst);
    }

    @Test
    void resettlementRefugeesFirstWhenTheScenarioSaysSo() {
        Settled s = take(true);
        assertEquals(10, s.total());
        assertEquals(0, s.monthsWaited(), "the ten resettlement refugees, who have waited no month");
    }

    @Test
    void otherwiseTheLongestWaitingFirstWhoeverTheyAre() {
        Settled s = take(false);
        assertEquals(10, s.total());
        assertEquals(50, s.monthsWaited(), "the ten adults who have waited five months each");
    }
}
