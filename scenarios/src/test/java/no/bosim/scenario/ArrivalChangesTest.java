package no.bosim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** arrivals_scale and arrivals_surge: what an analyst (or the what-if page) writes instead of a CSV of its own. */
class ArrivalChangesTest {

    @TempDir
    Path dir;

    private Scenario overlay(String fields) throws IOException {
        Path file = dir.resolve("what-if.yaml");
        Files.writeString(file, "name: what-if\ndescription: a change of the arrivals\nbaseline: default\n" + fields);
        return ScenarioLoader.load(file);
    }

    private static int total(Scenario s, YearMonth from, int months) {
        int n = 0;
        for (int k = 0; k < months; k++) {
            for (Stream stream : Stream.values()) {
                n += s.arrivals().at(from.plusMonths(k), stream);
            }
        }
        return n;
    }

    @Test
    void aSurgeAddsItsSizeInItsShapesMonthsAndThenThePathResumes() throws IOException {
        Scenario base = ScenarioLoader.loadDefault();
        YearMonth from = YearMonth.of(2027, 3);
        Scenario surged = overlay("arrivals_surge: {size: 20000, from: 2027-03, shape: \"2015\"}\n");
        assertEquals(total(base, from, 12) + 20_000, total(surged, from, 12), "the surge adds exactly its size over 2015's twelve months");
        assertEquals(total(base, from.plusMonths(12), 24), total(surged, from.plusMonths(12), 24), "after the surge the path resumes");
        assertEquals(total(base, base.start(), 98), total(surged, base.start(), 98), "months before the surge are untouched");
        // 2015's peak month is October, its tenth: from March 2027 that is December 2027.
        YearMonth peak = from.plusMonths(9);
        int october = surged.arrivals().at(peak, Stream.ASYLUM) - base.arrivals().at(peak, Stream.ASYLUM);
        int march = surged.arrivals().at(from, Stream.ASYLUM) - base.arrivals().at(from, Stream.ASYLUM);
        assertTrue(october > 5 * march, "2015's shape: " + march + " in the first month, " + october + " in the peak");
        assertTrue(surged.arrivals().at(from, Stream.EM) > base.arrivals().at(from, Stream.EM), "2015's minors come with it");
    }

    @Test
    void a2022ShapedSurgeIsUkrainians() throws IOException {
        Scenario base = ScenarioLoader.loadDefault();
        YearMonth from = YearMonth.of(2027, 2);
        Scenario surged = overlay("arrivals_surge: {size: 30000, from: 2027-02, shape: \"2022\"}\n");
        int ukraine = 0;
        for (int k = 0; k < 11; k++) {
            ukraine += surged.arrivals().at(from.plusMonths(k), Stream.UKRAINE) - base.arrivals().at(from.plusMonths(k), Stream.UKRAINE);
        }
        assertEquals(30_000, ukraine);
        assertEquals(base.arrivals().at(from, Stream.ASYLUM), surged.arrivals().at(from, Stream.ASYLUM));
    }

    @Test
    void aScaleMultipliesEveryStreamFromItsMonth() throws IOException {
        Scenario base = ScenarioLoader.loadDefault();
        Scenario scaled = overlay("arrivals_scale: {factor: 2, from: 2027-01}\n");
        YearMonth m = YearMonth.of(2028, 5);
        for (Stream s : Stream.values()) {
            assertEquals(2 * base.arrivals().at(m, s), scaled.arrivals().at(m, s), s.column());
        }
        assertEquals(base.arrivals().at(YearMonth.of(2026, 12), Stream.UKRAINE), scaled.arrivals().at(YearMonth.of(2026, 12), Stream.UKRAINE));
    }

    private Problem refused(String fields) {
        InputException e = assertThrows(InputException.class, () -> overlay(fields));
        assertEquals(1, e.problems().size(), () -> e.problems().toString());
        return e.problems().get(0);
    }

    @Test
    void changesOutsideTheRunOrTheirRangeAreRefusedByField() {
        assertEquals("arrivals_surge.shape", refused("arrivals_surge: {size: 100, from: 2027-03, shape: \"2016\"}\n").field());
        assertEquals("arrivals_surge.from", refused("arrivals_surge: {size: 100, from: 2040-03, shape: \"2015\"}\n").field());
        assertEquals("arrivals_scale.factor", refused("arrivals_scale: {factor: 11, from: 2027-01}\n").field());
        assertEquals("arrivals_scale.factor", refused("arrivals_scale: {factor: -1, from: 2027-01}\n").field());
        Problem huge = refused("arrivals_surge: {size: 900000, from: 2027-03, shape: \"2015\"}\n");
        assertEquals("arrivals_surge", huge.field());
        assertTrue(huge.message().contains("ankomster_maks_mnd"), huge.message());
        assertEquals(4, huge.line());
    }
}
