package no.bosim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/parameters.md, the page an analyst reads instead of the YAML, lists every parameter the
 * default scenario loads with exactly its dated values: a parameter added or changed without the
 * page (python3 docs/tools/parameters.py) fails here.
 */
class ParameterDocsTest {

    @Test
    void theParameterPageListsEveryParameterWithItsDatedValues() throws IOException {
        List<String> rows = Files.readAllLines(Path.of("../docs/parameters.md")).stream().filter(l -> l.startsWith("| `")).toList();
        Scenario s = ScenarioLoader.loadDefault();
        List<String> names = new ArrayList<>();
        for (Parameter p : s.parameters().all().values()) {
            names.add(p.name());
            String row = rows.stream().filter(r -> r.startsWith("| `" + p.name() + "` |")).findFirst()
                    .orElseThrow(() -> new AssertionError("docs/parameters.md has no row for " + p.name()));
            String[] cells = row.split(" \\| ");
            String[] values = cells[3].split("<br>");
            assertEquals(p.values().size(), values.length, p.name() + ": the dated values on the page");
            for (int i = 0; i < values.length; i++) {
                DatedValue v = p.values().get(i);
                String[] dateAndValue = values[i].split(": ");
                assertEquals(v.from().toString(), dateAndValue[0], p.name());
                assertEquals(v.value(), Double.parseDouble(dateAndValue[1]), 1e-9, p.name() + " from " + v.from());
            }
        }
        assertEquals(names.size(), rows.size(), "the page lists no parameter the files lack");
        assertTrue(names.size() > 100);
    }
}
