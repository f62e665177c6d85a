package la.rtp.tracker.web;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.web.WorkplanWeb.activity;
import static la.rtp.tracker.web.WorkplanWeb.add;
import static la.rtp.tracker.web.WorkplanWeb.create;
import static la.rtp.tracker.web.WorkplanWeb.lines;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import la.rtp.tracker.support.Api;
import la.rtp.tracker.support.PinnedClock;
import la.rtp.tracker.support.TestClock;
import la.rtp.tracker.support.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A year of implementation typed into the workspace forms (the rate, the plan in kip and dollars,
 * each quarter's progress and disbursements on the day it was reported), then the SWG's quarterly
 * report and the consolidated RTIM report as of each quarter's end.
 */
@QuarkusTest
@PinnedClock
class ImplementationYearPagesTest {

    /** A year no other test writes an exchange rate or a workplan of the health SWG for. */
    static final int YEAR = 2194;
    static final String CODE = "health";
    static final String TITLE = "Road safety campaign";

    @Inject
    TestClock clock;

    static Instant day(String date) {
        return Instant.parse(date + "T03:00:00Z"); // 10:00 in Vientiane
    }

    @Test
    void fourQuartersTypedInShowInBothReportsAsOfEachQuartersEnd() {
        clock.pin(day(YEAR + "-01-05"));
        WebSession rtp = WebSession.admin();
        rtp.post("/app/exchange-rates", Map.of("year", String.valueOf(YEAR), "lakPerUsd", "20,000", "version", ""))
                .then().statusCode(303);
        WebSession web = WebSession.signIn(Api.user("SWG_SECRETARIAT", CODE));
        long id = create(web, CODE, YEAR);
        Map<String, Object> form = activity(TITLE, List.of(), List.of("1", "2", "3", "4"));
        lines(form, List.of("GOVERNMENT", "ODA_GRANT"), List.of("20,000,000", "3,000"), List.of("LAK", "USD"));
        add(web, id, form);
        JsonPath a = admin().get("/api/v1/workplans/" + id).then().statusCode(200).extract().jsonPath();
        long activityId = a.getLong("activities[0].id");
        JsonPath detail = admin().get("/api/v1/workplans/" + id + "/activities/" + activityId).then().extract()
                .jsonPath();
        long kipLine = detail.getLong("budget.find { it.currency == 'LAK' }.id");
        long dollarLine = detail.getLong("budget.find { it.currency == 'USD' }.id");
        String page = "/app/workplans/" + id + "/activities/" + activityId;

        String[][] quarters = {{"-03-20", "ON_TRACK", "1,000"}, {"-06-25", "DELAYED", "500"},
            {"-09-28", "ON_TRACK", "1,000"}, {"-12-20", "COMPLETED", "1,500"}};
        for (int q = 0; q < 4; q++) {
            String date = YEAR + quarters[q][0];
            clock.pin(day(date));
            web.post(page + "/progress", Map.of("quarter", String.valueOf(q + 1), "status", quarters[q][1],
                    "narrativeEn", "Quarter " + (q + 1) + " went so")).then().statusCode(303);
            web.post(page + "/disbursements", Map.of("budgetLineId", String.valueOf(dollarLine), "quarter", "",
                    "amount", quarters[q][2], "disbursedOn", date, "note", "")).then().statusCode(303);
            web.post(page + "/disbursements", Map.of("budgetLineId", String.valueOf(kipLine), "quarter", "",
                    "amount", "4,000,000", "disbursedOn", date, "note", "")).then().statusCode(303);
        }
        clock.pin(day((YEAR + 1) + "-01-10"));

        String[] ends = {"-03-31", "-06-30", "-09-30", "-12-31"};
        String[] labels = {"On track", "Delayed", "On track", "Completed"};
        // each quarter's 4,000,000 kip is 200 dollars at 20,000 kip to the dollar
        String[] cumulativeUsd = {"1,200", "1,900", "3,100", "4,800"};
        String[] cumulativeLak = {"24,000,000", "38,000,000", "62,000,000", "96,000,000"};
        for (int q = 1; q <= 4; q++) {
            String quarterly = web.get("/reports/swg-progress/" + CODE + "?year=" + YEAR + "&quarter=" + q)
                    .then().statusCode(200).extract().asString();
            String text = Jsoup.parse(quarterly).text();
            assertTrue(text.contains(labels[q - 1]) && text.contains("Quarter " + q + " went so")
                    && text.contains(cumulativeUsd[q - 1]) && text.contains(cumulativeLak[q - 1])
                    && text.contains("1 USD = 20,000 LAK"), "quarter " + q + ": " + text);
            assertTrue(q == 4 || !text.contains("Quarter " + (q + 1) + " went so"), "quarter " + q + ": " + text);

            Document rtim = Jsoup.parse(web.get("/reports/progress?year=" + YEAR + "&asOf=" + YEAR + ends[q - 1]
                    + "&lang=en").then().statusCode(200).extract().asString());
            Element row = rtim.select("section#swg-" + CODE + " table.activities tr").stream()
                    .filter(tr -> tr.text().contains(TITLE)).findFirst().orElseThrow();
            assertTrue(row.text().contains(labels[q - 1] + " (Q" + q + ") Quarter " + q + " went so")
                    && row.text().contains(cumulativeUsd[q - 1]) && row.text().contains(cumulativeLak[q - 1]),
                    "quarter " + q + ": " + row.text());
            assertTrue(rtim.selectFirst("section#swg-" + CODE + " p.rate").text().contains("20,000"), rtim.text());
        }
    }
}
