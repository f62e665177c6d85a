package la.rtp.tracker.web;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.web.MeetingWeb.errorOf;
import static la.rtp.tracker.web.MeetingWeb.form;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
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
class ActionItemPagesTest {

    @Inject
    TestClock clock;

    @BeforeEach
    void pin() {
        clock.pin(Fixtures.NOW);
    }

    @Test
    void recordAnActionItemAndChangeItsStatus() {
        String code = Fixtures.swg();
        WebSession web = WebSession.signIn(Api.user("SWG_SECRETARIAT", code));
        long org = Api.organization("GOVERNMENT");
        String name = Api.unique("Owner");
        long person = Fixtures.person(name, "FEMALE", org);
        long id = Fixtures.meeting(code, "2024-06-10T09:00:00+07:00");
        String page = "/app/meetings/" + id;
        admin().body(Map.of("personId", person)).post("/api/v1/meetings/" + id + "/attendees").then().statusCode(201);
        web.get(page).then().body(containsString("id=\"action-form\""), containsString("<option value=\"" + person + "\""));

        web.post(page + "/action-items", form("description", "Share the draft decree", "ownerOrganizationId", org,
                "ownerPersonId", person, "dueDate", "2024-07-31")).then().statusCode(303)
                .header("Location", containsString("saved=action"));
        var item = admin().get("/api/v1/meetings/" + id).then().body("actionItems.size()", equalTo(1)).extract()
                .jsonPath();
        long itemId = item.getLong("actionItems[0].id");
        admin().get("/api/v1/action-items/" + itemId).then().body("description", equalTo("Share the draft decree"))
                .body("ownerOrganizationId", equalTo((int) org)).body("ownerPersonId", equalTo((int) person))
                .body("dueDate", equalTo("2024-07-31")).body("status", equalTo("OPEN"));
        web.get(page).then().body(containsString("Share the draft decree"), containsString("2024-07-31"),
                containsString("id=\"status-form-0\""), containsString(name));

        web.post("/app/action-items/" + itemId + "/status", form("status", "IN_PROGRESS", "version", "0"))
                .then().statusCode(303).header("Location", containsString(page + "?saved=status"));
        admin().get("/api/v1/action-items/" + itemId).then().body("status", equalTo("IN_PROGRESS"));
        // the page now shows version 1
        web.get(page).then().body(containsString("name=\"version\" value=\"1\""));
        // the same status again: the API's conflict, shown on the meeting page
        web.post("/app/action-items/" + itemId + "/status", form("status", "IN_PROGRESS", "version", "1"))
                .then().statusCode(409).body(containsString("is already IN_PROGRESS"));
        // a form shown before the change: stale, refused with the reason, nothing changed
        web.post("/app/action-items/" + itemId + "/status", form("status", "DONE", "version", "0"))
                .then().statusCode(409).body(containsString("Stale version 0"));
        admin().get("/api/v1/action-items/" + itemId).then().body("status", equalTo("IN_PROGRESS"));
    }

    @Test
    void anActionWithoutOwnerOrDateIsRefusedNextToTheFields() {
        String code = Fixtures.swg();
        WebSession web = WebSession.signIn(Api.user("SWG_CHAIR", code));
        long id = Fixtures.meeting(code, "2024-06-10T09:00:00+07:00");
        Response r = web.post("/app/meetings/" + id + "/action-items", form("description", "Orphan", "dueDate", "2024-07-31"));
        r.then().statusCode(422).body(containsString("value=\"Orphan\""));
        assertTrue(errorOf(r, "ownerOrganizationId").contains("Give an owner"));
        Response early = web.post("/app/meetings/" + id + "/action-items", form("description", "Early",
                "ownerOrganizationId", Api.organization("NGO"), "dueDate", "2024-06-01"));
        early.then().statusCode(422);
        assertTrue(errorOf(early, "dueDate").contains("must not be before the meeting date"));
        Response garbled = web.post("/app/meetings/" + id + "/action-items", form("description", "x",
                "ownerOrganizationId", "abc", "dueDate", "31.07.2024"));
        garbled.then().statusCode(422);
        assertTrue(errorOf(garbled, "dueDate").contains("yyyy-mm-dd"));
        admin().get("/api/v1/meetings/" + id).then().body("actionItems.size()", equalTo(0));
    }

    @Test
    void othersAreRefused() {
        String code = Fixtures.swg();
        long org = Api.organization("GOVERNMENT");
        long id = Fixtures.meeting(code, "2024-06-10T09:00:00+07:00");
        long itemId = admin().body(Map.of("description", "Theirs", "ownerOrganizationId", org, "dueDate", "2024-07-01"))
                .post("/api/v1/meetings/" + id + "/action-items").then().statusCode(201).extract().jsonPath().getLong("id");
        for (String user : List.of(Api.user("SWG_SECRETARIAT", "education"), Api.user("VIEWER"))) {
            WebSession web = WebSession.signIn(user);
            web.get("/app/meetings/" + id).then().body(containsString("Theirs"), not(containsString("id=\"status-form-0\"")));
            web.post("/app/action-items/" + itemId + "/status", form("status", "DONE")).then().statusCode(403);
            web.post("/app/meetings/" + id + "/action-items", form("description", "Mine", "ownerOrganizationId", org,
                    "dueDate", "2024-07-01")).then().statusCode(403);
        }
        WebSession own = WebSession.signIn(Api.user("SWG_SECRETARIAT", code));
        own.postRaw("/app/action-items/" + itemId + "/status", form("status", "DONE")).then().statusCode(403);
        admin().get("/api/v1/action-items/" + itemId).then().body("status", equalTo("OPEN"));
        admin().get("/api/v1/meetings/" + id).then().body("actionItems.size()", equalTo(1));
    }

    /** A status changed on the page is recorded as of today: the form has no date to backdate it. */
    @Test
    void theStatusFormOffersNoDate() {
        String code = Fixtures.swg();
        WebSession web = WebSession.signIn(Api.user("SWG_SECRETARIAT", code));
        long id = Fixtures.meeting(code, "2024-06-10T09:00:00+07:00");
        admin().body(Map.of("description", "Dated today", "ownerOrganizationId", Api.organization("GOVERNMENT"),
                "dueDate", "2024-07-01")).post("/api/v1/meetings/" + id + "/action-items").then().statusCode(201);
        web.get("/app/meetings/" + id).then().statusCode(200).body(containsString("id=\"status-form-0\""),
                not(containsString("name=\"on\"")));
    }
}
