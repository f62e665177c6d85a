package la.rtp.tracker.partner;

import static la.rtp.tracker.support.Api.admin;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import la.rtp.tracker.support.Api;

/** Builders for partner-feed tests; every test makes its own SWG (a sub-group of health) and data. */
final class PartnerFixtures {

    /** The instant tests pin the clock to: Saturday 15 June 2024, 10:00 in Vientiane. */
    static final Instant NOW = OffsetDateTime.parse("2024-06-15T10:00:00+07:00").toInstant();

    private PartnerFixtures() {
    }

    /** A fresh sub-sector group, so that lists filtered by it see only this test's data. */
    static String swg() {
        String code = Api.unique("p").toLowerCase();
        admin().body(Map.of("code", code, "name", "Group " + code, "nameLo", "ກຸ່ມ " + code,
                "leadMinistry", "Ministry of Health", "mandate", "Test group"))
                .post("/api/v1/swgs/health/sub-groups").then().statusCode(201);
        return code;
    }

    /** A two-hour REGULAR meeting; returns its id. */
    static long meeting(String swg, String startsAt, String title) {
        OffsetDateTime s = OffsetDateTime.parse(startsAt);
        Map<String, Object> b = new HashMap<>();
        b.put("title", title);
        b.put("kind", "REGULAR");
        b.put("startsAt", startsAt);
        b.put("endsAt", s.plusHours(2).toString());
        b.put("venue", "MPI meeting room 1");
        return admin().body(b).post("/api/v1/swgs/" + swg + "/meetings").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** A held meeting (started before the pinned clock) with draft minutes; returns its id. */
    static long drafted(String swg, String startsAt) {
        long id = meeting(swg, startsAt, "Meeting of " + startsAt);
        admin().post("/api/v1/meetings/" + id + "/held").then().statusCode(200);
        admin().body(Map.of("body", "# Minutes of " + startsAt + "\n\nAgreed <b>things</b> & more", "language",
                "en")).put("/api/v1/meetings/" + id + "/minutes").then().statusCode(201);
        return id;
    }

    /** A held meeting with published minutes; returns its id. */
    static long published(String swg, String startsAt) {
        long id = drafted(swg, startsAt);
        admin().post("/api/v1/meetings/" + id + "/minutes/publish").then().statusCode(200);
        return id;
    }

    /** Rewrites the minutes (reading their version first). */
    static void edit(long meetingId, String body) {
        int version = admin().get("/api/v1/meetings/" + meetingId + "/minutes").then().statusCode(200)
                .extract().jsonPath().getInt("version");
        admin().body(Map.of("body", body, "language", "en", "version", version))
                .put("/api/v1/meetings/" + meetingId + "/minutes").then().statusCode(200);
    }

    static long actionItem(long meetingId, long ownerOrganizationId, String dueDate) {
        return admin().body(Map.of("description", "Share the draft decree", "ownerOrganizationId",
                ownerOrganizationId, "dueDate", dueDate))
                .post("/api/v1/meetings/" + meetingId + "/action-items").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    static void attendee(long meetingId, String gender, long organizationId) {
        admin().body(Map.of("fullName", Api.unique("Walk In"), "gender", gender, "organizationId", organizationId))
                .post("/api/v1/meetings/" + meetingId + "/attendees").then().statusCode(201);
    }

    static String token() {
        return (String) Api.partnerToken().get("token");
    }
}
