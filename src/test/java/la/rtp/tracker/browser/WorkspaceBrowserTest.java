package la.rtp.tracker.browser;

import static la.rtp.tracker.browser.PageChecks.looksRight;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import la.rtp.tracker.common.Time;
import la.rtp.tracker.support.Api;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;

/**
 * A first-time user's way, click by click in headless Chromium: the admin creates a secretariat
 * user for health; that user creates, fills and submits this year's workplan, schedules a
 * meeting, marks it held, records two attendees and publishes the minutes; the admin sees
 * health's row of the compliance matrix change (RTP-2, RTP-7); the workspace switches to Lao and
 * every main page, in Lao, fits a 360 px phone. Each main page is photographed into
 * {@code target/screenshots/} and passes {@link PageChecks}.
 */
@QuarkusTest
@Tag("browser")
@ExtendWith(Screenshots.OnFailure.class)
class WorkspaceBrowserTest {

    private final int year = LocalDate.now(Time.ZONE).getYear();
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
    void aFirstTimeUserSubmitsAWorkplanAndRecordsAMeeting() {
        // reference data entered beforehand through the API: an NGO and someone of it in the
        // directory (the directory's own forms are tested in DirectoryPagesTest)
        long ngo = Api.organization("NGO");
        String listed = Api.unique("Khamla Directory");
        long personId = Api.admin().body(Map.of("fullName", listed, "gender", "FEMALE", "organizationId", ngo,
                "position", "Adviser", "email", "khamla@example.org"))
                .post("/api/v1/people").then().statusCode(201).extract().jsonPath().getLong("id");

        browser.signIn("admin", Api.ADMIN_PASSWORD);
        adminEntersThePlanCovering(year);
        Map<String, String> before = healthRow();
        assertTrue(before.get("RTP-7").startsWith("PENDING"), "no meeting held yet this year: " + before);
        looksRight(browser, "home-admin");
        browser.open("/app/directory?q=" + listed.replace(" ", "+"));
        assertTrue(browser.pageText().contains(listed), "the directory finds the person made through the API");
        looksRight(browser, "directory");
        String user = adminCreatesASecretariatForHealth();

        browser.signIn(user, Api.passwordOf(user));
        looksRight(browser, "home");
        long workplanId = createAndSubmitTheWorkplan();
        long meetingId = scheduleAndRecordAMeeting(ngo, listed, personId);
        browser.signOut();

        browser.signIn("admin", Api.ADMIN_PASSWORD);
        Map<String, String> after = healthRow();
        browser.screenshot("home-admin-after");
        assertNotEquals(before.get("RTP-2"), after.get("RTP-2"),
                "RTP-2 (workplan submitted) changes for health: " + before + " -> " + after);
        assertTrue(after.get("RTP-7").startsWith("COMPLIANT"), "RTP-7 (minutes published) is met: " + after);

        everyMainPageInLaoOnAPhone(workplanId, meetingId);
    }

    /** On {@code /app/users}: a new SWG secretariat user for health; signs the admin out. */
    private String adminCreatesASecretariatForHealth() {
        browser.open("/app/users");
        looksRight(browser, "users");
        String user = Api.unique("sec-health");
        browser.type("f-username", user);
        browser.type("f-displayName", "Souksavanh Health Secretariat");
        browser.type("f-password", Api.passwordOf(user));
        browser.choose("user-form", "role", "SWG_SECRETARIAT");
        browser.choose("user-form", "swgs", "health");
        browser.submit("user-form");
        assertTrue(browser.pageText().contains(user), "the new user is listed: " + browser.path());
        browser.signOut();
        assertTrue(browser.path().startsWith("/login"), browser.path());
        return user;
    }

    /** From the SWG page: this year's workplan, one activity, submitted (confirming the dialog). */
    private long createAndSubmitTheWorkplan() {
        browser.open("/app/swgs/health");
        looksRight(browser, "swg");
        browser.type("f-year", Integer.toString(year));
        browser.submit("workplan-create-form");
        assertTrue(browser.path().startsWith("/app/workplans/"), "the editor opens: " + browser.path());
        long workplanId = browser.idInPath();
        assertTrue(browser.find("#workplan-status").getAttribute("class").contains("wp-status-DRAFT"));

        browser.type("f-title", "Train 40 district health officers");
        browser.type("f-description", "Two sessions in Savannakhet and Luang Prabang.");
        browser.find("#activity-form input[name='nsedpOutcomes']").click();
        browser.check("f-quarters-2");
        // the first empty row's source is the Government budget, in USD, until chosen otherwise
        browser.type("f-budget-0-planned", "12500");
        String total = browser.text("output[data-sum-of='planned-GOVERNMENT']");
        assertTrue(total.contains("12,500"), "the total by source follows the typing: " + total);
        browser.submit("activity-form");
        assertTrue(browser.pageText().contains("Train 40 district health officers"), "the activity is listed");
        looksRight(browser, "workplan-editor");

        browser.clickAndConfirm("submit-form-submit");
        Api.admin().get("/api/v1/workplans/" + workplanId).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"), "year", equalTo(year), "activities.size()", equalTo(1));
        browser.screenshot("workplan-submitted");
        return workplanId;
    }

    /**
     * A regular meeting yesterday in Vientiane (so that it can be marked held), held, a walk-in
     * and the directory person as attendees, minutes previewed, saved and published.
     */
    private long scheduleAndRecordAMeeting(long ngo, String listed, long personId) {
        LocalDate today = LocalDate.now(Time.ZONE);
        LocalDate day = today.getDayOfYear() == 1 ? today : today.minusDays(1);
        browser.open("/app/swgs/health/meetings/new");
        looksRight(browser, "meeting-new");
        browser.type("f-title", "Health SWG regular meeting");
        browser.choose("meeting-form", "kind", "REGULAR");
        browser.set("f-date", day.toString());
        browser.set("f-startTime", day.equals(today) ? "00:00" : "09:00");
        browser.set("f-endTime", day.equals(today) ? "00:30" : "11:30");
        browser.type("f-venue", "Ministry of Health, Vientiane");
        browser.submit("meeting-form");
        assertTrue(browser.path().startsWith("/app/meetings/"), "the meeting page opens: " + browser.path());
        long meetingId = browser.idInPath();
        looksRight(browser, "meeting-scheduled");
        browser.submit("held-form");

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

        browser.type("f-body", "# Minutes\n\nThe workplan for " + year + " was **presented**.");
        browser.select("f-language", "en");
        browser.click("minutes-form-preview");
        assertEquals("presented", browser.text("#minutes-preview strong"), "the preview shows the sanitised HTML");
        browser.click("minutes-form-submit");
        browser.clickAndConfirm("publish-form-submit");
        looksRight(browser, "meeting");
        Api.admin().get("/api/v1/meetings/" + meetingId).then().statusCode(200)
                .body("status", equalTo("HELD"), "attendance.total", equalTo(2), "attendance.women", equalTo(1));
        Api.admin().get("/api/v1/minutes/" + meetingId).then().statusCode(200)
                .body("bodyHtml", containsString("<strong>presented</strong>"));
        return meetingId;
    }

    /** The header's language button, then each main page in Lao at 360 px; back to English. */
    private void everyMainPageInLaoOnAPhone(long workplanId, long meetingId) {
        browser.switchLanguage();
        assertEquals("lo", browser.lang());
        assertTrue(browser.pageText().contains("ໜ້າຫຼັກ"), "the Lao word for Home is on the page");
        assertTrue(browser.pageText().contains("ອອກຈາກລະບົບ"), "the Lao sign-out button is on the page");
        looksRight(browser, "home-lo");
        browser.narrow();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home-360", "/app");
        pages.put("swg-360", "/app/swgs/health");
        pages.put("workplan-editor-360", "/app/workplans/" + workplanId);
        pages.put("meeting-360", "/app/meetings/" + meetingId);
        pages.put("users-360", "/app/users");
        pages.put("directory-360", "/app/directory");
        pages.forEach((name, path) -> {
            browser.open(path);
            assertEquals("lo", browser.lang(), path);
            looksRight(browser, name);
        });
        // on the phone, in Lao: the activity page records a disbursement (the date defaults to today)
        long activityId = Api.admin().get("/api/v1/workplans/" + workplanId).then().extract().jsonPath()
                .getLong("activities[0].id");
        browser.open("/app/workplans/" + workplanId + "/activities/" + activityId);
        looksRight(browser, "activity-360");
        browser.type("f-disbursement-amount", "1,250");
        browser.submit("disbursement-form");
        assertTrue(browser.pageText().contains("1,250.00"), "the disbursement is listed");
        looksRight(browser, "activity-disbursed-360");
        browser.open("/app/exchange-rates");
        looksRight(browser, "exchange-rates-360");
        browser.wide();
        browser.switchLanguage();
        assertEquals("en", browser.lang());
    }

    /** Health's row of the compliance matrix on the home page: rule → "STATUS: detail". */
    private Map<String, String> healthRow() {
        browser.open("/app");
        Map<String, String> cells = new TreeMap<>();
        for (WebElement cell : browser.all("#compliance-matrix tr[data-swg='health'] td[data-rule]")) {
            cells.put(cell.getAttribute("data-rule"), cell.getAttribute("data-status") + ": " + cell.getAttribute("title"));
        }
        assertEquals(11, cells.size(), "eleven rules in health's row: " + cells);
        return cells;
    }

    /**
     * On {@code /app/nsedp}: the NSEDP of this year's five-year period (the 10th is 2026-2030),
     * unless one covers the year already; the 9th, of the reference data, ends in 2025.
     */
    private void adminEntersThePlanCovering(int year) {
        boolean covered = Api.admin().get("/api/v1/nsedp").then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("items").stream()
                .anyMatch(p -> (Integer) p.get("startYear") <= year && (Integer) p.get("endYear") >= year);
        browser.open("/app/nsedp");
        looksRight(browser, "nsedp");
        if (!covered) {
            int period = Math.floorDiv(year - 2026, 5);
            int start = 2026 + 5 * period;
            browser.type("f-number", Integer.toString(10 + period));
            browser.type("f-title", (10 + period) + "th NSEDP");
            browser.type("f-startYear", Integer.toString(start));
            browser.type("f-endYear", Integer.toString(start + 4));
            browser.type("f-outcomes", IntStream.rangeClosed(1, 6).mapToObj(n -> "Outcome " + n + " | ຜົນໄດ້ຮັບ " + n)
                    .collect(java.util.stream.Collectors.joining("\n")));
            browser.submit("nsedp-form");
            assertTrue(browser.path().startsWith("/app/nsedp?added="), browser.path());
        }
    }
}
