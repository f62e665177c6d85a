package la.rtp.tracker.partner;

import static io.restassured.RestAssured.given;
import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Api.partner;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each partner token may make {@code rtp.partner.requests-per-minute} requests a minute (5 here). */
@QuarkusTest
@TestProfile(RateLimiterTest.FiveAMinute.class)
class RateLimiterTest {

    public static class FiveAMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("rtp.partner.requests-per-minute", "5");
        }
    }

    @Test
    void theSixthRequestOfATokenInAMinuteIs429() {
        String token = PartnerFixtures.token();
        for (int i = 0; i < 5; i++) {
            partner(token).get("/api/v1/minutes?limit=1").then().statusCode(200);
        }
        var refused = partner(token).get("/api/v1/minutes?limit=1").then().statusCode(429)
                .contentType("application/problem+json").body("type", endsWith("/too-many-requests"))
                .body("status", equalTo(429)).extract();
        long retry = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retry >= 1 && retry <= 60, "Retry-After " + retry);
        // The query-string form is the same token, so the same quota.
        given().queryParam("token", token).get("/feeds/minutes.atom").then().statusCode(429);

        String other = PartnerFixtures.token();
        partner(other).get("/api/v1/minutes?limit=1").then().statusCode(200);

        // People are not limited. (Only the admin here: on H2, a user insert fails its role check
        // constraint in an application restarted for a test profile, an H2 quirk unrelated to this.)
        for (int i = 0; i < 8; i++) {
            admin().get("/api/v1/minutes?limit=1").then().statusCode(200);
        }
    }

    @Test
    void refusedRequestsCountToo() {
        String token = PartnerFixtures.token();
        // Endpoints a partner may not read (403) still count: a runaway script is stopped either way.
        for (int i = 0; i < 5; i++) {
            partner(token).get("/api/v1/action-items").then().statusCode(403);
        }
        partner(token).get("/api/v1/minutes?limit=1").then().statusCode(429);
        partner(token).get("/api/v1/action-items").then().statusCode(429);
        // A wrong token is not a partner's quota: 401 as ever.
        partner("swgt_wrong").get("/api/v1/minutes").then().statusCode(401);
    }
}
