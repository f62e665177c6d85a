package la.rtp.tracker.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/** Pictures of the pages under {@code target/screenshots/}, and of the page a failed test was on. */
public final class Screenshots {

    public static final Path DIRECTORY = Path.of("target", "screenshots");
    private static final int MAX_HEIGHT = 6000;

    private Screenshots() {
    }

    /**
     * Saves the whole page (not only the window) as {@code <name>.png}: the window grows to the
     * page's height for the shot and shrinks back.
     */
    static Path save(ChromeDriver driver, String name) {
        Dimension size = driver.manage().window().getSize();
        JavascriptExecutor js = driver;
        long height = ((Number) js.executeScript("return Math.ceil(document.documentElement.scrollHeight)")).longValue();
        try {
            Files.createDirectories(DIRECTORY);
            js.executeScript("window.scrollTo(0, 0)");
            if (height > size.getHeight()) {
                driver.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(height + 100, MAX_HEIGHT)));
            }
            Path target = DIRECTORY.resolve(name + ".png");
            Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(size);
        }
    }

    /**
     * On a failed test, saves {@code failed-<Class>-<method>.png} and {@code .html} of the page
     * the browser was on: register with {@code @ExtendWith(Screenshots.OnFailure.class)}.
     */
    public static final class OnFailure implements AfterTestExecutionCallback {
        @Override
        public void afterTestExecution(ExtensionContext context) {
            Browser browser = Browser.current();
            if (browser == null || context.getExecutionException().isEmpty()) {
                return;
            }
            String name = "failed-" + context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName();
            try {
                save(browser.driver(), name);
                Files.writeString(DIRECTORY.resolve(name + ".html"), browser.driver().getPageSource(),
                        StandardCharsets.UTF_8);
            } catch (RuntimeException | IOException e) {
                context.getExecutionException().get().addSuppressed(e);
            }
        }
    }
}
