package la.rtp.tracker.common;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every error is problem+json with the right status and, where a field is at fault, its name. */
@QuarkusTest
class ProblemTest {

    @Test
    void malformedJsonIs400() {
        admin().body("{\"name\": ").post("/api/v1/organizations").then().statusCode(400)
                .contentType("application/problem+json").body("status", equalTo(400))
                .body("title", equalTo("Malformed request"));
    }

    @Test
    void unknownEnumIs400NamingTheField() {
        admin().body(Map.of("name", unique("Org"), "type", "PIRATES")).post("/api/v1/organizations").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("type"))
                .body("errors[0].message", containsString("GOVERNMENT"));
    }

    @Test
    void wrongTypeIs400NamingTheField() {
        admin().body(Map.of("name", unique("P"), "gender", "FEMALE", "organizationId", "abc"))
                .post("/api/v1/people").then().statusCode(400).body("errors[0].field", equalTo("organizationId"));
    }

    @Test
    void missingAndOversizedFieldsAre422WithFieldErrors() {
        admin().body(Map.of("acronym", "X".repeat(41))).post("/api/v1/organizations").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWithValidation())
                .body("errors.field", hasItems("name", "type", "acronym"));
        admin().body(Map.of("name", "N".repeat(301), "type", "NGO")).post("/api/v1/organizations").then()
                .statusCode(422).body("errors.field", hasItem("name"));
    }

    @Test
    void listElementErrorsNameTheElement() {
        admin().body(Map.of("username", unique("u"), "password", "long-enough-password", "displayName", "U",
                "role", "SWG_CHAIR", "swgs", java.util.List.of("health", " "))).post("/api/v1/users").then()
                .statusCode(422).body("errors[0].field", equalTo("swgs[1]"));
        admin().body(Map.of("number", 77, "title", "T", "startYear", 2190, "endYear", 2191,
                "outcomes", java.util.List.of(Map.of("number", 1, "title", "ok"), Map.of("number", 2))))
                .post("/api/v1/nsedp").then().statusCode(422).body("errors[0].field", equalTo("outcomes[1].title"));
    }

    @Test
    void nulCharactersAreRefusedBeforeTheyReachTheDatabase() {
        admin().body(Map.of("name", "Bad\u0000name", "type", "NGO")).post("/api/v1/organizations").then()
                .statusCode(400).body("errors[0].field", equalTo("name"))
                .body("errors[0].message", containsString("NUL"));
        admin().queryParam("q", "a\u0000b").get("/api/v1/organizations").then().statusCode(400)
                .body("errors[0].field", equalTo("q"));
    }

    @Test
    void missingBodyIs422() {
        admin().post("/api/v1/organizations").then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void wrongMediaTypeIs415() {
        admin().contentType("text/plain").body("name=x").post("/api/v1/organizations").then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void unknownPathIs404Problem() {
        admin().get("/api/v1/no-such-thing").then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404));
        admin().get("/api/v1/swgs/atlantis").then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("atlantis"));
    }

    @Test
    void unknownPathOutsideTheApiIs404Problem() {
        admin().get("/no-such-page").then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void wrongMethodIs405() {
        admin().delete("/api/v1/swgs").then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void malformedQueryAndPathParametersAre400() {
        admin().get("/api/v1/swgs?asOf=2024-02-30").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("asOf"));
        admin().get("/api/v1/organizations?page=abc").then().statusCode(400).body("errors[0].field", equalTo("page"));
        admin().get("/api/v1/organizations/abc").then().statusCode(400).body("errors[0].field", equalTo("id"));
        admin().get("/api/v1/organizations?type=PIRATES").then().statusCode(400);
        admin().get("/api/v1/organizations?size=100000").then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    void unexpectedErrorIs500WithoutStackTrace() {
        admin().get("/test-only/boom").then().statusCode(500).contentType("application/problem+json")
                .body("instance", startsWith("urn:uuid:"))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("at la.rtp")))
                .body(not(containsString("secret-internal-detail")));
    }

    private static org.hamcrest.Matcher<String> endsWithValidation() {
        return org.hamcrest.Matchers.endsWith("/validation");
    }
}
