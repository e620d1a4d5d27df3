package no.bosim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterDatingTest {

    private final Basis because = new Basis.Assumption("test");
    private final Parameter rate = new Parameter("rate", "a rate", "share", List.of(
            new DatedValue(YearMonth.of(2024, 1), 0.5, because, "t.yaml", 1),
            new DatedValue(YearMonth.of(2026, 7), 0.8, because, "t.yaml", 2)));

    @Test
    void theValueInForceIsTheOneWithTheLatestDateNotAfterTheMonth() {
        assertEquals(0.5, rate.valueAt(YearMonth.of(2024, 1)));
        assertEquals(0.5, rate.valueAt(YearMonth.of(2026, 6)), "the month before the new value still has the old one");
        assertEquals(0.8, rate.valueAt(YearMonth.of(2026, 7)), "a value is in force from its own month");
        assertEquals(0.8, rate.valueAt(YearMonth.of(2040, 1)), "the last value holds on");
    }

    @Test
    void beforeTheFirstDateNoValueIsInForce() {
        assertTrue(rate.inForce(YearMonth.of(2023, 12)).isEmpty());
    }

    @Test
    void anOverlayReplacesTheValueOfTheSameDateAndAddsTheOthers() {
        Parameters base = Parameters.of(java.util.Map.of("rate", rate));
        Parameter over = new Parameter("rate", "", "", List.of(
                new DatedValue(YearMonth.of(2026, 7), 0.9, because, "o.yaml", 1),
                new DatedValue(YearMonth.of(2028, 1), 0.1, because, "o.yaml", 2)));
        Parameters merged = base.overlaidWith(java.util.Map.of("rate", over));
        assertEquals(0.5, merged.valueAt("rate", YearMonth.of(2025, 1)));
        assertEquals(0.9, merged.valueAt("rate", YearMonth.of(2027, 1)));
        assertEquals(0.1, merged.valueAt("rate", YearMonth.of(2028, 1)));
        assertEquals("share", merged.get("rate").unit(), "an overlay without a unit keeps the base's");
    }
}
