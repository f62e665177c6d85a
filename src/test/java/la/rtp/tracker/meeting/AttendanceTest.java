package la.rtp.tracker.meeting;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Fixtures.held;
import static la.rtp.tracker.support.Fixtures.meeting;
import static la.rtp.tracker.support.Fixtures.person;
import static la.rtp.tracker.support.Fixtures.swg;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import la.rtp.tracker.support.Api;
import la.rtp.tracker.support.Fixtures;
import la.rtp.tracker.support.PinnedClock;
import la.rtp.tracker.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PinnedClock
class AttendanceTest {

    @Inject
    TestClock clock;

    @BeforeEach
    void pin() {
        clock.pin(Fixtures.NOW);
    }

    private static int attend(long meeting, Map<String, Object> body) {
        return admin().body(body).post("/api/v1/meetings/" + meeting + "/attendees").then().statusCode(201)
                .extract().jsonPath().getInt("id");
    }

    private static Map<String, Object> walkIn(String name, String gender, Long org) {
        Map<String, Object> b = new HashMap<>();
        b.put("fullName", name);
        b.put("gender", gender);
        b.put("organizationId", org);
        return b;
    }

    @Test
    void summaryCountsWomenAndOrganisationTypesIncludingWalkInsAndUnknown() {
        long m = held(swg(), "2024-06-01T09:00:00+07:00");
        long gov = Api.organization("GOVERNMENT");
        long ngo = Api.organization("NGO");
        long woman = person("FEMALE", gov);
        var created = admin().body(Map.of("personId", woman)).post("/api/v1/meetings/" + m + "/attendees").then()
                .statusCode(201).contentType("application/json").body("personId", equalTo((int) woman))
                .body("walkIn", equalTo(false)).body("gender", equalTo("FEMALE"))
                .body("organizationType", equalTo("GOVERNMENT")).extract();
        assertThat(created.header("Location"), endsWith("/attendees/" + created.jsonPath().getInt("id")));
        attend(m, Map.of("personId", person("UNDISCLOSED", gov)));
        attend(m, Map.of("personId", person("MALE", null)));
        attend(m, walkIn("Walk-in Woman", "FEMALE", ngo));
        attend(m, walkIn("Walk-in Other", "OTHER", ngo));
        admin().get("/api/v1/meetings/" + m).then().statusCode(200)
                .body("attendance.total", equalTo(5)).body("attendance.women", equalTo(2))
                .body("attendance.byOrganizationType", equalTo(Map.of("GOVERNMENT", 2, "NGO", 2, "UNKNOWN", 1)))
                .body("attendees", hasSize(5)).body("attendees.walkIn", hasItems(true, false))
                .body("attendees.organizationType", hasItem("UNKNOWN"));
        admin().get("/api/v1/meetings/" + m + "/attendees").then().statusCode(200).body("items", hasSize(5))
                .body("attendance.total", equalTo(5)).body("attendance.women", equalTo(2));
        admin().get("/api/v1/meetings?swg=" + admin().get("/api/v1/meetings/" + m).jsonPath().getString("swg"))
                .then().body("items[0].attendance.byOrganizationType.NGO", equalTo(2))
                .body("items[0].attendance.women", equalTo(2)).body("items[0].attendees", nullValue());
    }

    @Test
    void aPersonAttendsOnceAndTheRecordIsASnapshot() {
        long m = meeting(swg(), "2024-08-01T09:00:00+07:00");
        long org = Api.organization("PRIVATE_SECTOR");
        long p = person("FEMALE", org);
        int id = attend(m, Map.of("personId", p));
        admin().body(Map.of("personId", p)).post("/api/v1/meetings/" + m + "/attendees").then().statusCode(409)
                .contentType("application/problem+json");
        // A later directory edit does not rewrite who came.
        admin().body(Map.of("fullName", "Renamed Person", "gender", "MALE", "version", 0)).put("/api/v1/people/" + p)
                .then().statusCode(200);
        admin().get("/api/v1/meetings/" + m + "/attendees/" + id).then().statusCode(200)
                .body("gender", equalTo("FEMALE")).body("organizationType", equalTo("PRIVATE_SECTOR"))
                .body("organizationId", equalTo((int) org));
        admin().get("/api/v1/meetings/" + m).then().body("attendance.women", equalTo(1))
                .body("attendance.byOrganizationType", equalTo(Map.of("PRIVATE_SECTOR", 1)));
    }

    @Test
    void walkInsNeedNameGenderAndOrganisation() {
        long m = meeting(swg(), "2024-08-01T09:00:00+07:00");
        String path = "/api/v1/meetings/" + m + "/attendees";
        admin().body(Map.of()).post(path).then().statusCode(422)
                .body("errors.field", hasItems("fullName", "gender", "organizationId"));
        admin().body(walkIn("No Org", "FEMALE", null)).post(path).then().statusCode(422)
                .body("errors.field", equalTo(java.util.List.of("organizationId")));
        admin().body(walkIn("No Gender", null, Api.organization("NGO"))).post(path).then().statusCode(422)
                .body("errors.field", equalTo(java.util.List.of("gender")));
        admin().body(walkIn("Bad Org", "MALE", 999999999L)).post(path).then().statusCode(422)
                .body("errors.field", hasItem("organizationId"));
        admin().body(walkIn("Bad Gender", "F", Api.organization("NGO"))).post(path).then().statusCode(400);
        Map<String, Object> both = walkIn("Both", "MALE", Api.organization("NGO"));
        both.put("personId", person("MALE", null));
        admin().body(both).post(path).then().statusCode(422).body("errors.field", hasItem("personId"));
        admin().body(Map.of("personId", 999999999)).post(path).then().statusCode(422)
                .body("errors.field", hasItem("personId"));
    }

    @Test
    void attendanceCanBeRemovedButNotOnCancelledMeetings() {
        String code = swg();
        long m = meeting(code, "2024-08-01T09:00:00+07:00");
        int id = attend(m, walkIn("Someone", "MALE", Api.organization("ACADEMIA")));
        admin().delete("/api/v1/meetings/" + m + "/attendees/" + id).then().statusCode(204);
        admin().delete("/api/v1/meetings/" + m + "/attendees/" + id).then().statusCode(404);
        admin().get("/api/v1/meetings/" + m).then().body("attendance.total", equalTo(0))
                .body("attendance.byOrganizationType", equalTo(Map.of()));
        int again = attend(m, walkIn("Someone", "MALE", Api.organization("ACADEMIA")));
        admin().body(Map.of("reason", "Flood")).post("/api/v1/meetings/" + m + "/cancel").then().statusCode(200);
        admin().body(walkIn("Late", "MALE", Api.organization("NGO"))).post("/api/v1/meetings/" + m + "/attendees")
                .then().statusCode(409).body("detail", org.hamcrest.Matchers.containsString("cancelled"));
        admin().delete("/api/v1/meetings/" + m + "/attendees/" + again).then().statusCode(409);
    }
}
