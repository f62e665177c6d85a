package la.rtp.tracker.swg;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Api.as;
import static la.rtp.tracker.support.Api.unique;
import static la.rtp.tracker.support.Api.user;
import static la.rtp.tracker.swg.Directory.addMember;
import static la.rtp.tracker.swg.Directory.member;
import static la.rtp.tracker.swg.Directory.organization;
import static la.rtp.tracker.swg.Directory.person;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every update of an existing row of the directory needs the version the client read: without it
 * the answer is 428 Precondition Required naming {@code version}, and nothing changes.
 */
@QuarkusTest
class VersionRequiredTest {

    private static void versionRequired(ValidatableResponse answer) {
        answer.statusCode(428).contentType("application/problem+json")
                .body("type", containsString("precondition-required")).body("status", equalTo(428))
                .body("errors.field", hasItem("version"));
    }

    @Test
    void anOrganisationUpdateWithoutAVersionIsRefused() {
        long id = organization("NGO");
        String name = unique("Unversioned NGO");
        versionRequired(admin().body(Map.of("name", name, "type", "NPA")).put("/api/v1/organizations/" + id).then());
        admin().get("/api/v1/organizations/" + id).then().body("type", equalTo("NGO")).body("version", equalTo(0));
        admin().body(Map.of("name", name, "type", "NPA", "version", 0)).put("/api/v1/organizations/" + id).then()
                .statusCode(200).body("version", equalTo(1));
    }

    @Test
    void aPersonUpdateWithoutAVersionIsRefused() {
        long id = person(unique("Ms Unversioned"), null);
        Map<String, Object> body = new HashMap<>(Map.of("fullName", unique("Ms Renamed"), "gender", "FEMALE"));
        versionRequired(admin().body(body).put("/api/v1/people/" + id).then());
        admin().get("/api/v1/people/" + id).then().body("version", equalTo(0));
        body.put("version", 0);
        admin().body(body).put("/api/v1/people/" + id).then().statusCode(200).body("version", equalTo(1));
    }

    @Test
    void endingAMembershipWithoutAVersionIsRefused() {
        String code = Directory.subGroup("health");
        long id = addMember(code, member(null, organization("NGO"), "MEMBER", "2024-01-01", null));
        String path = "/api/v1/swgs/" + code + "/members/" + id + "/end";
        versionRequired(admin().body(Map.of("endDate", "2024-12-31")).post(path).then());
        admin().get("/api/v1/swgs/{c}/members/{id}", code, id).then().body("endDate", nullValue());
        admin().body(Map.of("endDate", "2024-12-31", "version", 0)).post(path).then().statusCode(200)
                .body("endDate", equalTo("2024-12-31"));
    }

    @Test
    void settingTheCadenceWithoutAVersionIsRefused() {
        String code = Directory.subGroup("health");
        versionRequired(admin().body(Map.of("cadence", "YEARLY")).put("/api/v1/swgs/{c}/cadence", code).then());
        admin().get("/api/v1/swgs/" + code).then().body("cadence", equalTo("QUARTERLY")).body("version", equalTo(0));
        admin().body(Map.of("cadence", "YEARLY", "version", 0)).put("/api/v1/swgs/{c}/cadence", code).then()
                .statusCode(200).body("cadence", equalTo("YEARLY"));
    }

    @Test
    void theAccessCheckComesBeforeTheVersion() {
        String code = Directory.subGroup("health");
        long id = addMember(code, member(null, organization("NGO"), "MEMBER", "2024-01-01", null));
        String viewer = user("VIEWER");
        String otherSecretariat = user("SWG_SECRETARIAT", "education");
        as(viewer).body(Map.of("name", unique("X"), "type", "NGO"))
                .put("/api/v1/organizations/" + organization("NGO")).then().statusCode(403);
        as(otherSecretariat).body(Map.of("endDate", "2024-12-31"))
                .post("/api/v1/swgs/{c}/members/{id}/end", code, id).then().statusCode(403);
    }
}
