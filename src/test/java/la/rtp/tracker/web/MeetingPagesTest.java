package la.rtp.tracker.web;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.web.MeetingWeb.errorOf;
import static la.rtp.tracker.web.MeetingWeb.form;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import la.rtp.tracker.support.Api;
import la.rtp.tracker.support.Fixtures;
import la.rtp.tracker.support.PinnedClock;
import la.rtp.tracker.support.TestClock;
import la.rtp.tracker.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PinnedClock
class MeetingPagesTest {

    @Inject
    TestClock clock;

    @BeforeEach
    void pin() {
        clock.pin(Fixtures.NOW);
    }

    private static Map<String, Object> schedule(String title, String date, String start, String end) {
        return form("title", title, "kind", "REGULAR", "date", date, "startTime", start, "endTime", end,
                "venue", "MPI room 2");
    }

    private static int meetingCount(String code) {
        return admin().get("/api/v1/meetings?swg=" + code).then().statusCode(200).extract().jsonPath().getInt("total");
    }

    @Test
    void scheduleByTheFormInVientianeTimeAndSeeTheWarnings() {
        String code = Fixtures.swg();
        WebSession web = WebSession.signIn(Api.user("SWG_SECRETARIAT", code));
        web.get("/app/swgs/" + code + "/meetings/new").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<html lang=\"en\""), containsString("id=\"meeting-form\""),
                        containsString("id=\"f-startTime\""), containsString("type=\"time\""));

        Response r = web.post("/app/swgs/" + code + "/meetings", schedule("Q2 regular meeting", "2024-06-20", "09:00",
                "11:30"));
        r.then().statusCode(303);
        String location = r.header("Location");
        assertTrue(location.matches(".*/app/meetings/\\d+\\?saved=scheduled"), location);
        long id = Long.parseLong(location.replaceAll(".*/app/meetings/(\\d+).*", "$1"));

        admin().get("/api/v1/meetings/" + id).then().statusCode(200).body("title", equalTo("Q2 regular meeting"))
                .body("kind", equalTo("REGULAR")).body("status", equalTo("SCHEDULED"))
                .body("startsAt", equalTo("2024-06-20T09:00:00+07:00")).body("endsAt", equalTo("2024-06-20T11:30:00+07:00"))
                .body("venue", equalTo("MPI room 2")).body("swg", equalTo(code));
        // no REGULAR meeting in Q1: the API's warning is shown after the redirect
        web.get(location).then().statusCode(200).body(containsString("The meeting is scheduled."),
                containsString("no REGULAR meeting scheduled or held in Q1 2024"),
                containsString("2024-06-20 09:00–11:30"), not(containsString("id=\"held-form\"")),
                containsString("id=\"cancel-form\""), containsString("id=\"agenda-form\""));
    }

    @Test
    void anEndBeforeTheStartIsRefusedNextToTheFieldWithTheInputKept() {
        String code = Fixtures.swg();
        WebSession web = WebSession.signIn(Api.user("SWG_CHAIR", code));
        Response r = web.post("/app/swgs/" + code + "/meetings", schedule("Backwards", "2024-06-20", "11:00", "09:00"));
        r.then().statusCode(422).contentType(containsString("text/html"))
                .body(containsString("value=\"Backwards\""), containsString("value=\"2024-06-20\""));
        assertTrue(errorOf(r, "endTime").contains("endsAt must be after startsAt"), errorOf(r, "endTime"));

        Response bad = web.post("/app/swgs/" + code + "/meetings", schedule("", "20/06/2024", "9h", "11:00"));
        bad.then().statusCode(422);
        assertEquals("Enter a date as yyyy-mm-dd.", errorOf(bad, "date"));
        assertEquals("Enter a time as HH:mm.", errorOf(bad, "startTime"));

        Response blank = web.post("/app/swgs/" + code + "/meetings", schedule(" ", "2024-06-20", "09:00", "11:00"));
        blank.then().statusCode(422);
        assertTrue(errorOf(blank, "title").length() > 0);
        assertEquals(0, meetingCount(code));
    }

    @Test
    void agendaItemsHeldAndCancel() {
        String code = Fixtures.swg();
        WebSession web = WebSession.signIn(Api.user("SWG_SECRETARIAT", code));
        long id = Fixtures.meeting(code, "2024-06-10T09:00:00+07:00");
        String page = "/app/meetings/" + id;
        web.get(page).then().statusCode(200).body(containsString("id=\"f-nsedpOutcomes-1\""));

        web.post(page + "/agenda-items", form("title", "Review of the workplan", "presenter", "Ms Vanh",
                "nsedpOutcomes", List.of("1", "3"))).then().statusCode(303)
                .header("Location", containsString(page + "?saved=agenda"));
        admin().get("/api/v1/meetings/" + id).then().body("agenda[0].title", equalTo("Review of the workplan"))
                .body("agenda[0].presenter", equalTo("Ms Vanh")).body("agenda[0].nsedpOutcomes", equalTo(List.of(1, 3)));
        Response refused = web.post(page + "/agenda-items", form("title", "Bad outcome", "nsedpOutcomes", List.of("99")));
        refused.then().statusCode(422).body(containsString("value=\"Bad outcome\""));
        assertTrue(errorOf(refused, "nsedpOutcomes").contains("no outcome [99]"));
        admin().get("/api/v1/meetings/" + id).then().body("agenda.size()", equalTo(1));

        web.get(page).then().body(containsString("Review of the workplan"));
        web.post(page + "/held", Map.of()).then().statusCode(303);
        admin().get("/api/v1/meetings/" + id).then().body("status", equalTo("HELD"));
        web.get(page).then().body(not(containsString("id=\"held-form\"")), containsString("id=\"agenda-form\""),
                containsString("Held"));
        // held twice: the API's conflict, shown on the page
        web.post(page + "/held", Map.of()).then().statusCode(409).body(containsString("is HELD"));

        long other = Fixtures.meeting(code, "2024-06-20T09:00:00+07:00");
        Response noReason = web.post("/app/meetings/" + other + "/cancel", form("reason", ""));
        noReason.then().statusCode(422);
        assertTrue(errorOf(noReason, "reason").length() > 0);
        web.post("/app/meetings/" + other + "/cancel", form("reason", "Minister abroad")).then().statusCode(303);
        admin().get("/api/v1/meetings/" + other).then().body("status", equalTo("CANCELLED"))
                .body("cancelReason", equalTo("Minister abroad"));
    }

    @Test
    void anotherSwgsSecretariatAndAViewerAreRefused() {
        String code = Fixtures.swg();
        long id = Fixtures.meeting(code, "2024-06-10T09:00:00+07:00");
        for (String user : List.of(Api.user("SWG_SECRETARIAT", "education"), Api.user("VIEWER"))) {
            WebSession web = WebSession.signIn(user);
            web.get("/app/swgs/" + code + "/meetings/new").then().statusCode(403).contentType(containsString("text/html"));
            web.post("/app/swgs/" + code + "/meetings", schedule("Not mine", "2024-06-20", "09:00", "11:00"))
                    .then().statusCode(403).contentType(containsString("text/html"));
            web.get("/app/meetings/" + id).then().statusCode(200).body(not(containsString("id=\"held-form\"")),
                    not(containsString("id=\"agenda-form\"")), not(containsString("id=\"attendee-form\"")),
                    not(containsString("id=\"minutes-form\"")), not(containsString("id=\"action-form\"")));
            web.post("/app/meetings/" + id + "/held", Map.of()).then().statusCode(403);
            web.post("/app/meetings/" + id + "/agenda-items", form("title", "Sneaky")).then().statusCode(403);
        }
        assertEquals(1, meetingCount(code));
        admin().get("/api/v1/meetings/" + id).then().body("status", equalTo("SCHEDULED")).body("agenda.size()", equalTo(0));
        WebSession.admin().get("/app/meetings/999999999").then().statusCode(404).contentType(containsString("text/html"));
    }

    @Test
    void withoutTheCsrfFieldNothingIsScheduled() {
        String code = Fixtures.swg();
        WebSession web = WebSession.signIn(Api.user("SWG_SECRETARIAT", code));
        web.postRaw("/app/swgs/" + code + "/meetings", schedule("Forged", "2024-06-20", "09:00", "11:00"))
                .then().statusCode(403);
        long id = Fixtures.meeting(code, "2024-06-10T09:00:00+07:00");
        web.postRaw("/app/meetings/" + id + "/held", Map.of()).then().statusCode(403);
        assertEquals(1, meetingCount(code));
        admin().get("/api/v1/meetings/" + id).then().body("status", equalTo("SCHEDULED"));
    }

    @Test
    void rendersInLao() {
        String code = Fixtures.swg();
        WebSession web = WebSession.signIn(Api.user("SWG_SECRETARIAT", code));
        web.post("/app/language", Map.of("language", "lo", "back", "/app")).then().statusCode(303);
        long id = Fixtures.meeting(code, "2024-06-10T09:00:00+07:00");
        web.get("/app/meetings/" + id).then().statusCode(200).body(containsString("<html lang=\"lo\""),
                containsString("ວາລະກອງປະຊຸມ"), containsString("ການເຂົ້າຮ່ວມ"), containsString("ກຸ່ມ " + code),
                containsString("ໝາຍວ່າໄດ້ຈັດແລ້ວ"), not(containsString("Mark as held")), not(containsString(">Attendance<")));
        web.get("/app/swgs/" + code + "/meetings/new").then().statusCode(200)
                .body(containsString("ກຳນົດກອງປະຊຸມ"), containsString("ປົກກະຕິ"), not(containsString("Schedule a meeting")));
        Response bad = web.post("/app/swgs/" + code + "/meetings", schedule("x", "nope", "09:00", "11:00"));
        bad.then().statusCode(422);
        assertEquals("ໃສ່ວັນທີເປັນ ປປປປ-ດດ-ວວ.", errorOf(bad, "date"));
    }
}
