package la.rtp.tracker.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for the workspace's end-to-end tests: Debian's headless Chromium driven by
 * Debian's ChromeDriver through Selenium. Both paths are given explicitly, so Selenium Manager
 * never runs and nothing is downloaded at test time. Override them with the system properties
 * {@code browser.binary} and {@code webdriver.chrome.driver}.
 *
 * <p>Helpers address elements by the stable ids of WEB-CONVENTIONS.md ({@code f-<field>},
 * {@code <form-id>-submit}); every submit waits until the next page has loaded.
 */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    public static final int WIDE = 1280;
    public static final int NARROW = 360;
    private static final int HEIGHT = 900;
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static volatile Browser current;
    /** Selenium warns at every start that it has no DevTools for this Chromium; we use none. */
    private static final java.util.logging.Logger CDP_WARNINGS = quiet("org.openqa.selenium.devtools.CdpVersionFinder");

    private final ChromeDriver driver;
    private final ChromeDriverService service;
    private final Path profile;
    private final String base;

    private Browser(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        try {
            profile = Files.createTempDirectory("chromium-profile-");
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String driverPath = System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        String binary = System.getProperty("browser.binary", "/usr/bin/chromium");
        for (String program : List.of(driverPath, binary)) {
            if (!Files.isExecutable(Path.of(program))) {
                throw new IllegalStateException(program + " is missing: the browser tests need Debian's Chromium,"
                        + " `apt-get install chromium chromium-driver` (or -Dbrowser.binary and -Dwebdriver.chrome.driver)");
            }
        }
        System.setProperty("webdriver.chrome.driver", driverPath);
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driverPath))
                .usingAnyFreePort().withLogFile(Path.of("target", "chromedriver.log").toFile()).build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--lang=en-US",
                "--window-size=" + WIDE + "," + HEIGHT, "--user-data-dir=" + profile.toAbsolutePath());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofMillis(300));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().window().setSize(new Dimension(WIDE, HEIGHT));
    }

    /** Starts a browser against the Quarkus test server ({@code test.url}). */
    public static Browser start() {
        return start(ConfigProvider.getConfig().getValue("test.url", String.class));
    }

    public static Browser start(String baseUrl) {
        Browser browser = new Browser(baseUrl);
        current = browser;
        return browser;
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    public ChromeDriver driver() {
        return driver;
    }

    // ---- navigation -----------------------------------------------------------------------

    /** Opens a path of the application, e.g. {@code /app/users}. */
    public void open(String path) {
        driver.get(base + path);
        waitForLoad();
    }

    /** The current path and query, e.g. {@code /app/workplans/12?saved=activity}. */
    public String path() {
        URI uri = URI.create(driver.getCurrentUrl());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** The last number in the current path: the id of the workplan or meeting shown. */
    public long idInPath() {
        String[] parts = URI.create(driver.getCurrentUrl()).getPath().split("/");
        for (int i = parts.length - 1; i >= 0; i--) {
            if (parts[i].matches("\\d+")) {
                return Long.parseLong(parts[i]);
            }
        }
        throw new AssertionError("no id in " + driver.getCurrentUrl());
    }

    /** Signs in through the form at {@code /login}. */
    public void signIn(String username, String password) {
        open("/login");
        type("j_username", username);
        type("j_password", password);
        submitting(() -> signInButton().click());
        if (path().startsWith("/login")) {
            throw new AssertionError("sign-in of " + username + " failed: " + path());
        }
    }

    /** The sign-in form's button (the form posts to Quarkus, it has no id of ours). */
    public WebElement signInButton() {
        return find("form[action='/j_security_check'] button[type=submit]");
    }

    /** Presses a key in the element that has the focus. */
    public void press(CharSequence... keys) {
        driver.switchTo().activeElement().sendKeys(keys);
    }

    /** The element that has the keyboard focus. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Signs out with the header's button. */
    public void signOut() {
        submitting(() -> driver.findElement(By.cssSelector("form[action='/app/logout'] button")).click());
    }

    /** Switches language with the header's button. */
    public void switchLanguage() {
        submitting(() -> driver.findElement(By.cssSelector("form[action='/app/language'] button")).click());
    }

    // ---- forms -----------------------------------------------------------------------------

    /** Replaces the text of the input with this id. */
    public void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** Sets an input's value by script: for date and time inputs, whose typing is locale-bound. */
    public void set(String id, String value) {
        js("const e = document.getElementById(arguments[0]); e.value = arguments[1];"
                + "e.dispatchEvent(new Event('input', {bubbles: true}));", id, value);
    }

    /** Chooses an option of a select by its value. */
    public void select(String id, String value) {
        new Select(driver.findElement(By.id(id))).selectByValue(value);
    }

    /** Chooses an option of a select by its visible text. */
    public void selectText(String id, String text) {
        new Select(driver.findElement(By.id(id))).selectByVisibleText(text);
    }

    /**
     * Chooses {@code value} for the field {@code name} of form {@code formId}, whether the page
     * made it a select (single or multiple) or checkboxes / radio buttons:
     * {@code choose("user-form", "swgs", "health")}.
     */
    public void choose(String formId, String name, String value) {
        String scope = "#" + formId + " ";
        List<WebElement> selects = all(scope + "select[name='" + name + "']");
        if (!selects.isEmpty()) {
            new Select(selects.get(0)).selectByValue(value);
            return;
        }
        WebElement box = find(scope + "input[name='" + name + "'][value='" + value + "']");
        if (!box.isSelected()) {
            box.click();
        }
    }

    /** Ticks a checkbox or radio button (leaves it ticked if it is). */
    public void check(String id) {
        WebElement box = driver.findElement(By.id(id));
        if (!box.isSelected()) {
            box.click();
        }
    }

    /** Clicks the element with this id; waits for the next page if the click submitted a form. */
    public void click(String id) {
        submitting(() -> driver.findElement(By.id(id)).click());
    }

    /** Clicks a button that asks to confirm ({@code data-confirm}) and accepts the dialog. */
    public void clickAndConfirm(String id) {
        submitting(() -> {
            driver.findElement(By.id(id)).click();
            new WebDriverWait(driver, WAIT).until(ExpectedConditions.alertIsPresent()).accept();
        });
    }

    /** Clicks a button and accepts the confirmation dialog if the page asks for one. */
    public void clickOrConfirm(String id) {
        submitting(() -> {
            driver.findElement(By.id(id)).click();
            try {
                new WebDriverWait(driver, Duration.ofSeconds(2)).until(ExpectedConditions.alertIsPresent()).accept();
            } catch (org.openqa.selenium.TimeoutException noDialog) {
                // the form submits without asking
            }
        });
    }

    /** Submits the form that posts to this action (a form without an id of its own), accepting a confirmation. */
    public void submitForm(String action) {
        submitting(() -> {
            find("form[action='" + action + "'] button[type=submit], form[action='" + action + "'] button:not([type])").click();
            try {
                new WebDriverWait(driver, Duration.ofSeconds(2)).until(ExpectedConditions.alertIsPresent()).accept();
            } catch (org.openqa.selenium.TimeoutException noDialog) {
                // the form submits without asking
            }
        });
    }

    /** Clicks the submit button of a form: {@code <form-id>-submit}. */
    public void submit(String formId) {
        click(formId + "-submit");
    }

    /** Presses keys in the focused element and waits for the next page if they submitted a form. */
    public void pressAndWait(CharSequence... keys) {
        submitting(() -> press(keys));
    }

    /** Runs an action that may navigate and waits until the old page is gone and the new one loaded. */
    public void submitting(Runnable action) {
        WebElement html = driver.findElement(By.tagName("html"));
        action.run();
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> gone(html));
        } catch (org.openqa.selenium.TimeoutException stayed) {
            // the click did not navigate (a disclosure, a live total): nothing to wait for
        }
        waitForLoad();
    }

    /**
     * Whether the old page's element is gone. ChromeDriver answers a stale element either with
     * "stale element reference" or, mid-navigation, "Node with given id does not belong to the
     * document": any refusal to use the element means the page was replaced.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException replaced) {
            return true;
        }
    }

    private void waitForLoad() {
        new WebDriverWait(driver, WAIT).ignoring(org.openqa.selenium.JavascriptException.class)
                .until(d -> "complete".equals(js("return document.readyState")));
    }

    // ---- reading the page ------------------------------------------------------------------

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public boolean has(String css) {
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            return !driver.findElements(By.cssSelector(css)).isEmpty();
        } finally {
            driver.manage().timeouts().implicitlyWait(Duration.ofMillis(300));
        }
    }

    public String text(String css) {
        return find(css).getText();
    }

    /** The visible text of the whole page. */
    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The {@code lang} attribute of {@code <html>}. */
    public String lang() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /**
     * Bytes of HTML, CSS and JavaScript this page loaded (images and fonts excluded), from the
     * Performance API: the navigation and every script or stylesheet resource, each counted as
     * the larger of its transfer size and its encoded body size (a cache hit transfers 0 but
     * still weighs its body on a first visit).
     */
    public long pageWeight() {
        Object bytes = js("""
                const size = e => Math.max(e.transferSize || 0, e.encodedBodySize || 0);
                let total = 0;
                for (const n of performance.getEntriesByType('navigation')) total += size(n);
                for (const r of performance.getEntriesByType('resource')) {
                  if (/\\.(css|js)(\\?|$)/.test(r.name) || r.initiatorType === 'script' || r.initiatorType === 'css'
                      || r.initiatorType === 'fetch' || r.initiatorType === 'xmlhttprequest') total += size(r);
                }
                return total;""");
        return ((Number) bytes).longValue();
    }

    /** The names of the resources the Performance API saw, for messages. */
    @SuppressWarnings("unchecked")
    public List<String> resources() {
        return (List<String>) js("return performance.getEntriesByType('resource').map(r => r.name + ' ' + "
                + "Math.max(r.transferSize || 0, r.encodedBodySize || 0))");
    }

    /**
     * Form fields with no accessible name: every input (but hidden ones and buttons), select and
     * textarea needs a {@code <label>} with text, an {@code aria-label} or an
     * {@code aria-labelledby} pointing at text.
     */
    @SuppressWarnings("unchecked")
    public List<String> unlabelledFields() {
        return (List<String>) js("""
                const bad = [];
                const named = id => { const e = id && document.getElementById(id); return e && e.textContent.trim() !== ''; };
                document.querySelectorAll('input, select, textarea').forEach(el => {
                  const type = (el.getAttribute('type') || '').toLowerCase();
                  if (['hidden', 'submit', 'button', 'reset', 'image'].includes(type)) return;
                  const byLabel = el.labels && Array.from(el.labels).some(l => l.textContent.trim() !== '');
                  const byAria = (el.getAttribute('aria-label') || '').trim() !== '';
                  const byRef = (el.getAttribute('aria-labelledby') || '').split(/\\s+/).some(named);
                  if (!byLabel && !byAria && !byRef) bad.push(el.id || el.name || el.outerHTML.substring(0, 80));
                });
                return bad;""");
    }

    // ---- window and pictures ---------------------------------------------------------------

    /** 360 px wide, a small phone. */
    public void narrow() {
        resize(NARROW);
    }

    public void wide() {
        resize(WIDE);
    }

    public void resize(int width) {
        driver.manage().window().setSize(new Dimension(width, HEIGHT));
    }

    /** Whether the page scrolls sideways (it should not, even at 360 px). */
    public boolean overflowsHorizontally() {
        return (Boolean) js("return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
    }

    /**
     * What sticks out to the right of the window, for the message when
     * {@link #overflowsHorizontally()}: the page's scroll width, then the outermost elements
     * past the right edge that no scrolling box clips, and positioned elements past it (an
     * absolute element escapes a scrolling box that is not positioned).
     */
    @SuppressWarnings("unchecked")
    public List<String> overflowingElements() {
        return (List<String>) js("""
                const width = document.documentElement.clientWidth;
                const out = e => e.getBoundingClientRect().right > width + 1;
                const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                    + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
                const clipped = e => { for (let a = e.parentElement; a && a !== document.body; a = a.parentElement)
                    if (getComputedStyle(a).overflowX !== 'visible') return true; return false; };
                const positioned = e => ['absolute', 'fixed'].includes(getComputedStyle(e).position);
                const found = Array.from(document.body.querySelectorAll('*')).filter(out)
                  .filter(e => positioned(e) || (!clipped(e) && !(e.parentElement && e.parentElement !== document.body && out(e.parentElement))))
                  .slice(0, 10)
                  .map(e => name(e) + (positioned(e) ? ' (' + getComputedStyle(e).position + ')' : '') + ' to '
                      + Math.round(e.getBoundingClientRect().right) + 'px');
                return ['page ' + document.documentElement.scrollWidth + 'px wide in ' + width + 'px'].concat(found);""");
    }

    /**
     * Saves the whole page (not only the window) as {@code target/screenshots/<name>.png}: the
     * window grows to the page's height for the shot and shrinks back.
     */
    public Path screenshot(String name) {
        Dimension size = driver.manage().window().getSize();
        long height = ((Number) js("return Math.ceil(document.documentElement.scrollHeight)")).longValue();
        try {
            js("window.scrollTo(0, 0)");
            if (height > size.getHeight()) {
                driver.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(height + 100, 6000)));
            }
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(size);
        }
    }

    /** Saves the page's HTML next to the screenshots, for a failure's post-mortem. */
    public void saveSource(String name) {
        try {
            Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            if (current == this) {
                current = null;
            }
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile left behind is harmless
            }
        }
    }

    /**
     * On a failed test, saves {@code failed-<Class>-<method>.png} and {@code .html} of the page
     * the browser was on; register with {@code @ExtendWith(Browser.OnFailure.class)}.
     */
    public static final class OnFailure implements AfterTestExecutionCallback {
        @Override
        public void afterTestExecution(ExtensionContext context) {
            Browser browser = current;
            if (browser != null && context.getExecutionException().isPresent()) {
                String name = "failed-" + context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName();
                try {
                    browser.screenshot(name);
                    browser.saveSource(name);
                } catch (RuntimeException e) {
                    context.getExecutionException().get().addSuppressed(e);
                }
            }
        }
    }
}
