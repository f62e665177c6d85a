package la.rtp.tracker.security;

import static io.restassured.RestAssured.given;
import static la.rtp.tracker.support.Api.admin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import la.rtp.tracker.support.Api;
import la.rtp.tracker.support.WebSession;
import org.junit.jupiter.api.Test;

/** A user changes their own password; every session of theirs ends; the old password no longer works. */
@QuarkusTest
class PasswordChangeTest {

    @Test
    void aViewerChangesTheirPasswordAndEverySessionEnds() {
        String user = Api.user("VIEWER");
        WebSession web = WebSession.signIn(user);
        Api.as(user).body(Map.of("currentPassword", Api.passwordOf(user), "newPassword", "a-brand-new-passphrase"))
                .post("/api/v1/account/password").then().statusCode(200).body("username", equalTo(user));

        assertEquals(302, web.get("/app").statusCode(), "the session of before the change has ended");
        Api.as(user).get("/api/v1/swgs").then().statusCode(401);
        Api.as(user, "a-brand-new-passphrase").get("/api/v1/swgs").then().statusCode(200);
        admin().queryParam("entityType", "User").queryParam("entityId", WorkspaceSessionTest.userId(user))
                .get("/api/v1/audit").then().statusCode(200).body("items.action", hasItem("password"));
    }

    @Test
    void aWrongCurrentPasswordOrAWeakNewOneChangesNothing() {
        String user = Api.user("SWG_CHAIR", "health");
        Api.as(user).body(Map.of("currentPassword", "not-my-password-at-all", "newPassword", "a-brand-new-passphrase"))
                .post("/api/v1/account/password").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("currentPassword"));
        Api.as(user).body(Map.of("currentPassword", Api.passwordOf(user), "newPassword", "short"))
                .post("/api/v1/account/password").then().statusCode(422).body("errors[0].field", equalTo("newPassword"));
        Api.as(user).body(Map.of("currentPassword", Api.passwordOf(user), "newPassword", "qwerty123456"))
                .post("/api/v1/account/password").then().statusCode(422).body("errors[0].field", equalTo("newPassword"));
        Api.as(user).get("/api/v1/swgs").then().statusCode(200);
    }

    @Test
    void partnersAndAnonymousCallersHaveNoPasswordToChange() {
        String token = (String) Api.partnerToken().get("token");
        Api.partner(token).body(Map.of("currentPassword", "x", "newPassword", "a-brand-new-passphrase"))
                .post("/api/v1/account/password").then().statusCode(403);
        given().contentType("application/json").body(Map.of("currentPassword", "x", "newPassword", "y"))
                .post("/api/v1/account/password").then().statusCode(401);
    }
}
