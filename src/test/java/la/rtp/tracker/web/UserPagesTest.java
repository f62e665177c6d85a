package la.rtp.tracker.web;

import static la.rtp.tracker.support.Api.admin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import la.rtp.tracker.support.Api;
import la.rtp.tracker.support.WebSession;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UserPagesTest {

    private static Map<String, Object> form(String username, String role, String... swgs) {
        Map<String, Object> f = new HashMap<>();
        f.put("username", username);
        f.put("displayName", "Ms Vanh Phommachanh");
        f.put("password", "a-long-enough-password");
        f.put("role", role);
        if (swgs.length > 0) {
            f.put("swgs", List.of(swgs));
        }
        return f;
    }

    /** A VIEWER made through the API; returns {id, username}. */
    private static Object[] viewer() {
        String username = Api.unique("viewer").toLowerCase();
        long id = admin().body(Map.of("username", username, "password", Api.passwordOf(username), "displayName",
                "A viewer", "role", "VIEWER", "swgs", List.of())).post("/api/v1/users").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        return new Object[] {id, username};
    }

    private static long userCount() {
        return admin().get("/api/v1/users?size=1").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    @Test
    void theSecretariatSeesTheListAndTheForm() {
        WebSession.admin().get("/app/users").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<html lang=\"en\""), containsString("id=\"user-form\""),
                        containsString("id=\"f-username\""), containsString("id=\"f-displayName\""),
                        containsString("id=\"f-password\""), containsString("<select id=\"f-role\" name=\"role\""),
                        containsString("id=\"f-swgs-0\" name=\"swgs\" value=\"health\""),
                        containsString("id=\"f-swgs-9\""), containsString("id=\"user-form-submit\""),
                        containsString("<tr data-user=\"admin\">"));
    }

    @Test
    void rendersInLao() {
        String lao = Api.user("RTP_SECRETARIAT");
        WebSession web = WebSession.signIn(lao);
        web.post("/app/language", Map.of("language", "lo", "back", "/app/users")).then().statusCode(303)
                .header("Location", endsWith("/app/users"));
        web.get("/app/users").then().statusCode(200)
                .body(containsString("<html lang=\"lo\""), containsString("ສ້າງຜູ້ໃຊ້"), not(containsString("Create user")));
    }

    @Test
    void creatingAUserRedirectsAndTheUserCanSignIn() {
        String username = Api.unique("vanh").toLowerCase();
        WebSession.admin().post("/app/users", form(username, "SWG_SECRETARIAT", "health", "education")).then()
                .statusCode(303).header("Location", endsWith("/app/users?saved=" + username));
        Api.as(username, "a-long-enough-password").get("/api/v1/swgs/health").then().statusCode(200);
        WebSession.signIn(username, "a-long-enough-password").get("/app").then().statusCode(200)
                .body(containsString("data-swg=\"health\""), containsString("data-swg=\"education\""),
                        not(containsString("data-swg=\"governance\"")));
        WebSession.admin().get("/app/users?saved=" + username).then()
                .body(containsString("User " + username + " created."));
    }

    @Test
    void aTakenUsernameIsShownNextToTheFieldAndNothingIsCreated() {
        long before = userCount();
        WebSession.admin().post("/app/users", form("admin", "VIEWER")).then().statusCode(409)
                .contentType(containsString("text/html"))
                .body(containsString("id=\"f-username\" name=\"username\" type=\"text\" value=\"admin\""),
                        containsString("<span class=\"error-text\" id=\"e-username\">This user name is already taken"),
                        containsString("value=\"Ms Vanh Phommachanh\""), containsString("id=\"form-errors\""),
                        containsString("<option value=\"VIEWER\" selected>"));
        assertEquals(before, userCount());
    }

    @Test
    void invalidInputIsRefusedFieldByField() {
        long before = userCount();
        WebSession web = WebSession.admin();
        String name = Api.unique("nobody").toLowerCase();
        web.post("/app/users", form(name, "SWG_CHAIR")).then().statusCode(422)
                .body(containsString("id=\"e-swgs\""));
        web.post("/app/users", form(name, "")).then().statusCode(422)
                .body(containsString("<span class=\"error-text\" id=\"e-role\">Choose a role.</span>"));
        Map<String, Object> shortPassword = form(name, "VIEWER");
        shortPassword.put("password", "short");
        web.post("/app/users", shortPassword).then().statusCode(422).body(containsString("id=\"e-password\""));
        Map<String, Object> badName = form("Not A Name!", "VIEWER");
        web.post("/app/users", badName).then().statusCode(422).body(containsString("id=\"e-username\""));
        assertEquals(before, userCount());
    }

    @Test
    void othersAreRefused() {
        String[] others = {Api.user("VIEWER"), Api.user("SWG_SECRETARIAT", "health")};
        long target = (long) viewer()[0];
        long before = userCount();
        for (String user : others) {
            WebSession web = WebSession.signIn(user);
            web.get("/app/users").then().statusCode(403).contentType(containsString("text/html"))
                    .body(containsString("may not do this"));
            web.post("/app/users", form(Api.unique("sneaky").toLowerCase(), "RTP_SECRETARIAT")).then()
                    .statusCode(403);
            web.post("/app/users/" + target + "/deactivate", Map.of()).then().statusCode(403);
        }
        assertEquals(before, userCount());
        admin().get("/api/v1/users/" + target).then().body("active", equalTo(true));
    }

    @Test
    void withoutTheCsrfFieldNothingIsCreated() {
        long before = userCount();
        WebSession.admin().postRaw("/app/users", form(Api.unique("csrf").toLowerCase(), "VIEWER")).then()
                .statusCode(403).body(containsString("expired"));
        assertEquals(before, userCount());
        long target = (long) viewer()[0];
        WebSession.admin().postRaw("/app/users/" + target + "/deactivate", Map.of()).then().statusCode(403);
        admin().get("/api/v1/users/" + target).then().body("active", equalTo(true));
    }

    @Test
    void theListIsSearchedAndPagedOnTheServer() {
        String username = (String) viewer()[1];
        WebSession web = WebSession.admin();
        web.get("/app/users?q=" + username.toUpperCase(java.util.Locale.ROOT)).then().statusCode(200)
                .body(containsString("data-user=\"" + username + "\""), containsString("Users 1–1 of 1"),
                        containsString("value=\"" + username.toUpperCase(java.util.Locale.ROOT) + "\""),
                        org.hamcrest.Matchers.not(containsString("id=\"users-next\"")));
        web.get("/app/users?q=no-such-user-anywhere").then().statusCode(200).body(containsString("Users 0–0 of 0"));
    }

    @Test
    void deactivationAsksFirstAndTheUserCanNoLongerSignIn() {
        Object[] viewer = viewer();
        long id = (long) viewer[0];
        String username = (String) viewer[1];
        WebSession web = WebSession.admin();
        // more users than a page holds by now: the search finds this one
        web.get("/app/users?q=" + username).then().body(containsString("action=\"/app/users/" + id + "/deactivate\""),
                containsString("data-confirm=\"Deactivate " + username + "?"));
        web.post("/app/users/" + id + "/deactivate", Map.of()).then().statusCode(303)
                .header("Location", endsWith("/app/users?saved=deactivated"));
        admin().get("/api/v1/users/" + id).then().body("active", equalTo(false));
        web.post("/app/users/" + id + "/deactivate", Map.of()).then().statusCode(409)
                .body(containsString("already inactive"));
    }
}
