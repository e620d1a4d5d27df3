package no.bosim.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import no.bosim.app.serve.WhatIfServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * {@code bosim serve} in headless Chromium and from plain HTTP clients: the page loads with no
 * console error and no request leaving the machine; each control moves the figures it should; the
 * downloaded overlay run through the command line gives the served run's timeseries.csv byte for
 * byte; bad uploads and requests get one clear message and a 4xx answer while the server goes on;
 * two sessions at once keep their own state. A screenshot goes to target/serve-screenshots/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServeBrowserTest {

    @TempDir
    static Path dir;

    private WhatIfServer server;
    private ChromeDriver browser;
    private String base;

    @BeforeAll
    void startTheServerAndTheBrowser() throws IOException {
        Browser.requirePresent();
        server = new WhatIfServer("127.0.0.1", 0, Policies.choose(Policies.DEFAULT, null), null);
        base = "http://127.0.0.1:" + server.port();
        browser = Browser.open(dir.resolve("chromium-profile"), "1400,2200");
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private int runs() {
        return Integer.parseInt((String) js("return document.body.dataset.runs"));
    }

    /** Waits until the page has drawn its {@code n}-th answer; fails with the page's error if it shows one. */
    private void waitForRuns(int n) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            if (runs() >= n) {
                return;
            }
            if ("error".equals(js("return document.body.dataset.state"))) {
                throw new AssertionError("the page shows an error: " + browser.findElement(By.id("error")).getText());
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the page did not draw its answer " + n + " in 30 s");
    }

    private void openPage() throws InterruptedException {
        browser.get(base + "/");
        waitForRuns(1);
    }

    /** Sets a control as a user does (its value, then the change event) and waits for the redrawn page. */
    private void change(String id, String value) throws InterruptedException {
        int before = runs();
        js("var e = document.getElementById('c-' + arguments[0]); e.value = arguments[1]; e.dispatchEvent(new Event('change'));", id, value);
        waitForRuns(before + 1);
    }

    /** Each chart of the report's view by the size of its canvas (0 where it drew none). */
    @SuppressWarnings("unchecked")
    private List<Long> canvases() {
        return (List<Long>) js("return Array.from(document.querySelectorAll('.report-view .chart'))"
                + ".map(function (d) { var c = d.querySelector('canvas'); return c ? c.width * c.height : 0; })");
    }

    /** The changed run's key figures as the page shows them, by id. */
    private Map<String, Long> figures() {
        @SuppressWarnings("unchecked")
        List<List<String>> rows = (List<List<String>>) js("return Array.from(document.querySelectorAll('#figures tr[data-figure]'))"
                + ".map(function (r) { return [r.dataset.figure, r.querySelector('.changed-value').textContent]; })");
        Map<String, Long> out = new LinkedHashMap<>();
        rows.forEach(r -> out.put(r.get(0), Long.parseLong(r.get(1).replaceAll("[^0-9]", ""))));
        return out;
    }

    @Test
    void thePageLoadsWithNoErrorAndNothingLeavesTheMachine() throws Exception {
        openPage();
        assertEquals(List.of(), js("return window.__bosimErrors"), "errors in the page's console");
        @SuppressWarnings("unchecked")
        List<String> asked = (List<String>) js("return performance.getEntriesByType('resource').map(function (e) { return e.name; })");
        for (String url : asked) {
            assertTrue(url.startsWith(base + "/"), "the page asked another address: " + url);
        }
        // Unchanged, the differences are said in words: the overlays and the map are drawn.
        assertTrue(canvases().size() >= 5, "the report's charts of the baseline: " + canvases());
        assertTrue(browser.findElement(By.id("forskjeller")).getText().contains("Ingen forskjell"), "no difference, in words");
        assertEquals(5, figures().size());
        assertTrue(browser.findElement(By.id("sentence")).getText().startsWith("Fra juni 2026"), browser.findElement(By.id("sentence")).getText());
        Path shots = Path.of("target", "serve-screenshots");
        Files.createDirectories(shots);
        change("ankomster_faktor", "1.5");
        List<Long> drawn = canvases();
        assertTrue(drawn.size() >= 8, "the overlays, the differences that are not zero and the map of the baseline and the change: " + drawn);
        drawn.forEach(n -> assertTrue(n > 10_000, "a chart has drawn no canvas: " + drawn));
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), shots.resolve("what-if.png"), StandardCopyOption.REPLACE_EXISTING);
        for (String v : List.of("1.4", "1.3", "1.2", "1.1")) {
            change("ankomster_faktor", v);
            System.out.println("serve: a changed control redrawn in " + js("return document.body.dataset.lastMs") + " ms (reported, not asserted)");
        }
    }

    @Test
    void eachControlMovesTheFiguresItShould() throws Exception {
        openPage();
        Map<String, Long> baseline = figures();
        change("ankomster_faktor", "2");
        Map<String, Long> doubled = figures();
        assertTrue(doubled.get("peak_in_mottak") > baseline.get("peak_in_mottak"), "twice the arrivals fill reception: " + doubled);
        assertTrue(doubled.get("settled") > baseline.get("settled"), "and more are settled: " + doubled);
        change("ankomster_faktor", "1");
        assertEquals(baseline, figures(), "back to the baseline's own figures");

        change("bolge_storrelse", "30000");
        Map<String, Long> surge = figures();
        assertTrue(surge.get("peak_capacity") > baseline.get("peak_capacity") + 10_000, "a surge of 30 000 opens places: " + surge);
        change("bolge_storrelse", "0");

        change("behandling_kapasitet_mnd", "150");
        Map<String, Long> slow = figures();
        assertTrue(slow.get("settled") < baseline.get("settled"), "UDI deciding fewer cases settles fewer: " + slow);
        change("behandling_kapasitet_mnd", "1200");

        change("kriterier", "2026");
        // Another criteria set moves places between kommuner, not the nation's total: the kommuner asked decide a
        // little differently (6 903 places against 6 900 in 2027), so the total settled may move by a few people.
        long settledUnderOtherCriteria = figures().get("settled");
        assertTrue(Math.abs(settledUnderOtherCriteria - baseline.get("settled")) <= baseline.get("settled") / 200,
                "another criteria set moves places between kommuner, not the nation's total: " + settledUnderOtherCriteria + " against " + baseline.get("settled"));
        assertTrue(browser.findElement(By.id("sentence")).getText().contains("kommuner;"), browser.findElement(By.id("sentence")).getText());
        change("kriterier", "2024");

        change("vedtak_vilje_nivaa", "0.5");
        Map<String, Long> unwilling = figures();
        assertTrue(unwilling.get("peak_settlement_ready") > baseline.get("peak_settlement_ready"),
                "kommuner deciding fewer places leave more waiting: " + unwilling);
        change("vedtak_vilje_nivaa", "1.16");

        // Out of its range: the page shows the command line's own message, and the next change runs as before.
        js("var e = document.getElementById('c-ankomster_faktor'); e.value = '11'; e.dispatchEvent(new Event('change'));");
        for (int i = 0; i < 200 && browser.findElement(By.id("error")).getText().isEmpty(); i++) {
            Thread.sleep(50);
        }
        assertEquals("what-if.yaml:8: arrivals_scale.factor: is 11.0; expected a factor between 0 and 10 (a factor on the arrival path)",
                browser.findElement(By.id("error")).getText());
        change("ankomster_faktor", "1");
        assertEquals(baseline, figures());
    }

    // ---- plain HTTP: downloads, bad input, sessions -----------------------------------------------

    /** A client with its own cookie jar: a session of its own, as a second browser would have. */
    private HttpClient client() throws IOException, InterruptedException {
        HttpClient c = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        c.send(HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.discarding());
        return c;
    }

    private static HttpResponse<String> post(HttpClient c, String url, String type, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url)).header("X-Bosim", "1").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (type != null) {
            r.header("Content-Type", type);
        }
        return c.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> run(HttpClient c, String form) throws IOException, InterruptedException {
        return post(c, base + "/api/run", "application/x-www-form-urlencoded", ("scenario=default&" + form).getBytes(StandardCharsets.UTF_8));
    }

    private static int runNumber(HttpResponse<String> r) {
        Matcher m = Pattern.compile("\"run\": (\\d+)").matcher(r.body());
        assertTrue(m.find(), r.body());
        return Integer.parseInt(m.group(1));
    }

    @Test
    void theDownloadedOverlayRunsToTheSameBytesOnTheCommandLine() throws Exception {
        HttpClient c = client();
        HttpResponse<String> r = run(c, "ankomster_faktor=1.3&bolge_storrelse=12000&bolge_fra=2027-09&bolge_form=2022&kriterier=2026&kriterier_fra=2027-01"
                + "&kapasitet_maks_ordinaer=1500");
        assertEquals(200, r.statusCode(), r.body());
        int n = runNumber(r);
        String yaml = c.send(HttpRequest.newBuilder(URI.create(base + "/api/download/yaml")).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(yaml.contains("baseline: \"default\"") && yaml.contains("arrivals_surge:"), yaml);
        Path file = dir.resolve("download").resolve("what-if.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path out = dir.resolve("download").resolve("cli");
        int code = Bosim.execute(new String[] {"run", file.toString(), "--no-charts", "--no-report", "--out", out.toString()},
                new PrintWriter(new ByteArrayOutputStream(), true), new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
        byte[] served = c.send(HttpRequest.newBuilder(URI.create(base + "/run/" + n + "/what-if/timeseries.csv")).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
        assertArrayEquals(Files.readAllBytes(out.resolve("timeseries.csv")), served, "the served run and bosim run of its overlay differ");

        HttpResponse<byte[]> zip = c.send(HttpRequest.newBuilder(URI.create(base + "/api/download/zip")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, zip.statusCode());
        List<String> names = new java.util.ArrayList<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.body()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertTrue(names.containsAll(List.of("what-if/manifest.json", "what-if/briefing.pdf", "what-if/report.html", "what-if/what-if.yaml",
                "what-if/timeseries.csv")), names.toString());
    }

    private static byte[] zipOf(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void aBadUploadShowsItsMessageInThePage() throws Exception {
        openPage();
        Path zip = dir.resolve("outside.zip");
        Files.write(zip, zipOf(Map.of("../outside.yaml", "name: x\n")));
        browser.findElement(By.id("upload")).sendKeys(zip.toString());
        for (int i = 0; i < 200 && browser.findElement(By.id("error")).getText().isEmpty(); i++) {
            Thread.sleep(50);
        }
        assertTrue(browser.findElement(By.id("error")).getText().contains("utenfor sin egen mappe"), browser.findElement(By.id("error")).getText());
        assertTrue(Files.notExists(dir.resolve("outside.yaml")));
        change("ankomster_faktor", "1.1");
    }

    @Test
    void badRequestsGetOneClearAnswerAndTheServerGoesOn() throws Exception {
        HttpClient c = client();
        String upload = base + "/api/upload?name=";
        List<String[]> cases = List.of(
                new String[] {"413", "oversized upload", "større enn 20 MB"},
                new String[] {"400", "a zip with a path outside its folder", "utenfor sin egen mappe"},
                new String[] {"400", "a scenario that fails validation", "horizon_months"},
                new String[] {"400", "a value out of range", "expected a factor between 0 and 10"},
                new String[] {"415", "a malformed request", "application/x-www-form-urlencoded"},
                new String[] {"400", "a field given twice", "to ganger"},
                new String[] {"403", "a request not from the page", "bosim-siden"});
        for (String[] k : cases) {
            HttpResponse<String> r = switch (k[1]) {
                case "oversized upload" -> post(c, upload + "big.zip", "application/octet-stream", new byte[21 * 1024 * 1024]);
                case "a zip with a path outside its folder" -> post(c, upload + "evil.zip", "application/octet-stream",
                        zipOf(Map.of("ok/../../evil.yaml", "name: evil\n")));
                case "a scenario that fails validation" -> post(c, upload + "short.zip", "application/octet-stream",
                        zipOf(Map.of("short.yaml", "name: short\ndescription: too short\nbaseline: default\nhorizon_months: 0\n")));
                case "a value out of range" -> run(c, "ankomster_faktor=12");
                case "a malformed request" -> post(c, base + "/api/run", "text/plain", "{not a form".getBytes(StandardCharsets.UTF_8));
                case "a field given twice" -> run(c, "ankomster_faktor=1.2&ankomster_faktor=1.3");
                default -> c.send(HttpRequest.newBuilder(URI.create(base + "/api/run")).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("scenario=default")).build(), HttpResponse.BodyHandlers.ofString());
            };
            assertEquals(Integer.parseInt(k[0]), r.statusCode(), k[1] + ": " + r.body());
            assertTrue(r.body().contains("\"error\"") && r.body().contains(k[2]), k[1] + ": " + r.body());
            assertTrue(!r.body().contains("Exception") && !r.body().contains("\tat "), k[1] + " shows a stack trace: " + r.body());
            assertEquals(200, run(c, "ankomster_faktor=1.2").statusCode(), "after " + k[1] + " the server answers normally");
        }
    }

    @Test
    void aRunOverItsLimitIsStoppedAndSaidSoAndTheServerGoesOn() throws Exception {
        // A server whose ensembles may take 3 s: 1 000 runs cannot finish in that; the ensemble stops and says so.
        try (WhatIfServer limited = new WhatIfServer("127.0.0.1", 0, Policies.choose(Policies.DEFAULT, null), null, 3.0)) {
            String at = "http://127.0.0.1:" + limited.port();
            HttpClient c = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            c.send(HttpRequest.newBuilder(URI.create(at + "/")).build(), HttpResponse.BodyHandlers.discarding());
            HttpResponse<String> started = post(c, at + "/api/ensemble", "application/x-www-form-urlencoded",
                    "scenario=default&runs=1000".getBytes(StandardCharsets.UTF_8));
            assertEquals(200, started.statusCode(), started.body());
            String state = "";
            for (int i = 0; i < 300 && !state.contains("\"stopped\""); i++) {
                Thread.sleep(100);
                state = c.send(HttpRequest.newBuilder(URI.create(at + "/api/ensemble")).build(), HttpResponse.BodyHandlers.ofString()).body();
            }
            assertTrue(state.contains("\"stopped\"") && state.contains("3 sekunder"), state);
            HttpResponse<String> next = post(c, at + "/api/run", "application/x-www-form-urlencoded",
                    "scenario=default&ankomster_faktor=1.2".getBytes(StandardCharsets.UTF_8));
            assertEquals(200, next.statusCode(), "after a run over its limit the server answers normally: " + next.body());
        }
    }

    @Test
    void anEnsembleOfAHundredRunsShowsProgressAndFinishesWithFanCharts() throws Exception {
        openPage();
        change("ankomster_faktor", "1.3");
        js("document.getElementById('runs').value = '100'; document.getElementById('ensemble-start').click();");
        long shownBetween = 0;
        for (int i = 0; i < 1200 && !"done".equals(js("return document.body.dataset.ensemble")); i++) {
            long value = ((Number) js("return document.getElementById('ensemble-progress').value")).longValue();
            if (value > 0 && value < 100) {
                shownBetween = value;
            }
            Thread.sleep(100);
        }
        assertEquals("done", js("return document.body.dataset.ensemble"), browser.findElement(By.id("ensemble-status")).getText());
        assertTrue(shownBetween > 0, "the progress bar moved while the runs ran");
        for (int i = 0; i < 100 && !browser.findElement(By.id("top")).getText().contains("Ensemble"); i++) {
            Thread.sleep(50);
        }
        assertTrue(browser.findElement(By.id("top")).getText().contains("100"), browser.findElement(By.id("top")).getText());
        assertTrue(((Number) js("return document.querySelectorAll('.report-view .chart').length")).intValue() >= 10, "fan charts");
        assertEquals(List.of(), js("return window.__bosimErrors"));
    }

    @Test
    void twoSessionsAtOnceKeepTheirOwnRunsAndFiles() throws Exception {
        HttpClient a = client();
        HttpClient b = client();
        CompletableFuture<HttpResponse<String>> ra = CompletableFuture.supplyAsync(() -> call(() -> run(a, "ankomster_faktor=2")));
        CompletableFuture<HttpResponse<String>> rb = CompletableFuture.supplyAsync(() -> call(() -> run(b, "ankomster_faktor=0.5")));
        assertEquals(200, ra.get().statusCode(), ra.get().body());
        assertEquals(200, rb.get().statusCode(), rb.get().body());
        String ya = a.send(HttpRequest.newBuilder(URI.create(base + "/api/download/yaml")).build(), HttpResponse.BodyHandlers.ofString()).body();
        String yb = b.send(HttpRequest.newBuilder(URI.create(base + "/api/download/yaml")).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(ya.contains("factor: \"2\""), ya);
        assertTrue(yb.contains("factor: \"0.5\""), yb);
        int nb = runNumber(rb.get());
        HttpResponse<String> other = a.send(HttpRequest.newBuilder(URI.create(base + "/run/" + nb + "/report.html")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> own = b.send(HttpRequest.newBuilder(URI.create(base + "/run/" + nb + "/report.html")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, own.statusCode());
        // Run numbers count per session, so A's run nb exists only if A made as many; its contents are A's own either way.
        assertTrue(other.statusCode() == 404 || !other.body().equals(own.body()), "session A reads session B's report");
    }

    private interface Call<T> {
        T get() throws Exception;
    }

    private static <T> T call(Call<T> c) {
        try {
            return c.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
