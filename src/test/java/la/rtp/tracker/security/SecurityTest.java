package la.rtp.tracker.security;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Api.anonymous;
import static la.rtp.tracker.support.Api.as;
import static la.rtp.tracker.support.Api.partner;
import static la.rtp.tracker.support.Api.passwordOf;
import static la.rtp.tracker.support.Api.unique;
import static la.rtp.tracker.support.Api.user;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import la.rtp.tracker.support.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SecurityTest {

    @Test
    void anonymousGets401WithChallengeAndProblem() {
        anonymous().get("/api/v1/users").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Basic"))
                .body("status", equalTo(401)).body("type", containsString("unauthenticated"));
    }

    @Test
    void wrongPasswordGets401() {
        as("admin", "not-the-password").get("/api/v1/users").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Basic"));
    }

    @Test
    void malformedAuthorizationGets401() {
        anonymous().header("Authorization", "Basic !!!not-base64").get("/api/v1/users").then().statusCode(401);
        anonymous().header("Authorization", "Digest abc").get("/api/v1/users").then().statusCode(401);
    }

    @Test
    void adminListsUsers() {
        admin().get("/api/v1/users").then().statusCode(200).body("items.username", hasItem("admin"))
                .body("items[0].passwordHash", nullValue());
    }

    @Test
    void onlyTheRtpSecretariatManagesUsers() {
        for (String role : List.of("VIEWER", "SWG_SECRETARIAT", "SWG_CHAIR")) {
            String name = role.startsWith("SWG") ? user(role, "health") : user(role);
            as(name).get("/api/v1/users").then().statusCode(403).contentType("application/problem+json");
            as(name).body(Map.of("username", unique("x"), "password", "long-enough-password", "displayName", "X",
                    "role", "VIEWER")).post("/api/v1/users").then().statusCode(403);
        }
    }

    @Test
    /** bcrypt of the password's SHA-256 digest, so that bytes beyond bcrypt's 72 count too. */
    void passwordsAreStoredAsBcryptHashes() {
        String name = user("VIEWER");
        String hash = QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername(name).orElseThrow().passwordHash);
        assertTrue(hash.matches("\\$sha256-bcrypt\\$\\$2[aby]?\\$10\\$.{53}"), hash);
        assertNotEquals(passwordOf(name), hash);
        assertTrue(!hash.contains(passwordOf(name)));
    }

    @Test
    void shortPasswordIsRefusedWithFieldError() {
        admin().body(Map.of("username", unique("short"), "password", "123456789", "displayName", "S",
                "role", "VIEWER")).post("/api/v1/users").then().statusCode(422)
                .body("errors.field", hasItem("password"));
    }

    @Test
    void scopedRoleNeedsKnownSwgs() {
        admin().body(Map.of("username", unique("s"), "password", "long-enough-password", "displayName", "S",
                "role", "SWG_CHAIR", "swgs", List.of())).post("/api/v1/users").then().statusCode(422)
                .body("errors.field", hasItem("swgs"));
        admin().body(Map.of("username", unique("s"), "password", "long-enough-password", "displayName", "S",
                "role", "SWG_CHAIR", "swgs", List.of("atlantis"))).post("/api/v1/users").then().statusCode(422)
                .body("errors[0].message", containsString("atlantis"));
    }

    @Test
    void duplicateUsernameIs409() {
        String name = user("VIEWER");
        admin().body(Map.of("username", name, "password", "long-enough-password", "displayName", "S", "role", "VIEWER"))
                .post("/api/v1/users").then().statusCode(409);
    }

    @Test
    void deactivatedUserCannotSignIn() {
        String name = user("VIEWER");
        as(name).get("/api/v1/swgs").then().statusCode(200);
        long id = admin().get("/api/v1/users?size=200").jsonPath()
                .getLong("items.find { it.username == '" + name + "' }.id");
        admin().post("/api/v1/users/" + id + "/deactivate").then().statusCode(200).body("active", equalTo(false));
        as(name).get("/api/v1/swgs").then().statusCode(401);
        admin().post("/api/v1/users/" + id + "/deactivate").then().statusCode(409);
        admin().post("/api/v1/users/" + id + "/activate").then().statusCode(200).body("active", equalTo(true));
        as(name).get("/api/v1/swgs").then().statusCode(200);
    }

    @Test
    void partnerTokenIsHashedReadOnlyAndRevocable() {
        Map<String, Object> t = Api.partnerToken();
        String token = (String) t.get("token");
        long id = ((Number) t.get("id")).longValue();
        String stored = QuarkusTransaction.requiringNew().call(() -> PartnerToken.<PartnerToken>findById(id).tokenHash);
        assertEquals(Secrets.sha256(token), stored);
        assertNotEquals(token, stored);
        admin().get("/api/v1/partner-tokens").then().statusCode(200).body("items.token", not(hasItem(token)));
        // Authenticated, but a partner may not read users or write anything.
        partner(token).get("/api/v1/users").then().statusCode(403);
        partner(token).get("/api/v1/swgs").then().statusCode(403);
        partner(token).body(Map.of("name", "X", "type", "NGO")).post("/api/v1/organizations").then().statusCode(403);
        partner(token).delete("/api/v1/partner-tokens/" + id).then().statusCode(403);
        admin().delete("/api/v1/partner-tokens/" + id).then().statusCode(204);
        partner(token).get("/api/v1/users").then().statusCode(401);
        admin().delete("/api/v1/partner-tokens/" + id).then().statusCode(409);
        partner("swgt_unknown").get("/api/v1/users").then().statusCode(401);
    }

    @Test
    void onlyTheRtpSecretariatIssuesTokens() {
        long org = Api.organization("DEVELOPMENT_PARTNER");
        for (String name : List.of(user("VIEWER"), user("SWG_SECRETARIAT", "health"), user("SWG_CHAIR", "health"))) {
            as(name).body(Map.of("name", "t", "organizationId", org)).post("/api/v1/partner-tokens").then()
                    .statusCode(403);
            as(name).get("/api/v1/partner-tokens").then().statusCode(403);
        }
        admin().body(Map.of("name", "t", "organizationId", 999999)).post("/api/v1/partner-tokens").then()
                .statusCode(422).body("errors.field", hasItem("organizationId"));
    }

    @Test
    void lastSecretariatCannotBeDeactivated() {
        user("RTP_SECRETARIAT");
        List<Map<String, Object>> users = admin().get("/api/v1/users?size=200").jsonPath().getList("items");
        long adminId = 0;
        for (Map<String, Object> u : users) {
            long id = ((Number) u.get("id")).longValue();
            if ("admin".equals(u.get("username"))) {
                adminId = id;
            } else if ("RTP_SECRETARIAT".equals(u.get("role")) && Boolean.TRUE.equals(u.get("active"))) {
                admin().post("/api/v1/users/" + id + "/deactivate").then().statusCode(200);
            }
        }
        as(user("VIEWER")).post("/api/v1/users/" + adminId + "/deactivate").then().statusCode(403);
        admin().post("/api/v1/users/" + adminId + "/deactivate").then().statusCode(409)
                .body("detail", containsString("last active RTP secretariat"));
    }
}
