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
import java.util.List;
import java.util.Map;
import la.rtp.tracker.support.Api;
import la.rtp.tracker.support.Fixtures;
import la.rtp.tracker.support.WebSession;
import org.junit.jupiter.api.Test;

/** Progress, disbursements and exchange rates through the workspace forms. */
@QuarkusTest
class ImplementationPagesTest {

    @Test
    void progressIsReportedPerQuarterAndShownAsABadgeWithItsHistory() {
        String code = Fixtures.swg();
        WebSession web = WebSession.signIn(Api.user("SWG_SECRETARIAT", code));
        long id = create(web, code, YEAR);
        add(web, id, activity("Training", List.of(), List.of("1"), 0, "1000", ""));
        long activityId = admin().get("/api/v1/workplans/" + id).then().extract().jsonPath().getLong("activities[0].id");
        String page = "/app/workplans/" + id + "/activities/" + activityId;

        web.get(page).then().statusCode(200).body(containsString("id=\"progress-form\""),
                containsString("No progress reported yet."));
        // delayed needs a reason: refused, with what was typed kept
        web.post(page + "/progress", Map.of("quarter", "2", "status", "DELAYED", "narrativeEn", " ")).then()
                .statusCode(422).body(containsString("id=\"e-progress-narrativeEn\""),
                        containsString("<option value=\"2\" selected>"), containsString("value=\"DELAYED\" selected"));
        web.post(page + "/progress", Map.of("quarter", "2", "status", "DELAYED", "narrativeEn", "Trainers late"))
                .then().statusCode(303).header("Location", containsString("done=progress"));
        web.post(page + "/progress", Map.of("quarter", "2", "status", "ON_TRACK", "narrativeEn", "Caught up"))
                .then().statusCode(303);
        web.get(page).then().statusCode(200).body(containsString("id=\"progress-q2\""),
                containsString("Q2: On track"), containsString("Trainers late"), containsString("Caught up"));
        web.get("/app/workplans/" + id).then().body(containsString("Q2: On track"));
        admin().get("/api/v1/workplans/" + id + "/activities/" + activityId).then()
                .body("progress[0].status", equalTo("ON_TRACK"));
    }

    @Test
    void aDisbursementIsRecordedPerLineAndQuarterAndWithdrawn() {
        String code = Fixtures.swg();
        WebSession web = WebSession.signIn(Api.user("SWG_CHAIR", code));
        long id = create(web, code, YEAR);
        add(web, id, activity("Equipment", List.of(), List.of("2"), 0, "1,000", ""));
        long activityId = admin().get("/api/v1/workplans/" + id).then().extract().jsonPath().getLong("activities[0].id");
        long lineId = admin().get("/api/v1/workplans/" + id + "/activities/" + activityId).then().extract()
                .jsonPath().getLong("budget[0].id");
        String page = "/app/workplans/" + id + "/activities/" + activityId;

        web.get(page).then().statusCode(200).body(containsString("id=\"disbursement-form\""),
                containsString("<option value=\"" + lineId + "\""));
        web.post(page + "/disbursements", Map.of("budgetLineId", String.valueOf(lineId), "quarter", "",
                "amount", "1,2x", "disbursedOn", "2024-05-10", "note", "First tranche")).then().statusCode(422)
                .body(containsString("id=\"e-disbursement-amount\""), containsString("value=\"1,2x\""),
                        containsString("value=\"First tranche\""));
        web.post(page + "/disbursements", Map.of("budgetLineId", String.valueOf(lineId), "quarter", "",
                "amount", "1,200", "disbursedOn", "2024-05-10", "note", "First tranche")).then().statusCode(303)
                .header("Location", containsString("done=disbursed"));
        String html = web.get(page).then().statusCode(200).body(containsString("1,200.00 USD"),
                containsString("exceeds planned"), containsString("data-confirm=")).extract().asString();
        admin().get("/api/v1/workplans/" + id + "/activities/" + activityId + "/disbursements").then()
                .body("disbursements", hasSize(1)).body("disbursements[0].quarter", equalTo(2))
                .body("lines[0].byQuarter[1]", equalTo(1200.0f));
        long disbursementId = Long.parseLong(html.replaceAll("(?s).*id=\"disbursement-(\\d+)-withdraw\".*", "$1"));
        web.post(page + "/disbursements/" + disbursementId + "/withdraw", Map.of()).then().statusCode(303)
                .header("Location", containsString("done=withdrawn"));
        web.get(page).then().body(containsString("Withdrawn on"),
                not(containsString("id=\"disbursement-" + disbursementId + "-withdraw\"")));
        admin().get("/api/v1/workplans/" + id + "/activities/" + activityId).then()
                .body("budget[0].disbursed", equalTo(0.0f));
    }

    @Test
    void aViewerSeesNoFormsAndLaoLabelsAreShown() {
        String code = Fixtures.swg();
        WebSession writer = WebSession.signIn(Api.user("SWG_SECRETARIAT", code));
        long id = create(writer, code, YEAR);
        add(writer, id, activity("Survey", List.of(), List.of("1"), 0, "100", ""));
        long activityId = admin().get("/api/v1/workplans/" + id).then().extract().jsonPath().getLong("activities[0].id");
        String page = "/app/workplans/" + id + "/activities/" + activityId;

        WebSession viewer = WebSession.signIn(Api.user("VIEWER"));
        viewer.get(page).then().statusCode(200).body(not(containsString("id=\"progress-form\"")),
                not(containsString("id=\"disbursement-form\"")), not(containsString("id=\"activity-form\"")));
        viewer.post(page + "/progress", Map.of("quarter", "1", "status", "ON_TRACK")).then().statusCode(403);

        writer.post("/app/language", Map.of("language", "lo", "back", page)).then().statusCode(303);
        writer.get(page).then().statusCode(200).body(containsString("ລາຍງານຄວາມຄືບໜ້າ"),
                containsString("ບັນທຶກການເບີກຈ່າຍ"), containsString("ສະກຸນເງິນ"));
    }

    @Test
    void theRtpSecretariatSetsAYearsRateAndTheWorkplanShowsIt() {
        WebSession rtp = WebSession.admin();
        rtp.get("/app/exchange-rates").then().statusCode(200).body(containsString("id=\"rate-form\""));
        rtp.post("/app/exchange-rates", Map.of("year", "2187", "lakPerUsd", "abc", "version", "")).then()
                .statusCode(422).body(containsString("id=\"e-lakPerUsd\""), containsString("value=\"abc\""));
        rtp.post("/app/exchange-rates", Map.of("year", "2187", "lakPerUsd", "21,500", "version", "")).then()
                .statusCode(303).header("Location", containsString("done=rate"));
        rtp.get("/app/exchange-rates").then().body(containsString("id=\"rate-2187\""),
                containsString("1 USD = 21,500.00 LAK"));
        rtp.post("/app/exchange-rates", Map.of("year", "2187", "lakPerUsd", "21,600", "version", "0")).then()
                .statusCode(303);
        admin().get("/api/v1/exchange-rates/2187").then().body("lakPerUsd", equalTo(21600.0f));

        String code = Fixtures.swg();
        WebSession swg = WebSession.signIn(Api.user("SWG_SECRETARIAT", code));
        long id = create(swg, code, 2187);
        swg.get("/app/workplans/" + id).then().body(containsString("1 USD = 21,600 LAK"));
        swg.get("/app/exchange-rates").then().statusCode(200).body(not(containsString("id=\"rate-form\"")));
        swg.post("/app/exchange-rates", Map.of("year", "2187", "lakPerUsd", "1", "version", "1")).then()
                .statusCode(403);
    }
}
