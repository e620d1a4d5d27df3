package no.bosim.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** The workbook as Excel reads it: codes and clauses stay text, months are dates, numbers are numbers, from either CSV dialect. */
class WorkbookTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void kommunenummerAndClausesStayTextMonthsAreDatesAndNumbersAreNumbers(boolean excel) throws IOException {
        Path run = SmallRun.write(tmp.resolve(excel ? "excel" : "plain"), excel);
        List<String> sheets = Workbook.write(run, run);
        assertTrue(sheets.containsAll(List.of("timeseries", "municipalities", "alerts", "costs")), sheets.toString());
        try (ReadableWorkbook wb = new ReadableWorkbook(run.resolve(Workbook.FILE).toFile(), new ReadingOptions(true, false))) {
            Sheet municipalities = wb.getSheets().filter(s -> s.getName().equals("municipalities")).findFirst().orElseThrow();
            List<Row> rows = municipalities.read();
            assertEquals("kommunenummer", rows.get(0).getCell(1).getText());
            assertEquals(CellType.STRING, rows.get(1).getCell(1).getType(), "0301 is text, so Excel keeps its leading zero");
            assertEquals("0301", rows.get(1).getCell(1).asString());
            assertEquals(CellType.NUMBER, rows.get(1).getCell(4).getType(), "anmodet is a number");
            assertEquals(100, rows.get(1).getCell(4).asNumber().intValue());

            Sheet timeseries = wb.getSheets().filter(s -> s.getName().equals("timeseries")).findFirst().orElseThrow();
            Row first = timeseries.read().get(1);
            assertEquals(CellType.NUMBER, first.getCell(0).getType(), "a month is a date serial, not the text 2025-01");
            assertEquals("yyyy-mm", first.getCell(0).getDataFormatString());
            assertEquals(java.time.LocalDate.of(2025, 1, 1), first.getCell(0).asDate().toLocalDate());
            assertEquals("0.0%", first.getCell(7).getDataFormatString(), "occupancy shown as a percentage");
            assertEquals(0.8, first.getCell(7).asNumber().doubleValue(), 1e-9, "read right from the decimal comma too");

            Sheet alerts = wb.getSheets().filter(s -> s.getName().equals("alerts")).findFirst().orElseThrow();
            assertEquals("1.1, 2.1, 6.3", alerts.read().get(1).getCell(3).asString(), "a clause is text, never a date");
        }
    }
}
