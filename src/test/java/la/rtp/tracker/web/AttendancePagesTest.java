package la.rtp.tracker.web;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.web.MeetingWeb.byId;
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
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PinnedClock
class AttendancePagesTest {

    @Inject
    TestClock clock;

    @Inject
    SessionFactory sessionFactory;

    @BeforeEach
    void pin() {
        clock.pin(Fixtures.NOW);
    }

    @Test
    void addADirectoryPersonAndAWalkInThenTheSummaryCounts() {
        String code = Fixtures.swg();
        WebSession web = WebSession.signIn(Api.user("SWG_SECRETARIAT", code));
        long gov = Api.organization("GOVERNMENT");
        long ngo = Api.organization("NGO");
        String name = Api.unique("Khamla Phommachanh");
        long person = Fixtures.person(name, "FEMALE", gov);
        long id = Fixtures.meeting(code, "2024-06-10T09:00:00+07:00");
        String page = "/app/meetings/" + id;

        String q = name.substring(0, 12);
        web.get(page + "?q=" + q).then().statusCode(200).body(containsString("id=\"attendee-search-form\""),
                containsString("autofocus"), containsString("value=\"" + person + "\""), containsString(name));

        Response added = web.post(page + "/attendees", form("personId", person, "q", q));
        added.then().statusCode(303);
        String location = added.header("Location");
        assertTrue(location.matches(".*" + page + "\\?q=" + q.replace(" ", "%20") + "&added=\\d+#attendance"), location);
        String attendee = location.replaceAll(".*&added=(\\d+)#attendance", "$1");
        web.get(page + "?q=" + q + "&added=" + attendee).then().statusCode(200)
                .body(containsString("Added: " + name), containsString("autofocus"), containsString("Attending"));

        web.post(page + "/attendees", form("fullName", "  Walk   In  ", "gender", "MALE", "organizationId", ngo, "q", ""))
                .then().statusCode(303);

        Response shown = web.get(page);
        assertEquals("2", byId(shown, "attendance-total"));
        assertEquals("1", byId(shown, "attendance-women"));
        assertEquals("1", byId(shown, "attendance-GOVERNMENT"));
        assertEquals("1", byId(shown, "attendance-NGO"));
        admin().get("/api/v1/meetings/" + id).then().body("attendance.total", equalTo(2))
                .body("attendance.women", equalTo(1)).body("attendance.byOrganizationType.NGO", equalTo(1))
                .body("attendees.fullName", equalTo(List.of(name, "Walk In").stream().sorted().toList()));
    }

    @Test
    void theSamePersonTwiceIsAnErrorAndOneRow() {
        String code = Fixtures.swg();
        WebSession web = WebSession.signIn(Api.user("SWG_CHAIR", code));
        long person = Fixtures.person(Api.unique("Somphone"), "MALE", Api.organization("GOVERNMENT"));
        long id = Fixtures.meeting(code, "2024-06-10T09:00:00+07:00");
        String page = "/app/meetings/" + id;
        web.post(page + "/attendees", form("personId", person)).then().statusCode(303);
        web.post(page + "/attendees", form("personId", person)).then().statusCode(409)
                .body(containsString("is already recorded as attending"));
        admin().get("/api/v1/meetings/" + id).then().body("attendance.total", equalTo(1));

        Response incomplete = web.post(page + "/attendees", form("fullName", "No Gender", "gender", "",
                "organizationId", ""));
        incomplete.then().statusCode(422).body(containsString("value=\"No Gender\""));
        assertTrue(errorOf(incomplete, "gender").contains("gender is required"));
        assertTrue(errorOf(incomplete, "organizationId").contains("organizationId is required"));
        admin().get("/api/v1/meetings/" + id).then().body("attendance.total", equalTo(1));

        long attendee = admin().get("/api/v1/meetings/" + id).then().extract().jsonPath().getLong("attendees[0].id");
        web.post(page + "/attendees/" + attendee + "/delete", Map.of()).then().statusCode(303);
        admin().get("/api/v1/meetings/" + id).then().body("attendance.total", equalTo(0));
    }

    @Test
    void othersAreRefusedAndTheCsrfFieldIsRequired() {
        String code = Fixtures.swg();
        long id = Fixtures.meeting(code, "2024-06-10T09:00:00+07:00");
        long ngo = Api.organization("NGO");
        Map<String, Object> walkIn = form("fullName", "Intruder", "gender", "MALE", "organizationId", ngo);
        for (String user : List.of(Api.user("SWG_SECRETARIAT", "education"), Api.user("VIEWER"))) {
            WebSession web = WebSession.signIn(user);
            web.get("/app/meetings/" + id + "?q=a").then().statusCode(200)
                    .body(not(containsString("id=\"attendee-search-form\"")));
            web.post("/app/meetings/" + id + "/attendees", walkIn).then().statusCode(403);
        }
        WebSession own = WebSession.signIn(Api.user("SWG_SECRETARIAT", code));
        own.postRaw("/app/meetings/" + id + "/attendees", walkIn).then().statusCode(403);
        admin().get("/api/v1/meetings/" + id).then().body("attendance.total", equalTo(0));
    }

    @Test
    void theMeetingPageCostsTheSameStatementsFor5And40Attendees() {
        String code = Fixtures.swg();
        long org = Api.organization("GOVERNMENT");
        long few = Fixtures.meeting(code, "2024-06-10T09:00:00+07:00");
        long many = Fixtures.meeting(code, "2024-06-11T09:00:00+07:00");
        attend(few, 5, org);
        attend(many, 40, org);
        for (long m : List.of(few, many)) {
            admin().body(Map.of("description", "Follow up", "ownerOrganizationId", org, "dueDate", "2024-07-01"))
                    .post("/api/v1/meetings/" + m + "/action-items").then().statusCode(201);
            admin().body(Map.of("title", "Item", "nsedpOutcomes", List.of(1))).post("/api/v1/meetings/" + m
                    + "/agenda-items").then().statusCode(201);
        }
        WebSession web = WebSession.signIn(Api.user("SWG_SECRETARIAT", code));
        long fewStatements = statements(web, few, "5");
        long manyStatements = statements(web, many, "40");
        assertEquals(fewStatements, manyStatements, "GET /app/meetings/{id} statements");
    }

    private long statements(WebSession web, long meeting, String total) {
        web.get("/app/meetings/" + meeting);
        sessionFactory.getStatistics().clear();
        Response page = web.get("/app/meetings/" + meeting);
        long count = sessionFactory.getStatistics().getPrepareStatementCount();
        assertEquals(total, byId(page, "attendance-total"));
        return count;
    }

    private static void attend(long meeting, int n, long org) {
        for (int i = 0; i < n; i++) {
            Map<String, Object> body = i % 2 == 0 ? Map.of("personId", Fixtures.person(Api.unique("P"), "FEMALE", org))
                    : Map.of("fullName", "Walk-in " + i, "gender", "MALE", "organizationId", org);
            admin().body(body).post("/api/v1/meetings/" + meeting + "/attendees").then().statusCode(201);
        }
    }
}
