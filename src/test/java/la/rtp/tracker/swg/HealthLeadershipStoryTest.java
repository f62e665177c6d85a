package la.rtp.tracker.swg;

import static io.restassured.RestAssured.given;
import static la.rtp.tracker.support.Api.ADMIN_PASSWORD;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/**
 * The curl story of docs/api.md, request for request: the RTP secretariat records the Health SWG's
 * chair and co-chairs. Bodies are the exact JSON of that walkthrough; headers as curl sends them
 * ({@code Accept: *}{@code /*}). The only test that gives a reference SWG real leadership.
 */
@QuarkusTest
class HealthLeadershipStoryTest {

    private static ValidatableResponse post(String path, String json) {
        return given().auth().preemptive().basic("admin", ADMIN_PASSWORD).header("Accept", "*/*")
                .contentType("application/json").body(json).post(path).then();
    }

    private static int id(ValidatableResponse created) {
        return created.statusCode(201).extract().path("id");
    }

    @Test
    void theSecretariatRecordsTheHealthChairAndCoChairs() {
        int moh = id(post("/api/v1/organizations",
                "{\"name\": \"Ministry of Health\", \"acronym\": \"MOH\", \"type\": \"GOVERNMENT\"}"));
        int japan = id(post("/api/v1/organizations",
                "{\"name\": \"Embassy of Japan\", \"acronym\": \"EOJ\", \"type\": \"DEVELOPMENT_PARTNER\"}"));
        int who = id(post("/api/v1/organizations",
                "{\"name\": \"World Health Organization\", \"acronym\": \"WHO\", \"type\": \"DEVELOPMENT_PARTNER\"}"));
        int minister = id(post("/api/v1/people", "{\"fullName\": \"Dr Bounthavy Sisouk\", \"gender\": \"FEMALE\", "
                + "\"organizationId\": " + moh + ", \"position\": \"Minister of Health\"}"));
        int ambassador = id(post("/api/v1/people", "{\"fullName\": \"Kenji Tanaka\", \"gender\": \"MALE\", "
                + "\"organizationId\": " + japan + ", \"position\": \"Ambassador\"}"));
        int representative = id(post("/api/v1/people", "{\"fullName\": \"Dr Anna Lindqvist\", \"gender\": \"FEMALE\", "
                + "\"organizationId\": " + who + ", \"position\": \"WHO Representative\", \"email\": \"lindqvista@who.int\"}"));

        post("/api/v1/swgs/health/members", "{\"personId\": " + minister + ", \"organizationId\": " + moh
                + ", \"role\": \"CHAIR\", \"startDate\": \"2024-01-01\"}").statusCode(201)
                .body("role", equalTo("CHAIR"));
        post("/api/v1/swgs/health/members", "{\"personId\": " + ambassador + ", \"organizationId\": " + japan
                + ", \"role\": \"CO_CHAIR\", \"startDate\": \"2024-01-01\"}").statusCode(201);
        post("/api/v1/swgs/health/members", "{\"personId\": " + representative + ", \"organizationId\": " + who
                + ", \"role\": \"CO_CHAIR\", \"startDate\": \"2024-01-01\"}").statusCode(201);

        given().auth().preemptive().basic("admin", ADMIN_PASSWORD).header("Accept", "*/*")
                .get("/api/v1/swgs/health").then().statusCode(200)
                .body("chairs.organization.name", hasItems("Ministry of Health"))
                .body("chairs.person.fullName", hasItems("Dr Bounthavy Sisouk"))
                .body("coChairs.organization.name", hasItems("Embassy of Japan", "World Health Organization"))
                .body("coChairs.person.fullName", hasItems("Kenji Tanaka", "Dr Anna Lindqvist"));
        given().auth().preemptive().basic("admin", ADMIN_PASSWORD).header("Accept", "*/*")
                .get("/api/v1/swgs/health/members?asOf=2024-01-01").then().statusCode(200)
                .body("items.findAll { it.organizationId in [" + moh + ", " + japan + ", " + who + "] }", hasSize(3));
    }
}
