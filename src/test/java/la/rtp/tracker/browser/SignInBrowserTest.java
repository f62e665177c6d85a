package la.rtp.tracker.browser;

import static la.rtp.tracker.browser.PageChecks.looksRight;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** Sign-in by keyboard, the language switch, and form errors in Lao, in headless Chromium. */
@QuarkusTest
@Tag("browser")
@ExtendWith(Screenshots.OnFailure.class)
class SignInBrowserTest {

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
        looksRight(browser, "login");
        assertEquals("username", browser.focused().getAttribute("id"), "the user name field has the focus");

        browser.press("admin");
        browser.press(Keys.TAB);
        assertEquals("password", browser.focused().getAttribute("id"));
        browser.press(Api.ADMIN_PASSWORD);
        browser.press(Keys.TAB);
        assertEquals(browser.signInButton(), browser.focused(), "TAB from the password reaches the sign-in button");
        browser.pressAndWait(Keys.ENTER);
        assertEquals("/app", browser.path());
    }

    @Test
    void aWrongPasswordShowsTheMessageOnTheForm() {
        String user = Api.user("VIEWER"); // not the admin: failures count towards a lock-out
        browser.open("/login");
        browser.type("username", user);
        browser.type("password", "not-the-password");
        browser.submitting(() -> browser.signInButton().click());
        assertTrue(browser.path().startsWith("/login"), browser.path());
        assertTrue(browser.has("[role=alert]"), "the failure is announced");
    }

    @Test
    void theHomePageSwitchesToLaoAndFitsAPhone() {
        String user = Api.user("SWG_SECRETARIAT", "health");
        browser.signIn(user, Api.passwordOf(user));
        assertEquals("/app", browser.path());
        looksRight(browser, "switch-home");

        browser.switchLanguage();
        assertEquals("/app", browser.path(), "the language switch comes back to the page");
        assertEquals("lo", browser.lang());
        assertTrue(browser.pageText().contains("ໜ້າຫຼັກ"), "the Lao word for Home is on the page");
        assertTrue(browser.pageText().contains("ອອກຈາກລະບົບ"), "the Lao sign-out button is on the page");
        looksRight(browser, "switch-home-lo");

        browser.narrow();
        browser.open("/app");
        looksRight(browser, "switch-home-360");
        browser.wide();

        browser.switchLanguage();
        assertEquals("en", browser.lang());
    }

    @Test
    void aRefusedFormKeepsTheInputAndShowsEachReasonNextToItsFieldInLao() {
        String secretariat = Api.user("RTP_SECRETARIAT");
        browser.signIn(secretariat, Api.passwordOf(secretariat));
        browser.switchLanguage();
        browser.open("/app/users");
        assertEquals("lo", browser.lang());
        String refused = Api.unique("refused");
        browser.type("f-username", refused);
        browser.type("f-password", "short");
        browser.choose("user-form", "role", "VIEWER");
        browser.submit("user-form"); // display name left empty, password too short
        assertEquals("/app/users", browser.path());
        assertEquals(refused, browser.find("#f-username").getAttribute("value"), "the input is kept");
        for (String field : List.of("displayName", "password")) {
            assertEquals("true", browser.find("#f-" + field).getAttribute("aria-invalid"), field);
            assertTrue(browser.find("#f-" + field).getAttribute("aria-describedby").contains("e-" + field), field);
            String reason = browser.text("#e-" + field);
            assertTrue(reason.codePoints().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.LAO),
                    field + ": the reason is in Lao: " + reason);
        }
        looksRight(browser, "users-refused-lo");
        Api.admin().get("/api/v1/users?size=200").then().statusCode(200).body("total", lessThan(200))
                .body("items.username", not(hasItem(refused)));
    }
}
