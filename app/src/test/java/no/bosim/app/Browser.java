package no.bosim.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium for the browser tests (the report, the what-if page). Where it is
 * missing the tests are skipped with that message, unless BOSIM_REQUIRE_BROWSER is set (as in CI),
 * when a missing browser fails them.
 */
final class Browser {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("BOSIM_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("BOSIM_CHROMEDRIVER", "/usr/bin/chromedriver"));
    /** Collects what would otherwise only reach the console: errors, failed promises, CSP refusals. */
    static final String WATCH = """
            window.__bosimErrors = [];
            addEventListener('error', function (e) { __bosimErrors.push('error: ' + e.message); });
            addEventListener('unhandledrejection', function (e) { __bosimErrors.push('rejection: ' + e.reason); });
            document.addEventListener('securitypolicyviolation', function (e) {
              __bosimErrors.push('blocked by the page\\'s policy: ' + e.violatedDirective + ' ' + e.blockedURI); });
            (function () { var original = console.error;
              console.error = function () { __bosimErrors.push('console.error: ' + Array.prototype.join.call(arguments, ' '));
                return original.apply(console, arguments); }; })();
            """;

    private Browser() {
    }

    /** Skips the calling test class (or fails it under BOSIM_REQUIRE_BROWSER) when Chromium is not installed. */
    static void requirePresent() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String missing = "no Chromium for the browser tests: install Debian's chromium and chromium-driver (.ci/run does),"
                + " or set BOSIM_CHROMIUM and BOSIM_CHROMEDRIVER";
        if (System.getenv("BOSIM_REQUIRE_BROWSER") != null) {
            assertTrue(present, missing);
        }
        Assumptions.assumeTrue(present, missing);
    }

    /** A headless Chromium with its own profile folder, watching every page it opens for errors. */
    static ChromeDriver open(Path profile, String windowSize) {
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-extensions", "--window-size=" + windowSize,
                "--user-data-dir=" + profile);
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH));
        return browser;
    }
}
