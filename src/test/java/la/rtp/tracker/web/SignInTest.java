package la.rtp.tracker.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import la.rtp.tracker.support.Api;
import la.rtp.tracker.support.WebSession;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SignInTest {

    @Test
    void workspaceRedirectsToTheFormButTheApiStillChallengesWithBasic() {
        given().redirects().follow(false).get("/app").then().statusCode(302)
                .header("Location", endsWith("/login"));
        given().get("/api/v1/users").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", containsString("Basic"));
    }

    @Test
    void signInShowsTheHomePageInEnglishAndTheLanguageIsRemembered() {
        String user = Api.user("SWG_SECRETARIAT", "health");
        WebSession web = WebSession.signIn(user);
        web.get("/app").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<html lang=\"en\""), containsString("Sign out"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));

        web.post("/app/language", Map.of("language", "lo", "back", "/app")).then().statusCode(303)
                .header("Location", endsWith("/app"));
        web.get("/app").then().statusCode(200).body(containsString("<html lang=\"lo\""), containsString("ອອກຈາກລະບົບ"));
        // remembered on the account, so a new session is in Lao too
        WebSession.signIn(user).get("/app").then().body(containsString("<html lang=\"lo\""));
    }

    @Test
    void aWrongPasswordGoesBackToTheFormWithAMessage() {
        String user = Api.user("SWG_CHAIR", "health");
        assertThrows(AssertionError.class, () -> WebSession.signIn(user, "wrong-password-here"));
        given().redirects().follow(false).contentType(ContentType.URLENC).formParam("username", user)
                .formParam("password", "wrong-password-here").post("/login")
                .then().statusCode(303).header("Location", containsString("/login?error"));
        given().get("/login?error=true").then().statusCode(200).body(containsString("not right"));
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
        String user = Api.user("SWG_SECRETARIAT", "health");
        WebSession web = WebSession.signIn(user);
        web.postRaw("/app/language", Map.of("language", "lo", "back", "/app")).then().statusCode(403)
                .body(containsString("expired"));
        web.postRaw("/app/language", Map.of("language", "lo", "back", "/app", "csrf", "x".repeat(43)))
                .then().statusCode(403);
        web.get("/app").then().body(containsString("<html lang=\"en\""));
    }

    @Test
    void signOutEndsTheSession() {
        String user = Api.user("VIEWER");
        WebSession web = WebSession.signIn(user);
        web.post("/app/logout", Map.of()).then().statusCode(303).header("Location", containsString("/login"));
        assertEquals(302, web.get("/app").statusCode());
    }

    @Test
    void aBackLinkOutsideTheWorkspaceIsNotFollowed() {
        WebSession web = WebSession.admin();
        web.post("/app/language", Map.of("language", "en", "back", "https://evil.example/")).then()
                .statusCode(303).header("Location", endsWith("/app"));
    }
}
