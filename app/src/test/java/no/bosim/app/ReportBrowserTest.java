package no.bosim.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Each kind of report.html (run, backtest, ensemble, comparison), made by the real CLI, opened in
 * headless Chromium: no errors in the console, no request of any kind leaves the page (none
 * blocked by its content security policy either), every chart has drawn, the kommune search narrows
 * the table and a column sorts. A screenshot of each goes to target/report-screenshots/.
 *
 * <p>Needs Debian's chromium and chromium-driver ({@code .ci/run} installs them; {@link Browser}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportBrowserTest {

    @TempDir
    static Path dir;

    private ChromeDriver browser;

    @BeforeAll
    void makeFoldersAndOpenTheBrowser() {
        Browser.requirePresent();
        bosim("run", "../scenarios/default.yaml", "--no-charts", "--out", dir.resolve("run").toString());
        bosim("backtest", "../scenarios/backtest-2019.yaml", "--no-charts", "--out", dir.resolve("backtest").toString());
        bosim("ensemble", "../scenarios/surge-2015.yaml", "--runs", "20", "--out", dir.resolve("ensemble").toString());
        bosim("compare", "../scenarios/default.yaml", "../scenarios/criteria-2026.yaml", "--out", dir.resolve("compare").toString());
        browser = Browser.open(dir.resolve("chromium-profile"), "1300,2400");
    }

    @AfterAll
    void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void bosim(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Bosim.execute(args, new PrintWriter(new ByteArrayOutputStream(), true), new PrintWriter(err, true));
        assertEquals(0, code, String.join(" ", args) + ": " + err);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private void open(Path page) throws InterruptedException {
        browser.get(page.toUri().toString());
        for (int i = 0; i < 200; i++) {
            if (js("return document.documentElement.getAttribute('data-bosim-ready') || document.documentElement.getAttribute('data-bosim-error')") != null) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(page + ": the report did not finish drawing in 10 s");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "run,       7, kommuner, 0301, Oslo",
        "backtest, 13, kommuner, Bergen, Bergen",
        "ensemble, 13, ,,",
        "compare,   8, kommuner, Tromsø, Tromsø"})
    void theReportDrawsOfflineAndItsTablesAnswer(String kind, int charts, String table, String query, String expected)
            throws IOException, InterruptedException {
        Path page = dir.resolve(kind).resolve("report.html");
        assertTrue(Files.size(page) < 3_000_000, page + " is " + Files.size(page) + " bytes; the goal is under 3 MB");
        open(page);
        assertNull(js("return document.documentElement.getAttribute('data-bosim-error')"), kind + ": the page's script failed");
        // Reported, not asserted: a timing in a unit test fails on a busy machine, not on a slow page.
        System.out.printf("report.html (%s): %d bytes, drawn %s ms after it began to load%n", kind, Files.size(page),
                js("return document.documentElement.getAttribute('data-bosim-ms')"));
        assertEquals(List.of(), js("return window.__bosimErrors"), kind + ": errors in the console");
        assertEquals(0L, js("return performance.getEntriesByType('resource').length"), kind + ": the page asked the network for something");

        @SuppressWarnings("unchecked")
        List<Long> drawn = (List<Long>) js("return Array.from(document.querySelectorAll('.chart'))"
                + ".map(function (d) { return d.querySelectorAll('svg path').length; })");
        assertTrue(drawn.size() >= charts, kind + ": " + drawn.size() + " charts; expected at least " + charts);
        for (int i = 0; i < drawn.size(); i++) {
            assertTrue(drawn.get(i) >= 5, kind + ": chart " + (i + 1) + " has drawn " + drawn.get(i) + " shapes");
        }

        if (table != null) {
            WebElement section = browser.findElement(By.cssSelector("[data-table='" + table + "']"));
            int before = section.findElements(By.cssSelector("tbody tr")).size();
            section.findElement(By.cssSelector("input[type=search]")).sendKeys(query);
            List<WebElement> after = section.findElements(By.cssSelector("tbody tr"));
            assertTrue(!after.isEmpty() && after.size() < before, kind + ": searching '" + query + "' left " + after.size()
                    + " of " + before + " rows");
            for (WebElement row : after) {
                assertTrue(row.getText().contains(expected), kind + ": '" + row.getText() + "' does not match '" + query + "'");
            }
            // Emptied again, the search gives every row back (and the sorting below has rows to sort).
            js("var i = arguments[0]; i.value = ''; i.dispatchEvent(new Event('input'));", section.findElement(By.cssSelector("input[type=search]")));
            assertEquals(before, section.findElements(By.cssSelector("tbody tr")).size(), kind + ": an empty search shows every row");
        }
        sortsByAColumn(kind);
        Path shots = Path.of("target", "report-screenshots");
        Files.createDirectories(shots);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), shots.resolve(kind + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"run, Oslo (0301), Anmodet", "compare, Oslo (0301), →"})
    void theMapDrawsTheKommunerAndHoveringOneShowsItsFigures(String kind, String name, String figure) throws InterruptedException {
        open(dir.resolve(kind).resolve("report.html"));
        WebElement map = browser.findElement(By.cssSelector("[data-map='kommuner'] .chart, [data-map='kommuner'].chart-box .chart"));
        js("arguments[0].scrollIntoView()", map);
        long shapes = (Long) js("return arguments[0].querySelectorAll('svg path').length", map);
        assertTrue(shapes >= 357, kind + ": the map has drawn " + shapes + " shapes; expected every kommune");
        js("echarts.getInstanceByDom(arguments[0]).dispatchAction({type: 'showTip', seriesIndex: 0, name: '0301'})", map);
        Thread.sleep(300);
        String tip = (String) js("var t = Array.from(arguments[0].querySelectorAll('div')).filter(function (d) {"
                + " return d.style.position === 'absolute' && d.textContent.indexOf('0301') >= 0; }); return t.length ? t[0].textContent : ''", map);
        assertTrue(tip.contains(name) && tip.contains(figure), kind + ": hovering Oslo shows '" + tip + "'");
        // A click finds the kommune in the table.
        js("echarts.getInstanceByDom(arguments[0]).trigger('click', {name: '0301'})", map);
        WebElement section = browser.findElement(By.cssSelector("[data-table='kommuner']"));
        assertEquals("0301", section.findElement(By.cssSelector("input[type=search]")).getAttribute("value"), kind + ": the click finds the kommune");
        assertEquals(List.of(), js("return window.__bosimErrors"), kind + ": errors in the console");
    }

    /** The first numeric column of the first table sorts descending on its first click, then ascending. */
    private void sortsByAColumn(String kind) {
        WebElement table = browser.findElement(By.cssSelector("main table"));
        List<WebElement> numeric = table.findElements(By.cssSelector("th.num button"));
        assertTrue(!numeric.isEmpty(), kind + ": the first table has a numeric column");
        WebElement header = numeric.get(0);
        js("arguments[0].scrollIntoView()", header);
        header.click();
        int column = ((Long) js("return Array.prototype.indexOf.call(arguments[0].parentNode.parentNode.children, arguments[0].parentNode)", header)).intValue();
        @SuppressWarnings("unchecked")
        List<String> cells = (List<String>) js("var column = arguments[1]; return Array.from(arguments[0].querySelectorAll('tbody tr'))"
                + ".map(function (r) { return r.children[column].getAttribute('data-value'); })", table, column);
        List<Double> values = cells.stream().filter(java.util.Objects::nonNull).map(Double::parseDouble).toList();
        assertTrue(values.size() > 1, kind + ": the column has numbers");
        for (int i = 1; i < values.size(); i++) {
            assertTrue(values.get(i - 1) >= values.get(i), kind + ": after one click the column is not descending: " + cells);
        }
        assertEquals("descending", header.findElement(By.xpath("..")).getAttribute("aria-sort"));
    }
}
