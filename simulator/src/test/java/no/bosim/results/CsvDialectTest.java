package no.bosim.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Text that Norwegian Excel would read as a formula is neutralised in the Excel dialect (the OWASP
 * rule: a leading single quote), whatever a user's kommune file calls a kommune; numbers, plain CSV
 * and ordinary names are written as they are.
 */
class CsvDialectTest {

    @ParameterizedTest(name = "a name starting {0} is not a live formula in the Excel dialect")
    @ValueSource(strings = {"=HYPERLINK(\"http://example.invalid\";\"Oslo\")", "+SUM(1;2)", "-2+3+cmd|' /C calc'!A0", "@SUM(A1)",
            "\tOslo", "\rOslo"})
    void formulaLikeTextGetsALeadingQuoteInExcel(String name) {
        assertEquals("'" + name, CsvDialect.EXCEL_NO.format(name));
        assertEquals(name, CsvDialect.STANDARD.format(name), "plain CSV for scripts keeps the text as it is");
    }

    @Test
    void numbersAndOrdinaryNamesAreWrittenAsTheyAre() {
        assertEquals("-2640", CsvDialect.EXCEL_NO.format(-2640), "a closing's places stay a number");
        assertEquals("-0,500000", CsvDialect.EXCEL_NO.format(-0.5));
        assertEquals("Oslo", CsvDialect.EXCEL_NO.format("Oslo"));
        assertEquals("Nes (Ak.)", CsvDialect.EXCEL_NO.format("Nes (Ak.)"));
    }
}
