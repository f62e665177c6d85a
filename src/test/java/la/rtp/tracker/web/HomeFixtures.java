package la.rtp.tracker.web;

import static la.rtp.tracker.support.Api.admin;

import java.time.OffsetDateTime;
import java.util.Map;
import la.rtp.tracker.support.Api;

/** API fixtures for the home and SWG page tests: each test makes its own sub-sector group. */
final class HomeFixtures {

    private HomeFixtures() {
    }

    /** A new sub-sector group under health, so that no other test's data shows on its cards. */
    static String swg() {
        String code = Api.unique("home").toLowerCase();
        admin().body(Map.of("code", code, "name", "Group " + code, "nameLo", "ກຸ່ມ " + code,
                "leadMinistry", "Ministry of Health", "mandate", "Test group for the home page"))
                .post("/api/v1/swgs/health/sub-groups").then().statusCode(201);
        return code;
    }

    static long workplan(String code, int year) {
        return admin().body(Map.of("year", year)).post("/api/v1/swgs/" + code + "/workplans").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A two-hour REGULAR meeting starting at {@code startsAt} (ISO with offset); returns its id. */
    static long meeting(String code, String title, String startsAt) {
        OffsetDateTime s = OffsetDateTime.parse(startsAt);
        return admin().body(Map.of("title", title, "kind", "REGULAR", "startsAt", startsAt, "endsAt",
                s.plusHours(2).toString(), "venue", "MPI meeting room 1"))
                .post("/api/v1/swgs/" + code + "/meetings").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long actionItem(long meetingId, String description, String dueDate) {
        long org = Api.organization("GOVERNMENT");
        return admin().body(Map.of("description", description, "ownerOrganizationId", org, "dueDate", dueDate))
                .post("/api/v1/meetings/" + meetingId + "/action-items").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }
}
