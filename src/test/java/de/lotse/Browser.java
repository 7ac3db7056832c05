package de.lotse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for browser tests: opens pages of the running application, scans them with axe-core,
 * collects console errors (for example Content-Security-Policy violations) and writes screenshots.
 *
 * <p>Uses the Debian packages {@code chromium} and {@code chromium-driver}; nothing is downloaded. One instance per
 * test class is enough; {@link #reset()} clears cookies and window size between tests.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** The WCAG 2.1 A and AA rules of axe-core. */
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final Dimension DESKTOP = new Dimension(1280, 1000);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final ChromeDriver driver;
    private final Path userDataDir;
    private final Path screenshots;
    private String baseUrl = "http://localhost:8080";

    private Browser(ChromeDriver driver, Path userDataDir) {
        this.driver = driver;
        this.userDataDir = userDataDir;
        this.screenshots = Path.of(System.getProperty(
                "lotse.screenshots", System.getProperty("lotse.build.dir", "target") + "/screenshots"));
    }

    /** Starts headless Chromium; fails (never skips) when Debian's chromium or chromedriver is missing. */
    public static Browser start() {
        for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(binary)) {
                fail(binary + " is missing. The browser tests need Debian's Chromium and its driver: "
                        + "sudo apt-get install chromium chromium-driver");
            }
        }
        Path userDataDir;
        try {
            userDataDir = Files.createTempDirectory("lotse-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=" + DESKTOP.width + "," + DESKTOP.height,
                "--lang=de-DE",
                "--user-data-dir=" + userDataDir);
        // A browser in a German county office: German first, like the application's default.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "de-DE,de"));
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        try {
            return new Browser(new ChromeDriver(service, options), userDataDir);
        } catch (RuntimeException e) {
            deleteQuietly(userDataDir);
            throw e;
        }
    }

    /** The absolute address of a path of the application under test. */
    public String url(String path) {
        return baseUrl + path;
    }

    /** Sets the address of the application under test, e.g. {@code http://localhost:54321}. */
    public Browser baseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
        return this;
    }

    /** Forgets cookies (session, language) and console messages and restores the desktop window size. */
    public void reset() {
        driver.manage().deleteAllCookies();
        driver.manage().window().setSize(DESKTOP);
        consoleErrors();
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * Opens a path of the application and waits until the document is loaded. Console errors of the page shown
     * before fail the test first, so that no page goes unchecked.
     */
    public Browser open(String path) {
        assertNoConsoleErrors();
        driver.get(baseUrl + path);
        waitForLoad();
        return this;
    }

    public String title() {
        return driver.getTitle();
    }

    public String currentPath() {
        String url = driver.getCurrentUrl();
        return url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
    }

    public WebElement find(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector));
    }

    public List<WebElement> findAll(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector));
    }

    public String text(String cssSelector) {
        return find(cssSelector).getText();
    }

    /** Waits up to ten seconds for a condition, e.g. {@code ExpectedConditions.presenceOfElementLocated(...)}. */
    public <T> T waitFor(Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, TIMEOUT).until(condition);
    }

    /** Waits up to ten seconds for an element matching the selector to be in the document. */
    public WebElement waitFor(String cssSelector) {
        return waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(cssSelector)));
    }

    public void waitForLoad() {
        waitFor(d -> "complete".equals(script("return document.readyState")));
    }

    /** Clicks an element and waits for the page it leads to. */
    public Browser clickAndWait(WebElement element) {
        WebElement html = find("html");
        try {
            element.click();
        } catch (org.openqa.selenium.WebDriverException e) {
            // Chromium's inspector sometimes loses the node id of a freshly found element on a loaded machine
            // ("Node with given id does not belong to the document"); the element is still there, so click it once
            // more through the DOM
            if (e.getMessage() == null || !e.getMessage().contains("does not belong to the document")) {
                throw e;
            }
            script("arguments[0].click()", element);
        }
        waitUntilGone(html);
        waitForLoad();
        return this;
    }

    /**
     * Waits until an element has left the document (the page was replaced). On a loaded machine Chromium sometimes reports a
     * node of the previous document as "does not belong to the document" instead of stale; both mean it is gone.
     */
    public Browser waitUntilGone(WebElement element) {
        waitFor(driver -> isGone(element));
        return this;
    }

    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    public Object script(String javascript, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(javascript, args);
    }

    /** Signs in through the login form and waits until the application has left the login page. */
    public Browser login(String username, String password) {
        open("/login");
        find("#username").sendKeys(username);
        find("#password").sendKeys(password);
        clickAndWait(find("form[action$='/login'] button[type=submit]"));
        assertThat(currentPath())
                .as("login of %s failed; page shows: %s", username, text("main"))
                .doesNotStartWith("/login");
        return this;
    }

    /** Sets the size of the browser window, e.g. 320 × 800 for a small phone. */
    public Browser windowSize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        waitFor(d -> ((Number) script("return window.innerWidth")).intValue() <= width);
        return this;
    }

    /** Width of the whole document; larger than the viewport when the page scrolls sideways. */
    public int documentScrollWidth() {
        return ((Number) script("return document.documentElement.scrollWidth")).intValue();
    }

    public int viewportWidth() {
        return ((Number) script("return document.documentElement.clientWidth")).intValue();
    }

    /** Runs axe-core with the WCAG 2.1 A/AA rules on the current page and fails on any violation. */
    public Browser axe() {
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        assertThat(results.isErrored())
                .as("axe-core failed on %s: %s", results.getUrl(), results.getErrorMessage())
                .isFalse();
        assertThat(results.getViolations())
                .as(() -> "axe-core found WCAG violations on " + results.getUrl() + ":\n"
                        + describe(results.getViolations()))
                .isEmpty();
        assertNoConsoleErrors();
        return this;
    }

    static String describe(List<Rule> violations) {
        StringBuilder out = new StringBuilder();
        for (Rule rule : violations) {
            out.append("- ")
                    .append(rule.getId())
                    .append(" [")
                    .append(rule.getImpact())
                    .append("] ")
                    .append(rule.getHelp())
                    .append(" (")
                    .append(rule.getHelpUrl())
                    .append(")\n");
            for (CheckedNode node : rule.getNodes()) {
                out.append("    at ")
                        .append(node.getTarget())
                        .append(": ")
                        .append(node.getHtml())
                        .append("\n      ")
                        .append(String.valueOf(node.getFailureSummary()).replace("\n", "\n      "))
                        .append('\n');
            }
        }
        return out.toString();
    }

    /** Fails when the browser logged errors (script errors, CSP violations, failed requests) since the last check. */
    public Browser assertNoConsoleErrors() {
        List<String> errors = consoleErrors();
        assertThat(errors)
                .as("browser console errors on %s", driver.getCurrentUrl())
                .isEmpty();
        return this;
    }

    /** Console entries of level SEVERE since the last call (reading the log empties it). */
    public List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    /** Saves a PNG of the whole page (not only the visible part) under the screenshot directory. */
    public Path screenshot(String name) {
        Dimension window = driver.manage().window().getSize();
        int height = ((Number)
                        script("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)"))
                .intValue();
        int chrome = window.height - ((Number) script("return window.innerHeight")).intValue();
        try {
            if (height + chrome > window.height) {
                driver.manage().window().setSize(new Dimension(window.width, Math.min(height + chrome, 8000)));
            }
            byte[] png = driver.getScreenshotAs(OutputType.BYTES);
            Files.createDirectories(screenshots);
            Path file = screenshots.resolve(name + ".png");
            Files.write(file, png);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(userDataDir);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // Chromium may still hold a lock file for a moment; the temp directory is cleaned by the OS.
        }
    }

    /**
     * One browser per test class of a {@code @SpringBootTest(webEnvironment = RANDOM_PORT)}: started before the
     * first test, pointed at the application's port and reset before each test, checked for console errors after
     * each test, closed after the last. Register it with
     * {@code @RegisterExtension static final Browser.PerClass session = new Browser.PerClass(b -> browser = b);}.
     */
    public static final class PerClass
            implements org.junit.jupiter.api.extension.BeforeAllCallback,
                    org.junit.jupiter.api.extension.AfterAllCallback,
                    org.junit.jupiter.api.extension.BeforeEachCallback,
                    org.junit.jupiter.api.extension.AfterEachCallback {

        private final java.util.function.Consumer<Browser> onStart;
        private Browser browser;

        public PerClass(java.util.function.Consumer<Browser> onStart) {
            this.onStart = onStart;
        }

        @Override
        public void beforeAll(org.junit.jupiter.api.extension.ExtensionContext context) {
            browser = Browser.start();
            onStart.accept(browser);
        }

        @Override
        public void beforeEach(org.junit.jupiter.api.extension.ExtensionContext context) {
            String port = org.springframework.test.context.junit.jupiter.SpringExtension.getApplicationContext(context)
                    .getEnvironment()
                    .getProperty("local.server.port");
            browser.baseUrl("http://localhost:" + port).reset();
        }

        @Override
        public void afterEach(org.junit.jupiter.api.extension.ExtensionContext context) {
            browser.assertNoConsoleErrors();
        }

        @Override
        public void afterAll(org.junit.jupiter.api.extension.ExtensionContext context) {
            if (browser != null) {
                browser.close();
            }
        }
    }
}
