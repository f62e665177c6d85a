package la.rtp.tracker.web;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.web.WorkplanWeb.YEAR;
import static la.rtp.tracker.web.WorkplanWeb.activity;
import static la.rtp.tracker.web.WorkplanWeb.add;
import static la.rtp.tracker.web.WorkplanWeb.create;
import static la.rtp.tracker.web.WorkplanWeb.lines;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
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
    void budgetLinesHaveASourceAFunderACurrencyAndAGroupedAmount() {
        String code = Fixtures.swg();
        WebSession web = WebSession.signIn(Api.user("SWG_SECRETARIAT", code));
        long id = create(web, code, YEAR);
        long org = Api.organization("GOVERNMENT");
        web.get("/app/workplans/" + id).then().statusCode(200)
                .body(containsString("id=\"activity-form\""), containsString("id=\"f-nsedpOutcomes-3\""),
                        containsString("id=\"f-budget-4-planned\""), not(containsString("id=\"f-budget-5-planned\"")), containsString("id=\"f-budget-0-currency\""),
                        containsString("data-sum-of=\"planned-ODA_LOAN\""), containsString("<option value=\"" + org + "\">"),
                        containsString("<datalist id=\"funder-names\">"), containsString("list=\"funder-names\""));
        String orgName = admin().get("/api/v1/organizations/" + org).then().statusCode(200).extract().jsonPath()
                .getString("name");

        // two lines from the same source (one with a funder), amounts typed with separators
        Map<String, Object> form = activity("Joint sector review", List.of("1", "3"), List.of("2", "4"));
        lines(form, List.of("ODA_GRANT", "ODA_GRANT", "GOVERNMENT", "GOVERNMENT"),
                List.of("25,000", "25 000", "", ""), List.of("USD", "USD", "USD", "USD"));
        form.put("responsibleOrganizationId", String.valueOf(org));
        // a funder nobody registered is named back next to its row
        form.put("lineFunder", List.of("Nobody we know", "", "", ""));
        web.post("/app/workplans/" + id + "/activities", form).then().statusCode(422)
                .body(containsString("id=\"e-budget-0-fundingOrganizationId\""),
                        containsString("No organisation is named &quot;Nobody we know&quot;"));
        // typed in another case, it is the registered organisation
        form.put("lineFunder", List.of(orgName.toUpperCase(java.util.Locale.ROOT), "", "", ""));
        add(web, id, form);

        JsonPath w = admin().get("/api/v1/workplans/" + id).then().statusCode(200).body("activities", hasSize(1))
                .extract().jsonPath();
        long activityId = w.getLong("activities[0].id");
        admin().get("/api/v1/workplans/" + id + "/activities/" + activityId).then().statusCode(200)
                .body("title", equalTo("Joint sector review")).body("budget", hasSize(2))
                .body("budget[0].source", equalTo("ODA_GRANT")).body("budget[0].planned", equalTo(25000.0f))
                .body("budget.fundingOrganizationId", hasItem((int) org))
                .body("budget[1].planned", equalTo(25000.0f));
        web.get("/app/workplans/" + id + "?done=added").then().statusCode(200)
                .body(containsString("Activity added."), containsString("50,000.00"));
        // the edit form shows both saved lines, grouped, marked as saved, and empty rows below them
        web.get("/app/workplans/" + id + "/activities/" + activityId).then().statusCode(200)
                .body(containsString("name=\"linePlanned\" value=\"25,000.00\""),
                        containsString("id=\"f-budget-1-remove\""), containsString("id=\"f-budget-6-planned\""));
    }

    @Test
    void anUnreadableAmountIsShownOnItsRowAndASavedLineIsNeverDroppedSilently() {
        String code = Fixtures.swg();
        WebSession web = WebSession.signIn(Api.user("SWG_CHAIR", code));
        long id = create(web, code, YEAR);

        web.post("/app/workplans/" + id + "/activities", activity("Negative", List.of(), List.of("1"), 0, "-5", ""))
                .then().statusCode(422).contentType(containsString("text/html"))
                .body(containsString("id=\"e-budget-0-planned\""), containsString("non-negative"),
                        containsString("value=\"Negative\""), containsString("value=\"-5\""));
        // an empty second row is left out: the API's budget[1] is the form's third row
        web.post("/app/workplans/" + id + "/activities",
                activity("Later row", List.of(), List.of("1"), 0, "5", "", 1, "", "", 3, "-1", "")).then()
                .statusCode(422).body(containsString("id=\"e-budget-2-planned\""),
                        not(containsString("id=\"e-budget-1-planned\"")));
        web.post("/app/workplans/" + id + "/activities", activity("Typo", List.of(), List.of("1"), 1, "12o", ""))
                .then().statusCode(422).body(containsString("id=\"e-budget-0-planned\""),
                        containsString("Enter an amount"));
        admin().get("/api/v1/workplans/" + id).then().body("activities", hasSize(0));

        add(web, id, activity("Kept", List.of(), List.of("1"), 0, "10", ""));
        long activityId = admin().get("/api/v1/workplans/" + id).then().extract().jsonPath().getLong("activities[0].id");
        String page = "/app/workplans/" + id + "/activities/" + activityId;
        Map<String, Object> blanked = activity("Kept", List.of(), List.of("1"), 0, "", "");
        blanked.put("lineKept", List.of("1"));
        blanked.put("version", "0");
        web.post(page, blanked).then().statusCode(422).body(containsString("id=\"e-budget-0-planned\""));
        admin().get("/api/v1/workplans/" + id + "/activities/" + activityId).then().body("budget", hasSize(1));
        // removed only with its box ticked
        blanked.put("lineRemove", List.of("0"));
        web.post(page, blanked).then().statusCode(303);
        admin().get("/api/v1/workplans/" + id + "/activities/" + activityId).then().body("budget", hasSize(0));
    }

    @Test
    void kipWithoutARateForTheYearIsRefusedNextToTheCurrency() {
        String code = Fixtures.swg();
        WebSession web = WebSession.signIn(Api.user("SWG_SECRETARIAT", code));
        long id = create(web, code, 2186);
        Map<String, Object> form = activity("In kip", List.of(), List.of("1"));
        lines(form, List.of("GOVERNMENT"), List.of("1,000,000"), List.of("LAK"));
        web.post("/app/workplans/" + id + "/activities", form).then().statusCode(422)
                .body(containsString("id=\"e-budget-0-currency\""), containsString("No exchange rate is set for 2186"),
                        containsString("value=\"1,000,000\""));
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
                containsString("id=\"f-budget-0-planned\" name=\"linePlanned\" value=\"10.00\""),
                containsString("data-confirm="));
        Map<String, Object> form = activity("Final title", List.of("2", "5"), List.of("3"), 1, "40", "4");
        form.put("version", "0");
        web.post(page, form).then().statusCode(303).header("Location", containsString("done=changed"));
        admin().get("/api/v1/workplans/" + id + "/activities/" + activityId).then().body("title", equalTo("Final title"))
                .body("nsedpOutcomes", equalTo(List.of(2, 5))).body("budget", hasSize(1))
                .body("budget[0].source", equalTo("ODA_GRANT")).body("budget[0].plannedUsd", equalTo(40.0f));
        Map<String, Object> stale = new HashMap<>(form);
        stale.put("version", "0");
        web.post(page, stale).then().statusCode(409).body(containsString("Stale version"));

        web.post(page + "/delete", Map.of()).then().statusCode(303).header("Location", containsString("done=removed"));
        admin().get("/api/v1/workplans/" + id).then().body("activities", hasSize(0));
        web.get(page).then().statusCode(404).contentType(containsString("text/html"));
    }
}
