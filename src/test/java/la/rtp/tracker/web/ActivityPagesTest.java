package la.rtp.tracker.web;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.web.WorkplanWeb.YEAR;
import static la.rtp.tracker.web.WorkplanWeb.activity;
import static la.rtp.tracker.web.WorkplanWeb.add;
import static la.rtp.tracker.web.WorkplanWeb.create;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import la.rtp.tracker.support.Api;
import la.rtp.tracker.support.Fixtures;
import la.rtp.tracker.support.WebSession;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ActivityPagesTest {

    @Test
    void anActivityWithTwoBudgetLinesIsAddedThroughTheForm() {
        String code = Fixtures.swg();
        WebSession web = WebSession.signIn(Api.user("SWG_SECRETARIAT", code));
        long id = create(web, code, YEAR);
        long org = Api.organization("GOVERNMENT");
        web.get("/app/workplans/" + id).then().statusCode(200)
                .body(containsString("id=\"activity-form\""), containsString("id=\"f-nsedpOutcomes-3\""),
                        containsString("id=\"f-quarters-4\""), containsString("id=\"f-budget-4-disbursedUsd\""),
                        containsString("data-sum=\"planned-ODA_LOAN\""), containsString("data-sum-of=\"planned-ODA_LOAN\""),
                        containsString("<option value=\"" + org + "\">"));

        Map<String, Object> form = activity("Joint sector review", List.of("1", "3"), List.of("2", "4"),
                0, "1000", "100", 2, "2,500.50", "");
        form.put("responsibleOrganizationId", String.valueOf(org));
        add(web, id, form);

        JsonPath w = admin().get("/api/v1/workplans/" + id).then().statusCode(200).body("activities", hasSize(1))
                .extract().jsonPath();
        long activityId = w.getLong("activities[0].id");
        admin().get("/api/v1/workplans/" + id + "/activities/" + activityId).then().statusCode(200)
                .body("title", equalTo("Joint sector review")).body("nsedpOutcomes", equalTo(List.of(1, 3)))
                .body("quarters", equalTo(List.of(2, 4))).body("responsibleOrganizationId", equalTo((int) org))
                .body("budget", hasSize(2)).body("budget[0].source", equalTo("GOVERNMENT"))
                .body("budget[0].disbursedUsd", equalTo(100.0f)).body("budget[1].source", equalTo("ODA_LOAN"))
                .body("budget[1].plannedUsd", equalTo(2500.5f)).body("budget[1].disbursedUsd", equalTo(0.0f));
        web.get("/app/workplans/" + id + "?done=added").then().statusCode(200)
                .body(containsString("Activity added."), containsString("Joint sector review"),
                        containsString(">3500.50</td>"));
    }

    @Test
    void aNegativeOrUnreadableAmountIsShownNextToItsFieldAndNothingIsAdded() {
        String code = Fixtures.swg();
        WebSession web = WebSession.signIn(Api.user("SWG_CHAIR", code));
        long id = create(web, code, YEAR);

        web.post("/app/workplans/" + id + "/activities", activity("Negative", List.of(), List.of("1"), 0, "-5", ""))
                .then().statusCode(422).contentType(containsString("text/html"))
                .body(containsString("id=\"e-budget-0-plannedUsd\""), containsString("non-negative"),
                        containsString("value=\"Negative\""), containsString("value=\"-5\""));
        // the API names the second line sent budget[1]; the form shows it on its own row, the fourth
        web.post("/app/workplans/" + id + "/activities",
                activity("Later row", List.of(), List.of("1"), 0, "5", "", 3, "-1", "")).then().statusCode(422)
                .body(containsString("id=\"e-budget-3-plannedUsd\""), not(containsString("id=\"e-budget-1-plannedUsd\"")));
        web.post("/app/workplans/" + id + "/activities", activity("Typo", List.of(), List.of("1"), 1, "12o", ""))
                .then().statusCode(422).body(containsString("id=\"e-budget-1-plannedUsd\""),
                        containsString("Enter an amount in USD"));
        web.post("/app/workplans/" + id + "/activities", activity(" ", List.of("99"), List.of()))
                .then().statusCode(422).body(containsString("id=\"e-title\""));
        admin().get("/api/v1/workplans/" + id).then().body("activities", hasSize(0));
    }

    @Test
    void anActivityIsEditedAndRemoved() {
        String code = Fixtures.swg();
        WebSession web = WebSession.signIn(Api.user("SWG_SECRETARIAT", code));
        long id = create(web, code, YEAR);
        add(web, id, activity("Draft title", List.of("2"), List.of("1"), 0, "10", ""));
        long activityId = admin().get("/api/v1/workplans/" + id).then().extract().jsonPath().getLong("activities[0].id");
        String page = "/app/workplans/" + id + "/activities/" + activityId;

        web.get(page).then().statusCode(200).body(containsString("value=\"Draft title\""),
                containsString("id=\"f-nsedpOutcomes-2\" name=\"nsedpOutcomes\" value=\"2\" checked"),
                containsString("id=\"f-budget-0-plannedUsd\" name=\"budget[0].plannedUsd\" value=\"10.00\""),
                containsString("data-confirm="));
        Map<String, Object> form = activity("Final title", List.of("2", "5"), List.of("3"), 1, "40", "4");
        form.put("version", "0"); // the version the page showed, as its hidden input sends it
        web.post(page, form).then().statusCode(303).header("Location", containsString("done=changed"));
        admin().get("/api/v1/workplans/" + id + "/activities/" + activityId).then().body("title", equalTo("Final title"))
                .body("nsedpOutcomes", equalTo(List.of(2, 5))).body("budget", hasSize(1))
                .body("budget[0].source", equalTo("ODA_GRANT")).body("budget[0].plannedUsd", equalTo(40.0f));
        // a stale version (the form read before the change) is a conflict, shown on the page
        Map<String, Object> stale = new HashMap<>(form);
        stale.put("version", "0");
        web.post(page, stale).then().statusCode(409).body(containsString("Stale version"));

        web.post(page + "/delete", Map.of()).then().statusCode(303).header("Location", containsString("done=removed"));
        admin().get("/api/v1/workplans/" + id).then().body("activities", hasSize(0));
        web.get(page).then().statusCode(404).contentType(containsString("text/html"));
    }

    @Test
    void afterSubmissionOnlyDisbursementsChange() {
        String code = Fixtures.swg();
        WebSession web = WebSession.signIn(Api.user("SWG_SECRETARIAT", code));
        long id = create(web, code, YEAR);
        add(web, id, activity("Training", List.of(), List.of("1"), 0, "1000", ""));
        long activityId = admin().get("/api/v1/workplans/" + id).then().extract().jsonPath().getLong("activities[0].id");
        web.post("/app/workplans/" + id + "/submit", Map.of()).then().statusCode(303);
        String page = "/app/workplans/" + id + "/activities/" + activityId;

        web.post(page, activity("Changed", List.of(), List.of("1"), 0, "5", "")).then().statusCode(409)
                .body(containsString("SUBMITTED"));
        web.post("/app/workplans/" + id + "/activities", activity("New", List.of(), List.of("1"), 0, "5", ""))
                .then().statusCode(409);
        web.post(page + "/delete", Map.of()).then().statusCode(409);
        web.get("/app/workplans/" + id).then().body(not(containsString("id=\"activity-form\"")),
                containsString("id=\"activity-" + activityId + "-disburse\""));

        web.get(page).then().statusCode(200).body(containsString("id=\"disbursement-form\""),
                not(containsString("id=\"activity-form\"")));
        web.get(page).then().body(containsString("<input type=\"hidden\" name=\"version\" value=\"0\">"));
        web.post(page + "/disbursements", Map.of("version", "0", "budget[0].source", "GOVERNMENT",
                "budget[0].disbursedUsd", "x")).then().statusCode(422)
                .body(containsString("id=\"e-budget-0-disbursedUsd\""));
        web.post(page + "/disbursements", Map.of("version", "0", "budget[0].source", "GOVERNMENT",
                "budget[0].disbursedUsd", "250.25")).then().statusCode(303)
                .header("Location", containsString("done=disbursed"));
        // the same form again, read before that change: a conflict, shown on the page with the version it sent
        web.post(page + "/disbursements", Map.of("version", "0", "budget[0].source", "GOVERNMENT",
                "budget[0].disbursedUsd", "999")).then().statusCode(409)
                .body(containsString("Stale version"), containsString("name=\"version\" value=\"0\""));
        admin().get("/api/v1/workplans/" + id + "/activities/" + activityId).then().body("title", equalTo("Training"))
                .body("budget[0].plannedUsd", equalTo(1000.0f)).body("budget[0].disbursedUsd", equalTo(250.25f));
    }
}
