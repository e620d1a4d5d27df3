package no.bosim.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * The kommuner of the 2024 structure (SSB's classification 131, 357 kommuner), by kommunenummer,
 * read from the shipped kommune file. A kommune file of a user's own may hold fewer kommuner, but
 * only real ones: a code that is not a kommune (Excel's "301" for Oslo's 0301, a typo) is refused
 * instead of silently becoming a kommune that does not exist while the real one drops out.
 */
final class KommuneStructure {

    private static Map<String, String> codes;

    private KommuneStructure() {
    }

    /** Kommunenummer to name, 2024 structure. */
    static synchronized Map<String, String> codes2024() {
        if (codes == null) {
            Map<String, String> out = new TreeMap<>();
            try (InputStream in = KommuneStructure.class.getResourceAsStream(ScenarioLoader.SHIPPED + "data/kommuner.csv")) {
                if (in == null) {
                    throw new IllegalStateException("the shipped kommune file is missing from the build");
                }
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String[] cells = line.split(",", 3);
                    if (cells.length >= 2 && cells[0].matches("\\d{4}")) {
                        out.put(cells[0], cells[1]);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            codes = Map.copyOf(out);
        }
        return codes;
    }
}
