package la.rtp.tracker.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import la.rtp.tracker.support.Api;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;

/**
 * Issue 8 end to end, in headless Chromium, as a first-time user would do it. Screenshots of
 * each main page go to {@code target/screenshots/}; each page is also checked for weight
 * (HTML + CSS + JS under 100 KB), labels on every field and no sideways scrolling.
 */
@QuarkusTest
@Tag("browser")
@ExtendWith(Browser.OnFailure.class)
class WorkspaceBrowserTest {

    private static final long MAX_PAGE_BYTES = 100 * 1024;

    private Browser browser;

    @BeforeEach
    void start() {
        browser = Browser.start();
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    @Test
    void theSignInFormWorksByKeyboardAlone() {
        browser.open("/login");
        assertEquals("en", browser.lang());
        looksRight("login");
        assertEquals("j_username", browser.focused().getAttribute("id"), "the user name field has the focus");

        browser.press("admin");
        browser.press(Keys.TAB);
        assertEquals("j_password", browser.focused().getAttribute("id"));
        browser.press(Api.ADMIN_PASSWORD);
        browser.press(Keys.TAB);
        assertEquals(browser.signInButton(), browser.focused(), "TAB from the password reaches the sign-in button");
        browser.pressAndWait(Keys.ENTER);
        assertEquals("/app", browser.path());
    }

    @Test
    void aWrongPasswordShowsTheMessageOnTheForm() {
        browser.open("/login");
        browser.type("j_username", "admin");
        browser.type("j_password", "not-the-password");
        browser.signInButton().click();
        assertTrue(browser.path().startsWith("/login"), browser.path());
        assertTrue(browser.has("[role=alert]"), "the failure is announced");
    }

    @Test
    void theHomePageSwitchesToLaoAndFitsAPhone() {
        String user = Api.user("SWG_SECRETARIAT", "health");
        browser.signIn(user, Api.passwordOf(user));
        assertEquals("/app", browser.path());
        looksRight("home");

        browser.switchLanguage();
        assertEquals("/app", browser.path(), "the language switch comes back to the page");
        assertEquals("lo", browser.lang());
        assertTrue(browser.pageText().contains("ໜ້າຫຼັກ"), "the Lao word for Home is on the page");
        assertTrue(browser.pageText().contains("ອອກຈາກລະບົບ"), "the Lao sign-out button is on the page");
        looksRight("home-lo");

        browser.narrow();
        browser.open("/app");
        looksRight("home-360");
        browser.wide();

        browser.switchLanguage();
        assertEquals("en", browser.lang());
    }

    /** Screenshot plus the checks every page must pass. */
    private void looksRight(String name) {
        browser.screenshot(name);
        long weight = browser.pageWeight();
        System.out.printf("page %s: %,d bytes of HTML, CSS and JS %s%n", name, weight, browser.resources());
        assertTrue(weight > 0 && weight < MAX_PAGE_BYTES,
                name + " weighs " + weight + " bytes of HTML, CSS and JS: " + browser.resources());
        List<String> unlabelled = browser.unlabelledFields();
        assertTrue(unlabelled.isEmpty(), name + ": fields without a label: " + unlabelled);
        assertFalse(browser.overflowsHorizontally(), name + " scrolls sideways at this width");
    }
}
