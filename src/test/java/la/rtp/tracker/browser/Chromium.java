package la.rtp.tracker.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * How Chromium runs here: Debian's {@code chromium} driven by Debian's {@code chromium-driver}.
 * Both paths are given to Selenium, so Selenium Manager never runs and nothing is downloaded at
 * test time; override them with {@code -Dbrowser.binary} and {@code -Dwebdriver.chrome.driver}.
 * The flags keep a headless Chromium, as root, off the network it would otherwise try to reach.
 */
final class Chromium {

    static final String DRIVER = System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
    static final String BINARY = System.getProperty("browser.binary", "/usr/bin/chromium");

    /** Selenium warns at every start that it has no DevTools for this version; we use none. */
    private static final Logger CDP_WARNINGS = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_WARNINGS.setLevel(Level.SEVERE);
    }

    private Chromium() {
    }

    /** A headless Chromium with this (new, empty) profile directory and window size. */
    static ChromeDriver launch(Path profile, int width, int height) {
        for (String program : List.of(DRIVER, BINARY)) {
            if (!Files.isExecutable(Path.of(program))) {
                throw new IllegalStateException(program + " is missing: the browser tests need Debian's Chromium,"
                        + " `apt-get install chromium chromium-driver` (or -Dbrowser.binary and -Dwebdriver.chrome.driver)");
            }
        }
        System.setProperty("webdriver.chrome.driver", DRIVER);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().withLogFile(Path.of("target", "chromedriver.log").toFile()).build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--lang=en-US",
                "--window-size=" + width + "," + height, "--user-data-dir=" + profile.toAbsolutePath());
        // the sign-in page speaks the browser's language: English, whatever the machine's locale
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        return driver;
    }
}
