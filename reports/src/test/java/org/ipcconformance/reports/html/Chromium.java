package org.ipcconformance.reports.html;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium through its chromedriver, both from the system (Debian's chromium and
 * chromium-driver, which .ci/run installs): nothing is downloaded. Paths can be changed with the
 * system properties ipc.chromium and ipc.chromedriver. In CI (CI set and not "false") a missing
 * browser fails the test; on a developer's machine it skips with the reason.
 */
final class Chromium {
    static final Path BROWSER = Path.of(System.getProperty("ipc.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("ipc.chromedriver", "/usr/bin/chromedriver"));

    /**
     * Selenium looks for a DevTools binding of the browser's version at start and warns when it
     * has none; the test needs none (it reads chromedriver's logs), so the warning is noise.
     * Held here: java.util.logging keeps loggers only weakly.
     */
    private static final java.util.logging.Logger CDP_LOOKUP = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

    private Chromium() {
    }

    static void requireInstalled() {
        String missing = !Files.isExecutable(BROWSER) ? "no Chromium at " + BROWSER
                : !Files.isExecutable(DRIVER) ? "no chromedriver at " + DRIVER : null;
        if (missing == null) {
            return;
        }
        String why = missing + ": install Debian's chromium and chromium-driver (.ci/run does), or point "
                + "-Dipc.chromium and -Dipc.chromedriver at them";
        String ci = System.getenv("CI");
        if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
            Assertions.fail("the browser test must run in CI: " + why);
        }
        // Surefire counts a class skipped in @BeforeAll as "0 tests run" without the reason: say it here too.
        System.err.println("MatrixBrowserTest SKIPPED: " + why);
        Assumptions.abort("browser test skipped: " + why);
    }

    /** A fresh headless browser that keeps its console and its network log (performance log). */
    static ChromeDriver start(Path logDir) {
        CDP_LOOKUP.setLevel(Level.SEVERE);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--window-size=1366,900", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-sync",
                "--disable-background-networking", "--disable-component-update", "--disable-default-apps");
        if ("root".equals(System.getProperty("user.name"))) {
            options.addArguments("--no-sandbox");   // Chromium refuses to run as root with its sandbox (CI runs as root)
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(new File(logDir.toFile(), "chromedriver.log"))
                .build();
        return new ChromeDriver(service, options);
    }
}
