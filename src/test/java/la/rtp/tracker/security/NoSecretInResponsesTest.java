package la.rtp.tracker.security;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Api.partnerToken;
import static la.rtp.tracker.support.Api.user;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Neither password hashes nor partner tokens (nor their hashes) ever leave the server after issue. */
@QuarkusTest
class NoSecretInResponsesTest {

    @Test
    void usersNeverShowAPasswordHash() {
        String name = user("SWG_CHAIR", "health");
        String hash = QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername(name).orElseThrow().passwordHash);
        long total = admin().get("/api/v1/users?size=1").then().statusCode(200).extract().jsonPath().getLong("total");
        for (long page = 0; page * 200 < total; page++) {
            assertClean(admin().get("/api/v1/users?size=200&page=" + page).then().statusCode(200)
                    .extract().asString(), hash);
        }
        long id = QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername(name).orElseThrow().id);
        String one = admin().get("/api/v1/users/" + id).then().statusCode(200).extract().asString();
        assertTrue(one.contains(name));
        assertClean(one, hash);
    }

    @Test
    void partnerTokenListNeverShowsTheTokenNorItsHash() {
        Map<String, Object> issued = partnerToken();
        String token = String.valueOf(issued.get("token"));
        assertTrue(token.length() > 20, "the token is shown once, at issue");
        long total = admin().get("/api/v1/partner-tokens?size=1").then().statusCode(200)
                .extract().jsonPath().getLong("total");
        String hash = Secrets.sha256(token);
        boolean seen = false;
        for (long page = 0; page * 200 < total; page++) {
            String body = admin().get("/api/v1/partner-tokens?size=200&page=" + page).then().statusCode(200)
                    .extract().asString();
            seen |= body.contains("\"id\":" + issued.get("id") + ",") || body.contains("\"id\":" + issued.get("id") + "}");
            assertFalse(body.contains(token));
            assertFalse(body.contains(hash));
            assertFalse(body.contains("tokenHash"));
        }
        assertTrue(seen, "the issued token is listed");
    }

    private static void assertClean(String body, String hash) {
        assertFalse(body.contains("passwordHash"), body);
        assertFalse(body.contains("$2"), "a bcrypt prefix in " + body);
        assertFalse(body.contains(hash));
    }
}
