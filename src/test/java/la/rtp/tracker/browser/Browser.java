package la.rtp.tracker.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for the workspace's end-to-end tests: headless Chromium ({@link Chromium}) with
 * a fresh profile, against the Quarkus test server, in the words of the page: open a path, type
 * into a field, choose a value, submit a form.
 *
 * <p>Helpers address elements by the stable ids of WEB-CONVENTIONS.md ({@code f-<field>},
 * {@code <form-id>-submit}); every submit waits until the next page has loaded.
 */
public final class Browser implements AutoCloseable {

    public static final int WIDE = 1280;
    public static final int NARROW = 360;
    private static final int HEIGHT = 900;
    private static final Duration IMPLICIT = Duration.ofMillis(300);
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static volatile Browser current;

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;

    private Browser(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        try {
            profile = Files.createTempDirectory("chromium-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        driver = Chromium.launch(profile, WIDE, HEIGHT);
        driver.manage().timeouts().implicitlyWait(IMPLICIT);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
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
        type("username", username);
        type("password", password);
        submitting(() -> signInButton().click());
        if (path().startsWith("/login")) {
            throw new AssertionError("sign-in of " + username + " failed: " + path());
        }
    }

    /** The sign-in form's button (the form posts to Quarkus, it has no id of ours). */
    public WebElement signInButton() {
        return find("form[action='/login'] button[type=submit]");
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
            driver.manage().timeouts().implicitlyWait(IMPLICIT);
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

    /** Saves the whole page as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        return Screenshots.save(driver, name);
    }

    /** The browser of the running test, for {@link Screenshots.OnFailure}. */
    static Browser current() {
        return current;
    }

    ChromeDriver driver() {
        return driver;
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
}
