package la.rtp.tracker.reliability;

import static la.rtp.tracker.support.Api.admin;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The cases {@link HostileInputTest} found, each pinned by name. */
@QuarkusTest
class HostileRegressionTest {

    @Test
    void blankPathIdIs400NotA500() {
        long org = la.rtp.tracker.support.Api.organization("NGO");
        admin().urlEncodingEnabled(false).get("/api/v1/organizations/%20").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("id"));
        admin().urlEncodingEnabled(false).get("/api/v1/people/%20%20").then().statusCode(400)
                .contentType("application/problem+json");
        admin().urlEncodingEnabled(false).get("/api/v1/meetings/1/attendees/%20").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("attendeeId"));
        admin().get("/api/v1/organizations/" + org).then().statusCode(200);
    }

    @Test
    void duplicateKeysAre400NotA500() {
        admin().body("{\"reason\":\"a\",\"reason\":\"b\"}").post("/api/v1/meetings/1/cancel").then()
                .statusCode(400).contentType("application/problem+json");
        admin().body("{\"name\":\"a\",\"name\":\"b\",\"type\":\"NGO\"}").post("/api/v1/organizations").then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void templateCharactersInTheAtomFeedFilterAreData() {
        la.rtp.tracker.support.Api.admin().accept("application/atom+xml").queryParam("swg", "${jndi:ldap://x}")
                .get("/feeds/minutes.atom").then().statusCode(200);
    }
}
