package la.rtp.tracker.partner;

import static la.rtp.tracker.support.Api.admin;

import java.util.Map;
import la.rtp.tracker.support.Api;
import la.rtp.tracker.support.Fixtures;

/** Minutes and attendance for partner-feed tests, on top of {@link Fixtures}: every test makes its own SWG. */
final class PartnerFixtures {

    private PartnerFixtures() {
    }

    /** A held meeting (started before the pinned clock) with draft minutes; returns its id. */
    static long drafted(String swg, String startsAt) {
        long id = Fixtures.meetingTitled(swg, startsAt, "Meeting of " + startsAt);
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

    static void attendee(long meetingId, String gender, long organizationId) {
        admin().body(Map.of("fullName", Api.unique("Walk In"), "gender", gender, "organizationId", organizationId))
                .post("/api/v1/meetings/" + meetingId + "/attendees").then().statusCode(201);
    }

    static String token() {
        return (String) Api.partnerToken().get("token");
    }
}
