package no.bosim.results;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** How numbers and fields are written: plain CSV for scripts, or what Norwegian Excel opens directly. */
public enum CsvDialect {
    /** Comma-separated, '.' decimals, no BOM: for R, pandas and scripts. */
    STANDARD(',', '.', false, "\n"),
    /** Semicolon-separated, decimal comma, UTF-8 BOM and CRLF: opens correctly in Norwegian Excel. */
    EXCEL_NO(';', ',', true, "\r\n");

    private final char delimiter;
    private final char decimal;
    private final boolean bom;
    private final String lineEnd;

    CsvDialect(char delimiter, char decimal, boolean bom, String lineEnd) {
        this.delimiter = delimiter;
        this.decimal = decimal;
        this.bom = bom;
        this.lineEnd = lineEnd;
    }

    public char delimiter() {
        return delimiter;
    }

    public boolean bom() {
        return bom;
    }

    public String lineEnd() {
        return lineEnd;
    }

    /**
     * Whole numbers as plain digits; fractions with six decimals in this dialect's decimal mark; NaN (no value) as an
     * empty cell. Text in the Excel dialect is made spreadsheet-safe: a cell starting with =, +, -, @, a tab or a
     * carriage return would be read by Excel as a formula (a kommune name from a user's file such as
     * {@code =HYPERLINK(...)}), so it gets a leading single quote, the OWASP rule; the text itself is kept as given.
     */
    public String format(Object value) {
        if (value instanceof Double d) {
            if (d.isNaN()) {
                return "";
            }
            String s = String.format(Locale.ROOT, "%.6f", d);
            return decimal == '.' ? s : s.replace('.', decimal);
        }
        if (value instanceof String text && this == EXCEL_NO && formulaLike(text)) {
            return "'" + text;
        }
        return String.valueOf(value);
    }

    private static boolean formulaLike(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    /** A CSV printer writing {@code file} in this dialect, the BOM already written where the dialect has one. */
    public CSVPrinter printer(Path file) throws IOException {
        BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        if (bom) {
            w.write('\ufeff');
        }
        return new CSVPrinter(w, CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setRecordSeparator(lineEnd).get());
    }
}
