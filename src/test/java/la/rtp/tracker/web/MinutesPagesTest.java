package la.rtp.tracker.web;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.web.MeetingWeb.errorOf;
import static la.rtp.tracker.web.MeetingWeb.form;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import la.rtp.tracker.support.Api;
import la.rtp.tracker.support.Fixtures;
import la.rtp.tracker.support.PinnedClock;
import la.rtp.tracker.support.TestClock;
import la.rtp.tracker.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PinnedClock
class MinutesPagesTest {

    private static final String BODY = "# Decisions\n\n- Endorse the plan\n\n<script>alert(1)</script>";

    @Inject
    TestClock clock;

    @BeforeEach
    void pin() {
        clock.pin(Fixtures.NOW);
    }

    @Test
    void previewDoesNotSaveThenSaveAndPublishAfterMarkingHeld() {
        String code = Fixtures.swg();
        WebSession web = WebSession.signIn(Api.user("SWG_SECRETARIAT", code));
        long id = Fixtures.meeting(code, "2024-06-10T09:00:00+07:00");
        String page = "/app/meetings/" + id;
        web.get(page).then().body(containsString("id=\"minutes-form-preview\""), containsString("id=\"minutes-form-submit\""),
                not(containsString("id=\"publish-form\"")));

        web.post(page + "/minutes", form("body", BODY, "language", "en", "version", "", "action", "preview"))
                .then().statusCode(200).body(containsString("id=\"minutes-preview\""), containsString("<h1>Decisions</h1>"),
                        containsString("<li>Endorse the plan</li>"), not(containsString("<script>alert")),
                        containsString("This preview is not saved yet."));
        admin().get("/api/v1/meetings/" + id).then().body("minutes", nullValue());
        admin().get("/api/v1/meetings/" + id + "/minutes").then().statusCode(404);

        web.post(page + "/minutes", form("body", BODY, "language", "en", "version", "", "action", "save"))
                .then().statusCode(303).header("Location", containsString("saved=minutes"));
        admin().get("/api/v1/meetings/" + id + "/minutes").then().statusCode(200).body("body", equalTo(BODY))
                .body("language", equalTo("en")).body("published", equalTo(false)).body("version", equalTo(0));

        // publish before held: the API's 409 shown on the page, nothing published
        web.post(page + "/minutes/publish", Map.of()).then().statusCode(409)
                .body(containsString("Only the minutes of a held meeting can be published"));
        admin().get("/api/v1/meetings/" + id + "/minutes").then().body("published", equalTo(false));

        // rewrite with the version the page carries
        web.post(page + "/minutes", form("body", "Rewritten", "language", "lo", "version", "0", "action", "save"))
                .then().statusCode(303);
        web.post(page + "/minutes", form("body", "Stale", "language", "lo", "version", "0", "action", "save"))
                .then().statusCode(409).body(containsString("Stale version"), containsString(">Stale</textarea>"));

        web.post(page + "/held", Map.of()).then().statusCode(303);
        web.get(page).then().body(containsString("id=\"publish-form\""), containsString("Rewritten"));
        web.post(page + "/minutes/publish", Map.of()).then().statusCode(303).header("Location", containsString("saved=published"));
        admin().get("/api/v1/meetings/" + id + "/minutes").then().body("published", equalTo(true))
                .body("publishedOn", equalTo("2024-06-15")).body("body", equalTo("Rewritten"));
        web.get(page).then().body(containsString("Published on 2024-06-15"), not(containsString("id=\"publish-form\"")));
    }

    @Test
    void invalidMinutesAreRefusedNextToTheField() {
        String code = Fixtures.swg();
        WebSession web = WebSession.signIn(Api.user("SWG_CHAIR", code));
        long id = Fixtures.meeting(code, "2024-06-10T09:00:00+07:00");
        Response r = web.post("/app/meetings/" + id + "/minutes", form("body", " ", "language", "fr", "action", "save"));
        r.then().statusCode(422);
        assertTrue(errorOf(r, "body").length() > 0);
        assertTrue(errorOf(r, "language").contains("must be en or lo"));
        admin().get("/api/v1/meetings/" + id).then().body("minutes", nullValue());
    }

    @Test
    void othersMayNeitherSaveNorPublishAndCsrfIsRequired() {
        String code = Fixtures.swg();
        long id = Fixtures.meeting(code, "2024-06-10T09:00:00+07:00");
        admin().post("/api/v1/meetings/" + id + "/held").then().statusCode(200);
        admin().body(Map.of("body", "Draft", "language", "en")).put("/api/v1/meetings/" + id + "/minutes").then()
                .statusCode(201);
        for (String user : List.of(Api.user("SWG_SECRETARIAT", "education"), Api.user("VIEWER"))) {
            WebSession web = WebSession.signIn(user);
            web.get("/app/meetings/" + id).then().statusCode(200).body(containsString("Draft"),
                    not(containsString("id=\"minutes-form\"")), not(containsString("id=\"publish-form\"")));
            web.post("/app/meetings/" + id + "/minutes", form("body", "Mine", "language", "en", "version", "0",
                    "action", "save")).then().statusCode(403);
            web.post("/app/meetings/" + id + "/minutes", form("body", "Mine", "language", "en", "action", "preview"))
                    .then().statusCode(403);
            web.post("/app/meetings/" + id + "/minutes/publish", Map.of()).then().statusCode(403);
        }
        WebSession own = WebSession.signIn(Api.user("SWG_SECRETARIAT", code));
        own.postRaw("/app/meetings/" + id + "/minutes/publish", Map.of()).then().statusCode(403);
        admin().get("/api/v1/meetings/" + id + "/minutes").then().body("body", equalTo("Draft"))
                .body("published", equalTo(false));
    }
}
