package no.bosim.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * No two words on a chart sit on each other: every chart bosim draws for a run (the default and two
 * surges with many warnings, in both languages), an ensemble and a comparison is opened as SVG in headless Chromium, and the bounding box of
 * each piece of text is compared with every other's. A label that overprints another (as
 * "framskrevet" once overprinted the warning band's label) fails with both texts named.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChartLabelsBrowserTest {

    @TempDir
    static Path dir;

    private ChromeDriver browser;

    @BeforeAll
    void drawTheChartsAndOpenTheBrowser() {
        Browser.requirePresent();
        for (String[] run : List.of(new String[] {"default", "nb"}, new String[] {"surge-2015", "en"}, new String[] {"surge-2022", "nb"})) {
            Cli.Outcome o = Cli.bosim("run", "../scenarios/" + run[0] + ".yaml", "--out", dir.resolve(run[0]).toString(), "--no-report",
                    "--lang", run[1]);
            assertEquals(0, o.code(), o.err());
        }
        for (String[] args : List.of(
                new String[] {"ensemble", "../scenarios/surge-2015.yaml", "--runs", "8", "--no-report", "--out", dir.resolve("ensemble").toString()},
                new String[] {"compare", "../scenarios/default.yaml", "../scenarios/criteria-2026.yaml", "--runs", "2", "--no-report", "--lang",
                    "en", "--out", dir.resolve("compare").toString()})) {
            Cli.Outcome o = Cli.bosim(args);
            assertEquals(0, o.code(), o.err());
        }
        browser = Browser.open(dir.resolve("chromium-profile"), "1400,900");
    }

    @AfterAll
    void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Pairs of text boxes that overlap by more than a sliver, as "a / b". */
    private static final String OVERLAPS = """
            var svg = document.querySelector('svg');
            var boxes = Array.from(svg.querySelectorAll('text')).filter(function (t) { return t.textContent.trim().length > 0; })
              .map(function (t) { var r = t.getBoundingClientRect(); return { text: t.textContent.trim(), r: r }; })
              .filter(function (b) { return b.r.width > 0 && b.r.height > 0; });
            var out = [];
            for (var i = 0; i < boxes.length; i++) {
              for (var j = i + 1; j < boxes.length; j++) {
                var a = boxes[i].r, b = boxes[j].r;
                var w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
                var h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
                // A sliver (the descent of one line touching the ascent of the next) is not an overprint.
                if (w > 2 && h > Math.min(a.height, b.height) * 0.35) {
                  out.push(boxes[i].text + ' / ' + boxes[j].text);
                }
              }
            }
            return out;
            """;

    @Test
    void noLabelOverprintsAnother() throws IOException {
        List<String> found = new ArrayList<>();
        int charts = 0;
        for (String run : List.of("default", "surge-2015", "surge-2022", "ensemble", "compare")) {
            try (Stream<Path> files = Files.list(dir.resolve(run).resolve("charts"))) {
                for (Path svg : files.filter(p -> p.toString().endsWith(".svg")).sorted().toList()) {
                    browser.get(svg.toUri().toString());
                    @SuppressWarnings("unchecked")
                    List<String> overlaps = (List<String>) ((JavascriptExecutor) browser).executeScript(OVERLAPS);
                    overlaps.forEach(o -> found.add(run + "/" + svg.getFileName() + ": " + o));
                    charts++;
                }
            }
        }
        assertTrue(charts >= 30, "only " + charts + " charts were drawn");
        assertTrue(found.isEmpty(), found.size() + " overprinted labels:\n" + String.join("\n", found));
    }
}
