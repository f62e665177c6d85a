package la.rtp.tracker.browser;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import la.rtp.tracker.common.Time;
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
        String user = Api.user("VIEWER"); // not the admin: failures count towards a lock-out
        browser.open("/login");
        browser.type("j_username", user);
        browser.type("j_password", "not-the-password");
        browser.submitting(() -> browser.signInButton().click());
        assertTrue(browser.path().startsWith("/login"), browser.path());
        assertTrue(browser.has("[role=alert]"), "the failure is announced");
    }

    @Test
    void theHomePageSwitchesToLaoAndFitsAPhone() {
        String user = Api.user("SWG_SECRETARIAT", "health");
        browser.signIn(user, Api.passwordOf(user));
        assertEquals("/app", browser.path());
        looksRight("switch-home");

        browser.switchLanguage();
        assertEquals("/app", browser.path(), "the language switch comes back to the page");
        assertEquals("lo", browser.lang());
        assertTrue(browser.pageText().contains("ໜ້າຫຼັກ"), "the Lao word for Home is on the page");
        assertTrue(browser.pageText().contains("ອອກຈາກລະບົບ"), "the Lao sign-out button is on the page");
        looksRight("switch-home-lo");

        browser.narrow();
        browser.open("/app");
        looksRight("switch-home-360");
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
        looksRight("users-refused-lo");
        Api.admin().get("/api/v1/users?size=200").then().statusCode(200).body("total", lessThan(200))
                .body("items.username", not(hasItem(refused)));
        browser.switchLanguage();
    }

    /**
     * Issue 8's "Done when", click by click: the admin creates a secretariat user for health;
     * that user creates, fills and submits this year's workplan, schedules a meeting, marks it
     * held, records two attendees and publishes the minutes; the admin sees health's row of the
     * compliance matrix change (RTP-2 and RTP-7); the workspace switches to Lao, and every main
     * page, in Lao, fits a 360 px phone.
     */
    @Test
    void aFirstTimeUserSubmitsAWorkplanAndRecordsAMeeting() {
        int year = LocalDate.now(Time.ZONE).getYear();
        // reference data the secretariat would have entered: an NSEDP covering this year, and
        // someone already in the directory, both made beforehand through the API
        nsedpCovering(year);
        long ngo = Api.organization("NGO");
        String listed = Api.unique("Khamla Directory");
        long personId = Api.admin().body(Map.of("fullName", listed, "gender", "FEMALE", "organizationId", ngo,
                "position", "Adviser", "email", "khamla@example.org"))
                .post("/api/v1/people").then().statusCode(201).extract().jsonPath().getLong("id");

        // the admin signs in, notes the matrix and creates a secretariat user for health
        browser.signIn("admin", Api.ADMIN_PASSWORD);
        assertEquals("/app", browser.path());
        Map<String, String> matrixBefore = healthRow();
        assertTrue(matrixBefore.get("RTP-7").startsWith("NOT_APPLICABLE"), "no meeting held yet: " + matrixBefore);
        looksRight("home-admin");

        browser.open("/app/directory?q=" + listed.replace(" ", "+"));
        assertTrue(browser.pageText().contains(listed), "the directory finds the person made through the API");
        looksRight("directory");
        browser.open("/app/users");
        looksRight("users");
        String user = Api.unique("sec-health");
        String password = Api.passwordOf(user);
        browser.type("f-username", user);
        browser.type("f-displayName", "Souksavanh Health Secretariat");
        browser.type("f-password", password);
        browser.choose("user-form", "role", "SWG_SECRETARIAT");
        browser.choose("user-form", "swgs", "health");
        browser.submit("user-form");
        assertTrue(browser.pageText().contains(user), "the new user is listed: " + browser.path());
        browser.signOut();
        assertTrue(browser.path().startsWith("/login"), browser.path());

        // the secretariat signs in and creates this year's workplan from the SWG page
        browser.signIn(user, password);
        looksRight("home");
        browser.open("/app/swgs/health");
        looksRight("swg");
        if (browser.has("#f-year")) {
            browser.type("f-year", Integer.toString(year));
        }
        browser.submit("workplan-create-form");
        assertTrue(browser.path().startsWith("/app/workplans/"), "the editor opens: " + browser.path());
        long workplanId = browser.idInPath();

        // one activity with an NSEDP outcome, a quarter and a budget line; the total follows the typing
        assertEquals("DRAFT", browser.find("#workplan-status").getAttribute("class").replaceAll(".*wp-status-(\\w+).*", "$1"));
        browser.type("f-title", "Train 40 district health officers");
        browser.type("f-description", "Two sessions in Savannakhet and Luang Prabang.");
        browser.find("#activity-form input[name='nsedpOutcomes']").click();
        browser.check("f-quarters-2");
        String row = browser.find("#activity-form input[name$='.source'][value='GOVERNMENT']").getAttribute("id")
                .replace("-source", "");
        browser.type(row + "-plannedUsd", "12500");
        assertTrue(browser.text("output[data-sum-of='planned-GOVERNMENT']").contains("12,500"),
                "the total by source follows the typing: " + browser.text("output[data-sum-of='planned-GOVERNMENT']"));
        browser.submit("activity-form");
        assertTrue(browser.pageText().contains("Train 40 district health officers"), "the activity is listed");
        looksRight("workplan-editor");

        browser.clickAndConfirm("submit-form-submit");
        Api.admin().get("/api/v1/workplans/" + workplanId).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"), "year", equalTo(year), "activities.size()", equalTo(1));
        browser.screenshot("workplan-submitted");

        // a regular meeting yesterday in Vientiane (so that it can be marked held), this year
        LocalDate today = LocalDate.now(Time.ZONE);
        LocalDate day = today.getDayOfYear() == 1 ? today : today.minusDays(1);
        browser.open("/app/swgs/health/meetings/new");
        looksRight("meeting-new");
        browser.type("f-title", "Health SWG regular meeting");
        browser.choose("meeting-form", "kind", "REGULAR");
        browser.set("f-date", day.toString());
        browser.set("f-startTime", day.equals(today) ? "00:00" : "09:00");
        browser.set("f-endTime", day.equals(today) ? "00:30" : "11:30");
        browser.type("f-venue", "Ministry of Health, Vientiane");
        browser.submit("meeting-form");
        assertTrue(browser.path().startsWith("/app/meetings/"), "the meeting page opens: " + browser.path());
        long meetingId = browser.idInPath();

        looksRight("meeting-scheduled");
        browser.submit("held-form");
        assertEquals("HELD", meetingStatus(meetingId));
        // a walk-in, then the directory person, found with the search box
        browser.type("f-fullName", "Bounmy Walk-in");
        browser.select("f-gender", "MALE");
        browser.select("f-organizationId", Long.toString(ngo));
        browser.submit("attendee-form");
        assertEquals("1", browser.text("#attendance-total"));
        browser.type("f-q", listed);
        browser.submit("attendee-search-form");
        browser.submitting(() -> browser.find("#attendee-search-results button[value='" + personId + "']").click());
        assertEquals("2", browser.text("#attendance-total"), "the summary counts both");
        assertEquals("1", browser.text("#attendance-women"));
        // the minutes, previewed, saved and published
        browser.type("f-body", "# Minutes\n\nThe workplan for " + year + " was **presented**.");
        browser.select("f-language", "en");
        browser.click("minutes-form-preview");
        assertEquals("presented", browser.text("#minutes-preview strong"), "the preview shows the sanitised HTML");
        browser.click("minutes-form-submit");
        browser.clickAndConfirm("publish-form-submit");
        looksRight("meeting");
        Api.admin().get("/api/v1/meetings/" + meetingId).then().statusCode(200)
                .body("status", equalTo("HELD"), "attendance.total", equalTo(2), "attendance.women", equalTo(1));
        Api.admin().get("/api/v1/minutes/" + meetingId).then().statusCode(200)
                .body("bodyHtml", containsString("<strong>presented</strong>"));
        browser.signOut();

        // the admin sees the change in health's row of the matrix
        browser.signIn("admin", Api.ADMIN_PASSWORD);
        Map<String, String> matrixAfter = healthRow();
        browser.screenshot("home-admin-after");
        assertNotEquals(matrixBefore.get("RTP-2"), matrixAfter.get("RTP-2"),
                "RTP-2 (workplan submitted) changes for health: " + matrixBefore + " -> " + matrixAfter);
        assertTrue(matrixAfter.get("RTP-7").startsWith("COMPLIANT"),
                "RTP-7 (minutes published) is met for health: " + matrixAfter.get("RTP-7"));

        // Lao, then every main page in Lao on a 360 px phone
        browser.switchLanguage();
        assertEquals("lo", browser.lang());
        assertTrue(browser.pageText().contains("ໜ້າຫຼັກ"), "the Lao word for Home is on the page");
        assertTrue(browser.pageText().contains("ອອກຈາກລະບົບ"), "the Lao sign-out button is on the page");
        looksRight("home-lo");
        browser.narrow();
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("home-360", "/app");
        pages.put("swg-360", "/app/swgs/health");
        pages.put("workplan-editor-360", "/app/workplans/" + workplanId);
        pages.put("meeting-360", "/app/meetings/" + meetingId);
        pages.put("users-360", "/app/users");
        pages.put("directory-360", "/app/directory");
        pages.forEach((name, path) -> {
            browser.open(path);
            assertEquals("lo", browser.lang(), path);
            looksRight(name);
        });
        browser.wide();
        browser.switchLanguage();
        assertEquals("en", browser.lang());
    }

    /** Health's row of the compliance matrix on the home page: rule → "STATUS: detail". */
    private Map<String, String> healthRow() {
        browser.open("/app");
        Map<String, String> cells = new java.util.TreeMap<>();
        for (var cell : browser.all("#compliance-matrix tr[data-swg='health'] td[data-rule]")) {
            cells.put(cell.getAttribute("data-rule"), cell.getAttribute("data-status") + ": " + cell.getAttribute("title"));
        }
        assertEquals(10, cells.size(), "ten rules in health's row: " + cells);
        return cells;
    }

    /** Adds the NSEDP of this year's five-year period (the 10th is 2026-2030) unless one covers the year. */
    private static void nsedpCovering(int year) {
        boolean covered = Api.admin().get("/api/v1/nsedp").then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("items").stream()
                .anyMatch(p -> (Integer) p.get("startYear") <= year && (Integer) p.get("endYear") >= year);
        if (!covered) {
            int period = Math.floorDiv(year - 2026, 5);
            int start = 2026 + 5 * period;
            List<Map<String, Object>> outcomes = java.util.stream.IntStream.rangeClosed(1, 6)
                    .mapToObj(n -> Map.<String, Object>of("number", n, "title", "Outcome " + n, "titleLo", "ຜົນໄດ້ຮັບ " + n))
                    .toList();
            Api.admin().body(Map.of("number", 10 + period, "title", (10 + period) + "th NSEDP", "startYear", start,
                    "endYear", start + 4, "outcomes", outcomes)).post("/api/v1/nsedp").then().statusCode(201);
        }
    }

    private static String meetingStatus(long id) {
        return Api.admin().get("/api/v1/meetings/" + id).then().statusCode(200).extract().jsonPath().getString("status");
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
        assertFalse(browser.overflowsHorizontally(), name + " scrolls sideways at this width: "
                + browser.overflowingElements());
    }
}
