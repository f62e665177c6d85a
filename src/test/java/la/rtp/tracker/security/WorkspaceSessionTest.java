package la.rtp.tracker.security;

import static io.restassured.RestAssured.given;
import static la.rtp.tracker.support.Api.admin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import la.rtp.tracker.support.Api;
import la.rtp.tracker.support.WebSession;
import org.junit.jupiter.api.Test;

/** The workspace's session: what ends it, where it is accepted, what its cookie says, its CSRF token. */
@QuarkusTest
class WorkspaceSessionTest {

    @Test
    void signOutEndsEverySessionOfTheUserEvenASavedCookie() {
        String user = Api.user("SWG_SECRETARIAT", "health");
        WebSession laptop = WebSession.signIn(user);
        WebSession phone = WebSession.signIn(user);
        String saved = laptop.cookies().get(WorkspaceSessions.COOKIE);

        laptop.post("/app/logout", Map.of()).then().statusCode(303).header("Location", endsWith("/login?signedOut=true"));

        assertEquals(302, laptop.get("/app").statusCode());
        assertEquals(302, phone.get("/app").statusCode());
        given().redirects().follow(false).cookie(WorkspaceSessions.COOKIE, saved).get("/app").then().statusCode(302)
                .header("Location", endsWith("/login"));
        admin().queryParam("entityType", "User").queryParam("entityId", userId(user)).get("/api/v1/audit")
                .then().statusCode(200).body("items.action", org.hamcrest.Matchers.hasItem("sign-out"));
        WebSession.signIn(user).get("/app").then().statusCode(200);
    }

    @Test
    void deactivationEndsTheSessionsAndReactivationDoesNotReviveThem() {
        String user = Api.user("VIEWER");
        WebSession web = WebSession.signIn(user);
        String saved = web.cookies().get(WorkspaceSessions.COOKIE);
        long id = userId(user);
        admin().post("/api/v1/users/" + id + "/deactivate").then().statusCode(200);
        assertEquals(302, web.get("/app").statusCode());
        admin().post("/api/v1/users/" + id + "/activate").then().statusCode(200);
        given().redirects().follow(false).cookie(WorkspaceSessions.COOKIE, saved).get("/app").then().statusCode(302);
    }

    @Test
    void theJsonApiDoesNotAcceptTheSessionCookie() {
        WebSession web = WebSession.admin();
        String victim = Api.user("VIEWER");
        long id = userId(victim);
        given().cookies(web.cookies()).get("/api/v1/swgs").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Basic"));
        given().cookies(web.cookies()).contentType(ContentType.JSON).post("/api/v1/users/" + id + "/deactivate")
                .then().statusCode(401);
        admin().get("/api/v1/users/" + id).then().statusCode(200).body("active", equalTo(true));
        // the reports, opened from the workspace, do accept it
        given().cookies(web.cookies()).get("/reports/compliance?year=2025&lang=en").then().statusCode(200);
    }

    @Test
    void theWorkspaceDoesNotAcceptBasicCredentials() {
        given().redirects().follow(false).auth().preemptive().basic("admin", Api.ADMIN_PASSWORD).get("/app")
                .then().statusCode(302).header("Location", endsWith("/login"));
    }

    @Test
    void theSessionCookieIsHttpOnlyStrictAndNotSecureOverPlainHttp() {
        String user = Api.user("VIEWER");
        Response r = given().redirects().follow(false).contentType(ContentType.URLENC).formParam("username", user)
                .formParam("password", Api.passwordOf(user)).post("/login");
        assertEquals(303, r.statusCode());
        String cookie = r.headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith("rtp-session="))
                .findFirst().orElseThrow();
        assertTrue(cookie.toLowerCase().contains("httponly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
        assertTrue(cookie.contains("Path=/"), cookie);
        assertFalse(cookie.contains("Secure"), cookie);
    }

    @Test
    void signInGoesOnToThePageAskedFor() {
        given().redirects().follow(false).get("/app/directory?q=x").then().statusCode(302)
                .header("Location", endsWith("/login?next=%2Fapp%2Fdirectory%3Fq%3Dx"));
        String user = Api.user("VIEWER");
        given().redirects().follow(false).contentType(ContentType.URLENC).formParam("username", user)
                .formParam("password", Api.passwordOf(user)).formParam("next", "/app/directory?q=x").post("/login")
                .then().statusCode(303).header("Location", endsWith("/app/directory?q=x"));
        given().redirects().follow(false).contentType(ContentType.URLENC).formParam("username", user)
                .formParam("password", Api.passwordOf(user)).formParam("next", "https://evil.example/app").post("/login")
                .then().statusCode(303).header("Location", endsWith("/app"));
    }

    @Test
    void aCsrfTokenIsWorthNothingInAnotherSession() {
        String user = Api.user("SWG_SECRETARIAT", "health");
        WebSession mine = WebSession.signIn(user);
        WebSession other = WebSession.signIn(Api.user("SWG_SECRETARIAT", "health"));
        mine.postRaw("/app/language", Map.of("language", "lo", "back", "/app", "csrf", other.csrf()))
                .then().statusCode(403);
        mine.get("/app").then().body(containsString("<html lang=\"en\""));
        mine.post("/app/language", Map.of("language", "lo", "back", "/app")).then().statusCode(303);
        mine.get("/app").then().body(containsString("<html lang=\"lo\""));
    }

    @Test
    void aMalformedBackAnswersARedirectHomeNot500() {
        WebSession web = WebSession.admin();
        for (String back : new String[] {"/app foo", "/app/%zz", "/app/../q/metrics", "/app\\evil", "//evil.example"}) {
            web.post("/app/language", Map.of("language", "en", "back", back)).then().statusCode(303)
                    .header("Location", endsWith("/app"));
        }
    }

    @Test
    void theLanguageSwitchIsAudited() {
        String user = Api.user("VIEWER");
        WebSession web = WebSession.signIn(user);
        web.post("/app/language", Map.of("language", "lo", "back", "/app")).then().statusCode(303);
        admin().queryParam("entityType", "User").queryParam("entityId", userId(user)).get("/api/v1/audit")
                .then().statusCode(200).body("items.action", org.hamcrest.Matchers.hasItem("language"));
    }

    static long userId(String username) {
        for (int page = 0;; page++) {
            var json = admin().queryParam("size", 200).queryParam("page", page).get("/api/v1/users").then()
                    .statusCode(200).extract().jsonPath();
            Object id = json.get("items.find { it.username == '" + username + "' }.id");
            if (id != null) {
                return ((Number) id).longValue();
            }
            if (json.getList("items").isEmpty()) {
                throw new AssertionError("no user " + username);
            }
        }
    }
}
