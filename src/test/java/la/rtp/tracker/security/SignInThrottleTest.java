package la.rtp.tracker.security;

import static io.restassured.RestAssured.given;
import static la.rtp.tracker.support.Api.ADMIN_PASSWORD;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Failed sign-ins back off per username and client address, so a guesser is slowed down and
 * nobody can lock the account out for its owner. Behind a trusted proxy (this profile), the client
 * is the one X-Forwarded-For names, and X-Forwarded-Proto: https makes the session cookie Secure.
 */
@QuarkusTest
@TestProfile(SignInThrottleTest.ThreeFailuresBehindAProxy.class)
class SignInThrottleTest {

    public static class ThreeFailuresBehindAProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("rtp.security.sign-in.max-failures", "3",
                    "quarkus.http.proxy.proxy-address-forwarding", "true");
        }
    }

    private static RequestSpecification from(String client, String username, String password) {
        return given().header("X-Forwarded-For", client).auth().preemptive().basic(username, password);
    }

    @Test
    void aGuesserBacksOffWhileTheOwnerAtAnotherAddressSignsIn() {
        String guesser = "203.0.113." + (1 + (int) (Math.random() * 200));
        for (int i = 0; i < 3; i++) {
            from(guesser, "admin", "wrong-password-" + i).get("/api/v1/swgs").then().statusCode(401);
        }
        from(guesser, "admin", ADMIN_PASSWORD).get("/api/v1/swgs").then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", equalTo("1"))
                .body("type", containsString("too-many-requests"));
        from("192.0.2.10", "admin", ADMIN_PASSWORD).get("/api/v1/swgs").then().statusCode(200);
        from(guesser, "someone-else-" + UUID.randomUUID(), "guess").get("/api/v1/swgs").then().statusCode(401);
    }

    @Test
    void theSignInFormBacksOffToo() {
        String client = "198.51.100." + (1 + (int) (Math.random() * 200));
        for (int i = 0; i < 3; i++) {
            given().header("X-Forwarded-For", client).redirects().follow(false).contentType(ContentType.URLENC)
                    .formParam("username", "admin").formParam("password", "wrong-" + i).post("/login")
                    .then().statusCode(303).header("Location", containsString("/login?error"));
        }
        given().header("X-Forwarded-For", client).redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("username", "admin").formParam("password", ADMIN_PASSWORD).post("/login")
                .then().statusCode(429).header("Retry-After", equalTo("1")).contentType(containsString("text/html"));
    }

    @Test
    void anUnknownUserCostsTheSameBcryptCheckAsAWrongPassword() {
        long before = Passwords.verifications();
        from("192.0.2.50", "nobody-" + UUID.randomUUID(), "some-password-typed").get("/api/v1/swgs").then()
                .statusCode(401);
        assertEquals(before + 1, Passwords.verifications());
        from("192.0.2.50", "admin", "not-the-admin-password").get("/api/v1/swgs").then().statusCode(401);
        assertEquals(before + 2, Passwords.verifications());
    }

    @Test
    void theSessionCookieIsSecureWhenTheProxySaysHttps() {
        Response r = given().header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "192.0.2.60")
                .redirects().follow(false).contentType(ContentType.URLENC).formParam("username", "admin")
                .formParam("password", ADMIN_PASSWORD).post("/login");
        assertEquals(303, r.statusCode());
        String cookie = r.headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith("rtp-session="))
                .findFirst().orElseThrow();
        assertTrue(cookie.contains("Secure"), cookie);
    }
}
