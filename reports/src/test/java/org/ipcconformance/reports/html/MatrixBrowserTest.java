package org.ipcconformance.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ipcconformance.reports.SampleRuns;
import org.ipcconformance.reports.merge.MergeInput;
import org.ipcconformance.reports.merge.ReportMerger;
import org.ipcconformance.reports.model.ConformanceReport;
import org.ipcconformance.spec.catalog.Level;
import org.ipcconformance.spec.catalog.Mechanism;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens generated matrices in headless Chromium (see {@link Chromium}) and uses them as a reader
 * would: the page renders, the filters hide and show rows and columns, a click on a cell opens the
 * detail view. After each test the browser's console must hold no error and its network log no
 * request but the page itself. Screenshots go to target/browser-test/, never into the sources.
 */
class MatrixBrowserTest {
    private static final Path OUT = Path.of("target", "browser-test").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ChromeDriver browser;
    private static String mergedUrl;
    private static String singleUrl;
    private static long startedAt;

    @BeforeAll
    static void openBrowser() throws IOException {
        Chromium.requireInstalled();
        startedAt = System.nanoTime();
        Files.createDirectories(OUT);
        ConformanceReport merged = ReportMerger.merge(List.of(new MergeInput(Path.of("linux"), SampleRuns.linux()),
                new MergeInput(Path.of("mac"), SampleRuns.mac())), SampleRuns.catalog());
        mergedUrl = MatrixPage.write(merged, SampleRuns.catalog(), OUT.resolve("merged")).toUri().toString();
        singleUrl = MatrixPage.write(SampleRuns.linux(), SampleRuns.catalog(), OUT.resolve("single")).toUri().toString();
        long start = System.nanoTime();
        browser = Chromium.start(OUT);
        System.out.printf("MatrixBrowserTest: Chromium started in %d ms%n", (System.nanoTime() - start) / 1_000_000);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
            System.out.printf("MatrixBrowserTest: %d ms with the browser's start%n", (System.nanoTime() - startedAt) / 1_000_000);
        }
    }

    @BeforeEach
    void open() {
        browser.get(mergedUrl);
    }

    /** Every test leaves a quiet browser: no console error, no request but for the page's own file. */
    @AfterEach
    void consoleAndNetworkStayQuiet(TestInfo test) throws IOException {
        screenshot(test.getTestMethod().orElseThrow().getName());
        assertThat(errors(consoleLog())).as("console errors").isEmpty();
        assertThat(requestedUrls()).as("requests other than the page's own files").allMatch(u -> u.startsWith("file:"));
        assertThat(resourceEntries()).as("resource timing entries (fetched resources)").isEmpty();
    }

    @Test
    void itRendersTheMatrixWithTheHostsAndScores() {
        assertThat(browser.getTitle()).isEqualTo("IPC conformance matrix – merged");
        assertThat(rows()).hasSize(SampleRuns.catalog().properties().size());
        List<String> headers = texts(By.cssSelector("#matrix thead th.adapter"));
        assertThat(headers).hasSize(5);
        assertThat(headers.get(0)).contains("native", SampleRuns.LINUX_HOST);
        assertThat(headers.get(3)).contains("native", SampleRuns.MAC_HOST, "Mac OS X");
        assertThat(browser.findElement(By.cssSelector("section.env")).getText()).contains("Merged from 2 runs", "6.1.0-18-amd64", "23.6.0");
        assertThat(browser.findElement(By.cssSelector("table.scores")).getText()).contains("MUST passed", "SHOULD passed");
        assertThat(browser.findElement(By.id("filters")).isDisplayed()).as("the script shows the filters").isTrue();
        WebElement failing = cell("PIPE-ATOMIC-WRITE", 0);
        assertThat(failing.getText()).isEqualTo("FAIL");
        assertThat(failing.getCssValue("background-color")).isEqualTo("rgba(207, 34, 46, 1)");
        assertThat(cell("PIPE-EOF", 2).getText()).isEqualTo("PASS*");
        assertThat(cell("PIPE-ORDER", 0).getText()).isEqualTo("XFAIL");
        assertThat(cell("PIPE-BYTE-STREAM", 2).getText()).isEqualTo("XPASS");
        int all = SampleRuns.catalog().properties().size(); // counted, so that a catalog that grows needs no edit here
        assertThat(shownText()).isEqualTo("Showing %d of %d properties".formatted(all, all));
        // the network log works: it holds the page's own load, and nothing else
        assertThat(requestedUrls()).as("requests of the page load").containsExactly(mergedUrl);
    }

    @Test
    void theFiltersHideRowsAndColumns() {
        check("mechanism", "PIPE", false);
        assertThat(row("PIPE-EOF").isDisplayed()).isFalse();
        assertThat(row("FIFO-NONBLOCK-OPEN").isDisplayed()).isTrue();
        int all = SampleRuns.catalog().properties().size();
        long pipes = SampleRuns.catalog().properties().stream().filter(p -> p.mechanism() == Mechanism.PIPE).count();
        assertThat(shownText()).isEqualTo("Showing %d of %d properties".formatted(all - pipes, all));

        check("level", "MUST", false);
        List<String> notMust = SampleRuns.catalog().properties().stream()
                .filter(p -> p.level() != Level.MUST && p.mechanism() != Mechanism.PIPE).map(p -> p.id()).toList();
        assertThat(visibleRowIds()).contains("SEM-UNDO-ON-EXIT").containsExactlyElementsOf(notMust);

        browser.findElement(By.cssSelector("#filters button[type=reset]")).click();
        assertThat(visibleRowIds()).hasSize(all);

        // No UNTESTED: every property of the catalog is executable since SHM-FASTEST (issue 16), and
        // the filter offers only the verdicts the report holds.
        for (String v : List.of("PASS", "NOT_APPLICABLE", "TIMEOUT", "BROKEN", "XFAIL", "XPASS")) {
            check("verdict", v, false);
        }
        assertThat(visibleRowIds()).containsExactly("PIPE-ATOMIC-WRITE", "SEM-UNDO-ON-EXIT");

        check("column", "0", false);   // native on the Linux host holds the PIPE-ATOMIC-WRITE failure
        assertThat(visibleRowIds()).containsExactly("SEM-UNDO-ON-EXIT");
        assertThat(browser.findElement(By.cssSelector("#matrix thead th[data-col='0']")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.cssSelector("#matrix thead th[data-col='1']")).isDisplayed()).isTrue();

        browser.findElement(By.cssSelector("#filters button[type=reset]")).click();
        check("standard", "posix", false);
        check("standard", "linux", false);
        // a row shows while any of its standards is checked: SHM-LIFETIME (xsi, SHM, linux) stays
        assertThat(visibleRowIds()).contains("MQ-SELECTIVE-RECEIVE", "SEM-UNDO-ON-EXIT", "SHM-LIFETIME", "SIG-REALTIME-QUEUED")
                .doesNotContain("PIPE-EOF", "PIPE-UNIDIRECTIONAL", "SOCK-RAW-ACCESS");
        check("standard", "xsi", false);
        assertThat(visibleRowIds()).contains("MQ-SELECTIVE-RECEIVE", "SHM-LIFETIME", "SIG-REALTIME-QUEUED")
                .doesNotContain("SEM-UNDO-ON-EXIT", "SEM-ATOMIC-SET");

        browser.findElement(By.cssSelector("#filters button[type=reset]")).click();
        browser.findElement(By.cssSelector("#filters input[name=disagree]")).click();
        assertThat(visibleRowIds()).contains("PIPE-ATOMIC-WRITE", "PIPE-FINITE-BUFFER", "PIPE-BROKEN", "SEM-UNDO-ON-EXIT")
                .doesNotContain("PIPE-UNIDIRECTIONAL", "FIFO-NONBLOCK-OPEN", "SIG-UNCATCHABLE");
    }

    @Test
    void aClickOnACellShowsTheDetail() {
        WebElement dialog = browser.findElement(By.id("detail"));
        assertThat(dialog.isDisplayed()).isFalse();
        cell("PIPE-ATOMIC-WRITE", 0).findElement(By.tagName("button")).click();
        assertThat(dialog.isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("detail-title")).getText()).isEqualTo("PIPE-ATOMIC-WRITE on native@build-linux");
        String text = browser.findElement(By.id("detail-body")).getText();
        String statement = SampleRuns.catalog().find("PIPE-ATOMIC-WRITE").orElseThrow().statement();
        assertThat(text).contains("FAIL", "12 ms", "Statement", statement.substring(0, 40), "Basis", "References",
                "Evidence", "PipeAtomicWriteSpec.holds", "interleaved at", "byte 512", "build-linux (Linux 6.1.0-18-amd64)");
        // markup in a message is text: shown as written, and no element was made from it
        assertThat(text).contains(SampleRuns.HOSTILE);
        assertThat(browser.findElements(By.cssSelector("#detail-body script"))).isEmpty();

        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> !dialog.isDisplayed());

        cell("MQ-SELECTIVE-RECEIVE", 1).findElement(By.tagName("button")).click();
        List<WebElement> methods = browser.findElements(By.cssSelector("#detail-body .method"));
        assertThat(methods).hasSize(2);
        assertThat(methods.get(0).findElement(By.cssSelector(".variant")).getText()).isEqualTo("System V");
        assertThat(methods.get(0).getText()).contains(SampleRuns.SELECTIVE_RECEIVE, "type 2 \"second\"", "9 ms");
        assertThat(methods.get(1).findElement(By.cssSelector(".variant")).getText()).isEqualTo("POSIX");
        assertThat(methods.get(1).getText()).contains(SampleRuns.SELECTIVE_RECEIVE, "priority 7 \"urgent\"", "7 ms");
        assertThat(browser.findElement(By.id("detail-body")).getText()).contains("Standard", "xsi, posix-option:MSG");
        browser.findElement(By.id("detail-close")).click();
        assertThat(dialog.isDisplayed()).isFalse();
    }

    @Test
    void theDisagreementViewListsWhereAdaptersDifferFromNative() {
        String view = browser.findElement(By.id("disagreements")).getText();
        assertThat(view).contains("PIPE-FINITE-BUFFER", "jdk@build-linux", "TIMEOUT",
                "PIPE-BROKEN", "simulator@build-linux", "BROKEN",
                "SEM-UNDO-ON-EXIT", "PIPE-ATOMIC-WRITE", "native@build-mac");
        browser.findElement(By.cssSelector("#disagreements td.v-TIMEOUT button")).click();
        assertThat(browser.findElement(By.id("detail-title")).getText()).isEqualTo("PIPE-FINITE-BUFFER on jdk@build-linux");
        browser.findElement(By.id("detail-close")).click();
    }

    @Test
    void aSingleRunRendersToo() {
        browser.get(singleUrl);
        assertThat(browser.getTitle()).isEqualTo("IPC conformance matrix – " + SampleRuns.LINUX_HOST);
        assertThat(texts(By.cssSelector("#matrix thead th.adapter"))).hasSize(3);
        assertThat(browser.findElement(By.cssSelector("section.env")).getText()).contains("Host", SampleRuns.LINUX_HOST, "glibc 2.36");
    }

    /**
     * The checks above can fail: a request the page might make is refused by its policy and shows
     * in the console, which is where {@link #consoleAndNetworkStayQuiet} looks.
     */
    @Test
    void theConsoleCheckSeesARequestThePolicyRefuses() {
        browser.executeScript("var i = new Image(); i.src = 'http://127.0.0.1:9/probe.png'; document.body.appendChild(i);");
        List<String> seen = new ArrayList<>();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> {
            seen.addAll(errors(consoleLog()));
            return !seen.isEmpty();
        });
        assertThat(seen).anyMatch(e -> e.contains("Content Security Policy") && e.contains("127.0.0.1:9"));
        browser.get(mergedUrl);   // leave a clean page for the after-test checks
        consoleLog();
        requestedUrls();
    }

    private static List<LogEntry> consoleLog() {
        return browser.manage().logs().get(LogType.BROWSER).getAll();
    }

    private static List<String> errors(List<LogEntry> entries) {
        return entries.stream().filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** The URLs of every request the browser sent (Network.requestWillBeSent in the performance log). */
    private static List<String> requestedUrls() {
        List<String> urls = new ArrayList<>();
        for (LogEntry e : browser.manage().logs().get(LogType.PERFORMANCE).getAll()) {
            try {
                JsonNode message = JSON.readTree(e.getMessage()).path("message");
                if (message.path("method").asText().equals("Network.requestWillBeSent")) {
                    urls.add(message.path("params").path("request").path("url").asText());
                }
            } catch (IOException x) {
                throw new IllegalStateException("unreadable performance log entry: " + e.getMessage(), x);
            }
        }
        return urls;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> resourceEntries() {
        return (List<Object>) browser.executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
    }

    private static void screenshot(String name) throws IOException {
        Files.write(OUT.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    private static List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#matrix tr.prop"));
    }

    private static WebElement row(String id) {
        return browser.findElement(By.id("p-" + id));
    }

    private static WebElement cell(String id, int column) {
        return row(id).findElement(By.cssSelector("td[data-col='" + column + "']"));
    }

    /** The IDs of the rows the browser lays out (one round trip; isDisplayed per row would be one per property). */
    @SuppressWarnings("unchecked")
    private static List<String> visibleRowIds() {
        return (List<String>) browser.executeScript("return Array.prototype.filter.call(document.querySelectorAll('#matrix tr.prop'),"
                + " function (r) { return r.getClientRects().length > 0; }).map(function (r) { return r.id.substring(2); });");
    }

    private static List<String> texts(By by) {
        return browser.findElements(by).stream().map(WebElement::getText).toList();
    }

    private static String shownText() {
        return browser.findElement(By.id("shown")).getText();
    }

    private static void check(String name, String value, boolean on) {
        WebElement box = browser.findElement(By.cssSelector("#filters input[name='" + name + "'][value='" + value + "']"));
        if (box.isSelected() != on) {
            box.click();
        }
    }
}
