package la.rtp.tracker.web;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.web.WorkplanWeb.YEAR;
import static la.rtp.tracker.web.WorkplanWeb.activity;
import static la.rtp.tracker.web.WorkplanWeb.add;
import static la.rtp.tracker.web.WorkplanWeb.create;
import static la.rtp.tracker.web.WorkplanWeb.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import la.rtp.tracker.support.Api;
import la.rtp.tracker.support.Fixtures;
import la.rtp.tracker.support.WebSession;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WorkplanPagesTest {

    @Inject
    SessionFactory sessionFactory;

    @Test
    void aWorkplanIsCreatedFromTheFormAndTheEditorRendersInBothLanguages() {
        String code = Fixtures.swg();
        WebSession web = WebSession.signIn(Api.user("SWG_SECRETARIAT", code));
        long id = create(web, code, YEAR);
        admin().get("/api/v1/workplans/" + id).then().body("swg", equalTo(code)).body("year", equalTo(YEAR))
                .body("status", equalTo("DRAFT"));
        String html = web.get("/app/workplans/" + id + "?done=created").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<html lang=\"en\""), containsString("Workplan created."),
                        containsString("Group " + code + ": workplan 2024"), containsString(">Draft<"),
                        containsString("Submission deadline"), containsString("2024-01-31"),
                        containsString("id=\"submit-form\""), containsString("data-confirm=\"Submit this workplan?"),
                        not(containsString("id=\"endorse-form\"")), not(containsString("name=\"submittedOn\"")))
                .extract().asString();
        assertTrue(html.getBytes(StandardCharsets.UTF_8).length < 100_000, "the editor weighs " + html.length());

        web.post("/app/swgs/" + code + "/workplans", Map.of("year", "2024")).then().statusCode(409)
                .body(containsString("already has a workplan for 2024"), containsString("id=\"workplan-create-form\""));
        web.post("/app/swgs/" + code + "/workplans", Map.of("year", "twenty")).then().statusCode(422)
                .body(containsString("id=\"e-year\""), containsString("value=\"twenty\""));
        web.post("/app/swgs/" + code + "/workplans", Map.of("year", "1800")).then().statusCode(422)
                .body(containsString("id=\"e-year\""));

        web.post("/app/language", Map.of("language", "lo", "back", "/app/workplans/" + id)).then().statusCode(303);
        web.get("/app/workplans/" + id).then().statusCode(200).body(containsString("<html lang=\"lo\""),
                containsString("ກຸ່ມ " + code + ": ແຜນວຽກປີ 2024"), containsString("ກຳນົດສົ່ງ"), containsString("ເພີ່ມກິດຈະກຳ"),
                not(containsString("Submission deadline")));
        web.post("/app/workplans/" + id + "/activities", activity("x", List.of(), List.of(), 0, "1O", "")).then()
                .statusCode(422).body(containsString("ໃສ່ຈຳນວນເງິນ"));
    }

    @Test
    void submitThenTheRtpSecretariatReturnsWithAReasonAndEndorses() {
        String code = Fixtures.swg();
        WebSession web = WebSession.signIn(Api.user("SWG_SECRETARIAT", code));
        long id = create(web, code, YEAR);
        web.post("/app/workplans/" + id + "/submit", Map.of()).then().statusCode(422)
                .body(containsString("at least one activity"));
        add(web, id, activity("Review", List.of("1"), List.of("1"), 0, "10", ""));
        web.post("/app/workplans/" + id + "/submit", Map.of("submittedOn", "2020-01-01")).then().statusCode(403);
        web.post("/app/workplans/" + id + "/submit", Map.of()).then().statusCode(303)
                .header("Location", containsString("done=submitted"));
        assertEquals("SUBMITTED", status(id));
        web.post("/app/workplans/" + id + "/submit", Map.of()).then().statusCode(409);
        web.post("/app/workplans/" + id + "/endorse", Map.of()).then().statusCode(403);
        assertEquals("SUBMITTED", status(id));

        WebSession rtp = WebSession.admin();
        rtp.get("/app/workplans/" + id).then().body(containsString("id=\"return-form\""),
                containsString("id=\"endorse-form\""), not(containsString("id=\"submit-form\"")));
        rtp.post("/app/workplans/" + id + "/return", Map.of("reason", "  ")).then().statusCode(422)
                .body(containsString("id=\"e-reason\""));
        rtp.post("/app/workplans/" + id + "/return", Map.of("reason", "Add the budget of Q3")).then().statusCode(303);
        assertEquals("RETURNED", status(id));
        rtp.get("/app/workplans/" + id).then().body(containsString("Add the budget of Q3"),
                containsString("Returned for revision"), containsString("name=\"submittedOn\""));

        web.post("/app/workplans/" + id + "/submit", Map.of()).then().statusCode(303);
        rtp.post("/app/workplans/" + id + "/endorse", Map.of("endorsedOn", "31/01/2024")).then().statusCode(422)
                .body(containsString("id=\"e-endorsedOn\""));
        rtp.post("/app/workplans/" + id + "/endorse", Map.of("endorsedOn", "")).then().statusCode(303)
                .header("Location", containsString("done=endorsed"));
        admin().get("/api/v1/workplans/" + id).then().body("status", equalTo("ENDORSED"))
                .body("history", hasSize(5)).body("history[2].reason", equalTo("Add the budget of Q3"));
        rtp.post("/app/workplans/" + id + "/return", Map.of("reason", "Too late")).then().statusCode(409);
    }

    @Test
    void aSecretariatOfAnotherSwgAndAViewerMayReadButNotChange() {
        String code = Fixtures.swg();
        long id = create(WebSession.signIn(Api.user("SWG_SECRETARIAT", code)), code, YEAR);
        for (String user : List.of(Api.user("SWG_SECRETARIAT", "education"), Api.user("VIEWER"))) {
            WebSession other = WebSession.signIn(user);
            other.get("/app/workplans/" + id).then().statusCode(200)
                    .body(not(containsString("id=\"activity-form\"")), not(containsString("id=\"submit-form\"")));
            other.post("/app/workplans/" + id + "/activities", activity("Intruder", List.of(), List.of("1"), 0, "1", ""))
                    .then().statusCode(403).contentType(containsString("text/html"));
            other.post("/app/workplans/" + id + "/submit", Map.of()).then().statusCode(403);
            other.post("/app/swgs/" + code + "/workplans", Map.of("year", "2025")).then().statusCode(403);
        }
        admin().get("/api/v1/workplans/" + id).then().body("activities", hasSize(0)).body("status", equalTo("DRAFT"));
        admin().get("/api/v1/workplans?swg=" + code).then().body("total", equalTo(1));
    }

    @Test
    void withoutTheCsrfFieldNothingChanges() {
        String code = Fixtures.swg();
        WebSession web = WebSession.signIn(Api.user("SWG_SECRETARIAT", code));
        web.postRaw("/app/swgs/" + code + "/workplans", Map.of("year", "2024")).then().statusCode(403);
        long id = create(web, code, YEAR);
        web.postRaw("/app/workplans/" + id + "/activities", activity("No token", List.of(), List.of("1"), 0, "1", ""))
                .then().statusCode(403).body(containsString("expired"));
        admin().get("/api/v1/workplans/" + id).then().body("activities", hasSize(0));
    }

    @Test
    void theEditorsStatementCountDoesNotGrowWithItsActivities() throws IOException {
        String code = Fixtures.swg();
        WebSession web = WebSession.signIn(Api.user("SWG_SECRETARIAT", code));
        long id = create(web, code, YEAR);
        long org = Api.organization("GOVERNMENT");
        Map<String, Object> form = activity("Costed", List.of("1", "2"), List.of("1", "3"), 0, "10", "1", 1, "20", "2");
        form.put("responsibleOrganizationId", String.valueOf(org));
        add(web, id, form);
        statementsFor(web, id);
        long one = statementsFor(web, id);
        for (int i = 0; i < 5; i++) {
            add(web, id, form);
        }
        long six = statementsFor(web, id);
        // kept for a person to look at after the run
        Files.createDirectories(Path.of("target", "pages"));
        Files.writeString(Path.of("target", "pages", "workplan-editor.html"), web.get("/app/workplans/" + id).asString());
        assertEquals(one, six, "statements for the editor grew with its activities");
    }

    private long statementsFor(WebSession web, long id) {
        var statistics = sessionFactory.getStatistics();
        // once unmeasured: the user's account is then known (common.Changes), as it is for a client
        // that keeps asking; the measured request costs what the page itself costs
        web.get("/app/workplans/" + id).then().statusCode(200);
        statistics.clear();
        web.get("/app/workplans/" + id).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }
}
