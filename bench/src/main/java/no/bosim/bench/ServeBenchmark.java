package no.bosim.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import no.bosim.app.Policies;
import no.bosim.app.serve.WhatIfServer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The what-if page as a user meets it: from a changed control (the arrivals' factor, set and its
 * change event fired in Debian's headless Chromium) to the page redrawn with the baseline and the
 * changed run (the server has loaded and checked the overlay, run it, written the comparison, and
 * the report's script has drawn every chart of it). Sample time, so JMH prints the median (p0.50).
 * The default scenario: a deterministic run of 2019-2035 beside its baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
// The launcher's options (./bosim): the parallel collector and its limits on the optimising compiler's inlining.
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "-XX:InlineSmallCode=500", "-XX:FreqInlineSize=150"})
public class ServeBenchmark {

    private WhatIfServer server;
    private ChromeDriver browser;
    private Path profile;
    private int step;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        server = new WhatIfServer("127.0.0.1", 0, Policies.choose(Policies.DEFAULT, null), null);
        profile = Files.createTempDirectory("bosim-bench-chromium");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("bosim.chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions().setBinary(System.getProperty("bosim.chromium", "/usr/bin/chromium"))
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,1800",
                        "--user-data-dir=" + profile);
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        browser.get("http://127.0.0.1:" + server.port() + "/");
        waitFor(1);
    }

    /** Runs shown so far (the page counts each answer it has drawn). */
    private int drawn() {
        return Integer.parseInt((String) ((JavascriptExecutor) browser).executeScript("return document.body.dataset.runs"));
    }

    private void waitFor(int runs) throws InterruptedException {
        for (long end = System.nanoTime() + 60_000_000_000L; System.nanoTime() < end; ) {
            if (drawn() >= runs) {
                return;
            }
            Object error = ((JavascriptExecutor) browser).executeScript(
                    "return document.body.dataset.state === 'error' ? document.getElementById('error').textContent : null");
            if (error != null) {
                throw new IllegalStateException("the page shows an error: " + error);
            }
            Thread.sleep(2);
        }
        throw new IllegalStateException("the page did not redraw in 60 s");
    }

    /** One changed control to the redrawn page; each call a new value, so each is a real change. */
    @Benchmark
    public int changedControlToRedrawnPage() throws InterruptedException {
        int before = drawn();
        String value = String.valueOf(1.0 + 0.01 * (1 + step++ % 50));
        ((JavascriptExecutor) browser).executeScript("var e = document.getElementById('c-ankomster_faktor'); e.value = arguments[0];"
                + " e.dispatchEvent(new Event('change'));", value);
        waitFor(before + 1);
        return before;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    /** The change a benchmark call makes, once, for the test that checks the benchmark does its work. */
    int lastDrawn() {
        return drawn();
    }
}
