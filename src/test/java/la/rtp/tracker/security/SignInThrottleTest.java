package la.rtp.tracker.security;

import static la.rtp.tracker.support.Api.ADMIN_PASSWORD;
import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Repeated failed sign-ins lock one username out with 429; other usernames and successes are
 * unaffected. The real account used is {@code admin}: on H2, a user insert fails its role check
 * constraint in an application restarted for a test profile (an H2 quirk, see RateLimiterTest),
 * so this class creates no user and locks {@code admin} out only in its last test (the counts
 * live in this profile's application, which is stopped afterwards).
 */
@QuarkusTest
@TestProfile(SignInThrottleTest.ThreeFailures.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignInThrottleTest {

    public static class ThreeFailures implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("rtp.security.sign-in.max-failures", "3");
        }
    }

    @Test
    @Order(1)
    void aSuccessResetsTheCount() {
        for (int round = 0; round < 3; round++) {
            as("admin", "wrong-1").get("/api/v1/swgs").then().statusCode(401);
            as("admin", "wrong-2").get("/api/v1/swgs").then().statusCode(401);
            admin().get("/api/v1/swgs").then().statusCode(200);
        }
    }

    @Test
    @Order(2)
    void unknownUsernamesAreThrottledAndOthersAreNot() {
        String nobody = "nobody-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            as(nobody, "guess-" + i).get("/api/v1/swgs").then().statusCode(401);
        }
        as(nobody, "guess").get("/api/v1/swgs").then().statusCode(429).header("Retry-After", matchesPattern("\\d+"));
        // Case does not open a second window for the same name.
        as(nobody.toUpperCase(), "guess").get("/api/v1/swgs").then().statusCode(429);
        admin().get("/api/v1/swgs").then().statusCode(200);
        as("someone-else-" + UUID.randomUUID(), "guess").get("/api/v1/swgs").then().statusCode(401);
    }

    @Test
    @Order(3)
    void fourthAttemptIsRefusedWith429EvenWithTheRightPassword() {
        String other = "other-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            as("admin", "wrong-password-" + i).get("/api/v1/swgs").then().statusCode(401);
        }
        as("admin", "wrong-password-again").get("/api/v1/swgs").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("status", equalTo(429)).body("type", containsString("too-many-requests"));
        var refused = as("admin", ADMIN_PASSWORD).get("/api/v1/swgs").then().statusCode(429).extract();
        long retry = Long.parseLong(refused.header("Retry-After"));
        org.junit.jupiter.api.Assertions.assertTrue(retry > 14 * 60 && retry <= 15 * 60, "Retry-After " + retry);
        // Another username is not affected: its password is still checked (401, not 429).
        as(other, "guess").get("/api/v1/swgs").then().statusCode(401);
    }
}
