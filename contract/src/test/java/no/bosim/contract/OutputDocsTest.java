package no.bosim.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docs/output.md, the page a user reads instead of the code, names every file of the contract (or
 * docs/analysis.md, for the ensemble's and the comparison's) and every column of a run's files under
 * its file's heading: a column appended to the contract without a line there fails here.
 */
class OutputDocsTest {

    private static final Path DOC = Path.of("..", "docs", "output.md");

    private static final Map<String, Class<? extends Enum<?>>> RUN_FILES = Map.of(
            OutputFiles.TIMESERIES, Columns.Timeseries.class,
            OutputFiles.MUNICIPALITIES, Columns.Municipalities.class,
            OutputFiles.ALERTS, Columns.Alerts.class,
            OutputFiles.COSTS, Columns.Costs.class,
            OutputFiles.CAPACITY_ORDERS, Columns.CapacityOrders.class);

    @Test
    void everyColumnIsDescribedUnderItsFilesHeading() throws IOException {
        String doc = Files.readString(DOC);
        List<String> missing = new ArrayList<>();
        RUN_FILES.forEach((file, columns) -> {
            String section = section(doc, file);
            for (String column : Columns.header(columns)) {
                if (!section.contains("`" + column + "`")) {
                    missing.add(file + ": " + column);
                }
            }
        });
        assertEquals(List.of(), missing, "columns of the contract that docs/output.md does not describe");
    }

    @Test
    void everyFileIsNamedInTheDocs() throws IOException, IllegalAccessException {
        // The ensemble's and the comparison's files are described with their commands, in docs/analysis.md.
        String doc = Files.readString(DOC) + Files.readString(DOC.resolveSibling("analysis.md"));
        List<String> missing = new ArrayList<>();
        for (Field f : OutputFiles.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                String name = (String) f.get(null);
                if (!doc.contains(name)) {
                    missing.add(name);
                }
            }
        }
        assertEquals(List.of(), missing, "files of the contract that docs/output.md does not name");
    }

    @Test
    void aColumnsNameIsItsConstantInSmallLetters() {
        assertEquals("ready_0_3m", Columns.Timeseries.READY_0_3M.column());
        assertEquals(List.of("ordered", "effective", "places", "kind", "rule_id"), Columns.header(Columns.CapacityOrders.class));
        assertTrue(Columns.header(Columns.Timeseries.class).indexOf("justering_mot_observert")
                > Columns.header(Columns.Timeseries.class).indexOf("inputs"), "columns are appended, never reordered");
    }

    /** The text from the heading that names {@code file} to the next heading of the same level. */
    private static String section(String doc, String file) {
        int at = doc.indexOf("\n## " + file);
        assertTrue(at >= 0, "docs/output.md has no heading for " + file);
        int end = doc.indexOf("\n## ", at + 1);
        return doc.substring(at, end < 0 ? doc.length() : end);
    }
}
