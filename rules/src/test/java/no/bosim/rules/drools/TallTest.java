package no.bosim.rules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Whole numbers as the rules write them: the same text as DecimalFormat, in Norwegian and in English. */
class TallTest {

    @Test
    void wholeNumbersReadAsDecimalFormatWritesThem() {
        DecimalFormatSymbols nb = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nb-NO"));
        nb.setGroupingSeparator('\u00a0');
        nb.setMinusSign('\u2212');
        DecimalFormat norwegian = new DecimalFormat("#,##0", nb);
        DecimalFormat english = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
        long[] edges = {0, 1, -1, 9, 10, 99, 100, 999, 1000, -1000, 1001, 9999, 10000, 12345, 100000, 999999, 1000000, -1234567,
                Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE};
        for (long v : edges) {
            assertEquals(norwegian.format(v), Tall.n(v), "nb " + v);
            assertEquals(english.format(v), Tall.en(v), "en " + v);
        }
        SplittableRandom random = new SplittableRandom(20240101);
        for (int i = 0; i < 100_000; i++) {
            long v = random.nextLong() >> random.nextInt(63);
            assertEquals(norwegian.format(v), Tall.n(v), "nb " + v);
            assertEquals(english.format(v), Tall.en(v), "en " + v);
        }
        assertEquals("13\u00a0000", Tall.n(13000));
        assertEquals("\u22125", Tall.n(-5));
        assertEquals("7,900", Tall.en(7899.6));
    }
}
