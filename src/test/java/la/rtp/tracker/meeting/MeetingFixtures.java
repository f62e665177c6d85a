package la.rtp.tracker.meeting;

import static la.rtp.tracker.support.Api.admin;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import la.rtp.tracker.support.Api;

/** Small builders for meeting tests; every test makes its own SWG (a sub-group) and data. */
final class MeetingFixtures {

    /** The instant tests pin the clock to: Saturday 15 June 2024, 10:00 in Vientiane (Q2). */
    static final Instant NOW = OffsetDateTime.parse("2024-06-15T10:00:00+07:00").toInstant();

    private MeetingFixtures() {
    }

    /** A fresh sub-sector group of health, so that counts and warnings see only this test's data. */
    static String swg() {
        String code = Api.unique("m").toLowerCase();
        admin().body(Map.of("code", code, "name", "Group " + code, "nameLo", "ກຸ່ມ " + code,
                "leadMinistry", "Ministry of Health", "mandate", "Test group"))
                .post("/api/v1/swgs/health/sub-groups").then().statusCode(201);
        return code;
    }

    static Map<String, Object> body(String title, String kind, String startsAt, String endsAt) {
        Map<String, Object> b = new HashMap<>();
        b.put("title", title);
        b.put("kind", kind);
        b.put("startsAt", startsAt);
        b.put("endsAt", endsAt);
        b.put("venue", "MPI meeting room 1");
        return b;
    }

    /** A two-hour REGULAR meeting starting at {@code startsAt}; returns its id. */
    static long meeting(String swg, String startsAt) {
        return meeting(swg, startsAt, "REGULAR");
    }

    static long meeting(String swg, String startsAt, String kind) {
        OffsetDateTime s = OffsetDateTime.parse(startsAt);
        return admin().body(body("Quarterly meeting " + startsAt, kind, startsAt, s.plusHours(2).toString()))
                .post("/api/v1/swgs/" + swg + "/meetings").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A meeting that started before {@link #NOW} and is marked held. */
    static long held(String swg, String startsAt) {
        long id = meeting(swg, startsAt);
        admin().post("/api/v1/meetings/" + id + "/held").then().statusCode(200);
        return id;
    }

    static long person(String gender, Long organizationId) {
        Map<String, Object> b = new HashMap<>();
        b.put("fullName", Api.unique("Person"));
        b.put("gender", gender);
        b.put("organizationId", organizationId);
        return admin().body(b).post("/api/v1/people").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long actionItem(long meetingId, long ownerOrganizationId, String dueDate) {
        return admin().body(Map.of("description", "Share the draft decree", "ownerOrganizationId",
                ownerOrganizationId, "dueDate", dueDate))
                .post("/api/v1/meetings/" + meetingId + "/action-items").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** The action item's current version, as a client reads it before changing the status. */
    static long actionVersion(long item) {
        return admin().get("/api/v1/action-items/" + item).then().statusCode(200).extract().jsonPath()
                .getLong("version");
    }

    /** The status change body with the version read just now. */
    static Map<String, Object> statusChange(long item, String status, String on) {
        Map<String, Object> b = new HashMap<>();
        b.put("status", status);
        if (on != null) {
            b.put("on", on);
        }
        b.put("version", actionVersion(item));
        return b;
    }
}
