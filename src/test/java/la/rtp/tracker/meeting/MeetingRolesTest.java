package la.rtp.tracker.meeting;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Api.anonymous;
import static la.rtp.tracker.support.Api.as;
import static la.rtp.tracker.support.Api.partner;
import static la.rtp.tracker.support.Api.user;
import static la.rtp.tracker.support.Fixtures.actionItem;
import static la.rtp.tracker.support.Fixtures.held;
import static la.rtp.tracker.support.Fixtures.meeting;
import static la.rtp.tracker.support.Fixtures.meetingBody;
import static la.rtp.tracker.support.Fixtures.swg;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import la.rtp.tracker.support.Api;
import la.rtp.tracker.support.Fixtures;
import la.rtp.tracker.support.PinnedClock;
import la.rtp.tracker.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PinnedClock
class MeetingRolesTest {

    @Inject
    TestClock clock;

    @BeforeEach
    void pin() {
        clock.pin(Fixtures.NOW);
    }

    /** One write endpoint with a body that is valid, so that only the caller decides the answer. */
    record Write(String method, String path, Object body) {
        Response send(RequestSpecification spec) {
            RequestSpecification s = body == null ? spec : spec.body(body);
            return s.request(method, path);
        }
    }

    /** Every write endpoint, in an order in which each succeeds for an allowed caller. */
    private static List<Write> writes(String code) {
        long scheduled = meeting(code, "2024-08-01T09:00:00+07:00");
        long past = held(code, "2024-06-10T09:00:00+07:00");
        long started = meeting(code, "2024-06-12T09:00:00+07:00");
        long org = Api.organization("NGO");
        int item = admin().body(Map.of("title", "Item")).post("/api/v1/meetings/" + scheduled + "/agenda-items")
                .jsonPath().getInt("id");
        int attendee = admin().body(Map.of("fullName", "W", "gender", "FEMALE", "organizationId", org))
                .post("/api/v1/meetings/" + past + "/attendees").jsonPath().getInt("id");
        admin().body(Map.of("body", "Minutes", "language", "en")).put("/api/v1/meetings/" + past + "/minutes");
        long action = actionItem(past, org, "2024-07-01");
        Map<String, Object> reschedule = meetingBody("Moved", "REGULAR", "2024-08-02T09:00:00+07:00",
                "2024-08-02T11:00:00+07:00");
        reschedule.put("version", 0);
        String m = "/api/v1/meetings/";
        return List.of(
                new Write("POST", "/api/v1/swgs/" + code + "/meetings",
                        meetingBody("New", "REGULAR", "2024-09-01T09:00:00+07:00", "2024-09-01T10:00:00+07:00")),
                new Write("PUT", m + scheduled, reschedule),
                new Write("POST", m + started + "/held", null),
                new Write("PUT", m + scheduled + "/agenda-items/order", Map.of("itemIds", List.of(item),
                        "versions", List.of(0))),
                new Write("POST", m + scheduled + "/agenda-items", Map.of("title", "More")),
                new Write("DELETE", m + scheduled + "/agenda-items/" + item, null),
                new Write("POST", m + past + "/attendees", Map.of("fullName", "X", "gender", "MALE",
                        "organizationId", org)),
                new Write("DELETE", m + past + "/attendees/" + attendee, null),
                new Write("PUT", m + past + "/minutes", Map.of("body", "Minutes v2", "language", "en", "version", 0)),
                new Write("POST", m + past + "/minutes/publish", Map.of()),
                new Write("POST", m + past + "/action-items", Map.of("description", "Do it",
                        "ownerOrganizationId", org, "dueDate", "2024-07-01")),
                new Write("POST", "/api/v1/action-items/" + action + "/status", Map.of("status", "DONE", "version", 0)),
                new Write("POST", m + scheduled + "/cancel", Map.of("reason", "No quorum")));
    }

    @Test
    void everyWriteRefusesOutsiders() {
        String code = swg();
        String token = (String) Api.partnerToken().get("token");
        String viewer = user("VIEWER");
        String otherSecretariat = user("SWG_SECRETARIAT", "education");
        String otherChair = user("SWG_CHAIR", "education");
        for (Write w : writes(code)) {
            w.send(anonymous()).then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("Basic"));
            for (RequestSpecification spec : List.of(as(viewer), partner(token), as(otherSecretariat), as(otherChair))) {
                w.send(spec).then().statusCode(403).contentType("application/problem+json")
                        .body("type", endsWith("/forbidden"));
            }
        }
    }

    @Test
    void theSwgSecretariatMayDoEveryWrite() {
        String code = swg();
        String secretariat = user("SWG_SECRETARIAT", "education", code);
        for (Write w : writes(code)) {
            int status = w.send(as(secretariat)).then().extract().statusCode();
            org.junit.jupiter.api.Assertions.assertTrue(status == 200 || status == 201 || status == 204,
                    () -> w + " answered " + status);
        }
    }

    @Test
    void theSwgChairMayDoEveryWrite() {
        String code = swg();
        String chair = user("SWG_CHAIR", code);
        for (Write w : writes(code)) {
            int status = w.send(as(chair)).then().extract().statusCode();
            org.junit.jupiter.api.Assertions.assertTrue(status == 200 || status == 201 || status == 204,
                    () -> w + " answered " + status);
        }
    }

    @Test
    void partnersReadMeetingsButNotDraftsAttendeesOrActions() {
        String code = swg();
        long m = held(code, "2024-06-10T09:00:00+07:00");
        long org = Api.organization("NGO");
        admin().body(Map.of("fullName", "Private Name", "gender", "FEMALE", "organizationId", org))
                .post("/api/v1/meetings/" + m + "/attendees").then().statusCode(201);
        admin().body(Map.of("body", "Draft", "language", "en")).put("/api/v1/meetings/" + m + "/minutes");
        long action = actionItem(m, org, "2024-07-01");
        String token = (String) Api.partnerToken().get("token");
        partner(token).get("/api/v1/meetings?swg=" + code).then().statusCode(200).body("total", equalTo(1))
                .body("items[0].attendance.women", equalTo(1));
        partner(token).get("/api/v1/meetings/" + m).then().statusCode(200).body("attendance.total", equalTo(1))
                .body("attendees", nullValue()).body("actionItems", nullValue())
                .body("minutes.published", equalTo(false)).body("actionItemCount", equalTo(1));
        for (String path : List.of("/api/v1/meetings/" + m + "/minutes", "/api/v1/meetings/" + m + "/attendees",
                "/api/v1/meetings/" + m + "/agenda-items", "/api/v1/action-items?swg=" + code,
                "/api/v1/action-items/" + action)) {
            partner(token).get(path).then().statusCode(403);
            as(user("VIEWER")).get(path).then().statusCode(200);
            anonymous().get(path).then().statusCode(401);
        }
        String viewer = user("VIEWER");
        as(viewer).get("/api/v1/meetings/" + m).then().statusCode(200).body("attendees[0].fullName",
                equalTo("Private Name"));
        anonymous().get("/api/v1/meetings").then().statusCode(401);
    }
}
