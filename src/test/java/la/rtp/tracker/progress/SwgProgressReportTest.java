package la.rtp.tracker.progress;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Api.as;
import static la.rtp.tracker.support.Api.user;
import static la.rtp.tracker.support.Fixtures.swg;
import static la.rtp.tracker.support.Fixtures.workplan;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import la.rtp.tracker.support.Api;
import la.rtp.tracker.support.PinnedClock;
import la.rtp.tracker.support.TestClock;
import org.junit.jupiter.api.Test;

/** Four quarters recorded, then the SWG's report as of each quarter's end, as JSON and as pages. */
@QuarkusTest
@PinnedClock
class SwgProgressReportTest {

    static final int YEAR = 2189;

    @Inject
    TestClock clock;

    static Instant day(String date) {
        return Instant.parse(date + "T03:00:00Z"); // 10:00 in Vientiane
    }

    static Map<String, Object> line(String source, Long funder, String currency, Object planned) {
        Map<String, Object> line = new HashMap<>();
        line.put("source", source);
        line.put("fundingOrganizationId", funder);
        line.put("currency", currency);
        line.put("planned", planned);
        return line;
    }

    static JsonPath activity(long workplan, String title, Map<?, ?>... lines) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("description", "About " + title);
        body.put("nsedpOutcomes", List.of());
        body.put("quarters", List.of(1, 2, 3, 4));
        body.put("budget", List.of(lines));
        return admin().body(body).post("/api/v1/workplans/" + workplan + "/activities").then().statusCode(201)
                .extract().jsonPath();
    }

    @Test
    void eachQuartersEndShowsItsStatusesAndCumulativeMoney() {
        clock.pin(day(YEAR + "-01-05"));
        String code = swg();
        long id = workplan(code, YEAR);
        admin().body(Map.of("lakPerUsd", 20000)).put("/api/v1/exchange-rates/" + YEAR).then().statusCode(200);
        long funder = Api.organization("DEVELOPMENT_PARTNER");
        JsonPath a = activity(id, "Teacher training", line("GOVERNMENT", null, "LAK", 20_000_000),
                line("ODA_GRANT", funder, "USD", 3_000));
        String path = "/api/v1/workplans/" + id + "/activities/" + a.getLong("id");
        String[][] quarters = {{"-03-20", "ON_TRACK", "1000"}, {"-06-25", "DELAYED", "500"},
            {"-09-28", "ON_TRACK", "1000"}, {"-12-20", "COMPLETED", "1500"}};
        for (int q = 0; q < 4; q++) {
            clock.pin(day(YEAR + quarters[q][0]));
            admin().body(Map.of("quarter", q + 1, "status", quarters[q][1], "narrativeEn", "Quarter " + (q + 1),
                    "narrativeLo", "ໄຕມາດ " + (q + 1))).post(path + "/progress").then().statusCode(201);
            admin().body(Map.of("budgetLineId", a.getLong("budget[1].id"), "amount", quarters[q][2],
                    "disbursedOn", YEAR + quarters[q][0])).post(path + "/disbursements").then().statusCode(201);
            admin().body(Map.of("budgetLineId", a.getLong("budget[0].id"), "amount", 4_000_000,
                    "disbursedOn", YEAR + quarters[q][0])).post(path + "/disbursements").then().statusCode(201);
        }
        clock.pin(day((YEAR + 1) + "-01-10"));
        String report = "/api/v1/swgs/" + code + "/progress-report?year=" + YEAR + "&quarter=";
        // kip at 20,000: each quarter's 4,000,000 kip is 200 dollars
        String[] ends = {"-03-31", "-06-30", "-09-30", "-12-31"};
        float[] inQuarter = {1200, 700, 1200, 1700};
        float[] cumulative = {1200, 1900, 3100, 4800};
        for (int q = 1; q <= 4; q++) {
            as(user("VIEWER")).get(report + q).then().statusCode(200)
                    .body("quarter", equalTo(q)).body("asOf", equalTo(YEAR + ends[q - 1]))
                    .body("activities[0].status", equalTo(quarters[q - 1][1]))
                    .body("activities[0].narrativeEn", equalTo("Quarter " + q))
                    .body("activities[0].earlierQuarters", hasSize(q - 1))
                    .body("total.plannedUsd", equalTo(4000f)).body("total.plannedLak", equalTo(80_000_000f))
                    .body("total.quarterUsd", equalTo(inQuarter[q - 1]))
                    .body("total.cumulativeUsd", equalTo(cumulative[q - 1]))
                    .body("total.cumulativeLak", equalTo(cumulative[q - 1] * 20000))
                    .body("bySource.key", contains("GOVERNMENT", "ODA_GRANT"))
                    .body("byFunder", hasSize(1)).body("byFunder[0].money.plannedUsd", equalTo(3000f))
                    .body("rate.lakPerUsd", equalTo(20000f))
                    .body("rate.text", equalTo("1 USD = 20,000 LAK, set by the RTP secretariat"));
        }
        as(user("VIEWER")).get(report + 2).then().body("activities[0].earlierQuarters.status", contains("ON_TRACK"));
        as(user("VIEWER")).get(report + 4).then().body("activities[0].earlierQuarters.status",
                contains("ON_TRACK", "DELAYED", "ON_TRACK"));
        // as of a day inside a quarter: its status not reported yet, money so far
        as(user("VIEWER")).get(report + 2 + "&asOf=" + YEAR + "-06-01").then().statusCode(200)
                .body("activities[0].status", nullValue()).body("total.quarterUsd", equalTo(0f))
                .body("total.cumulativeUsd", equalTo(1200f));

        String page = "/reports/swg-progress/" + code + "?year=" + YEAR + "&quarter=";
        as(user("VIEWER")).accept("*/*").get(page + 2).then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<html lang=\"en\""), containsString("Delayed"), containsString("Quarter 2"),
                        containsString("1 USD = 20,000 LAK, set by the RTP secretariat"),
                        containsString("lang=lo"), containsString("1,900"), containsString("38,000,000"));
        as(user("VIEWER")).accept("*/*").get(page + 2 + "&lang=lo").then().statusCode(200)
                .body(containsString("<html lang=\"lo\""), containsString("ຊັກຊ້າ"), containsString("ໄຕມາດ 2"),
                        containsString("lang=en"), not(containsString("Delayed")));

        // the same report as a Word document: named by SWG, year, quarter and language
        var docx = as(user("VIEWER")).accept("*/*").get("/reports/swg-progress/" + code + "/docx?year=" + YEAR
                + "&quarter=2&lang=lo").then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .header("Content-Disposition", containsString("swg-progress-" + code + "-" + YEAR + "-Q2-lo.docx"))
                .extract().asByteArray();
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
                var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
            String all = text.getText();
            org.junit.jupiter.api.Assertions.assertTrue(all.contains("ຊັກຊ້າ") && all.contains("ໄຕມາດ 2")
                    && all.contains("1,900") && all.contains("38,000,000"), all);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        as(user("VIEWER")).accept("*/*").get("/reports/swg-progress/" + code
                + "/docx?year=" + YEAR + "&quarter=9").then().statusCode(400);
    }

    @Test
    void unknownSwgAndBadQuarterAreRefused() {
        String code = swg();
        as(user("VIEWER")).get("/api/v1/swgs/no-such-swg/progress-report").then().statusCode(404);
        as(user("VIEWER")).get("/api/v1/swgs/" + code + "/progress-report?quarter=5").then().statusCode(400)
                .body("errors.field", hasItem("quarter"));
        as(user("VIEWER")).accept("*/*").get("/reports/swg-progress/no-such-swg").then().statusCode(404);
        as(user("VIEWER")).accept("*/*").get("/reports/swg-progress/" + code + "?quarter=0").then().statusCode(400);
        as(user("VIEWER")).accept("*/*").get("/reports/swg-progress/" + code + "?lang=fr").then().statusCode(400);
        // no workplan, no rate: an empty report, amounts in kip unknown
        as(user("VIEWER")).get("/api/v1/swgs/" + code + "/progress-report?year=2188&quarter=1").then()
                .statusCode(200).body("workplanId", nullValue()).body("activities", hasSize(0))
                .body("rate", nullValue());
    }
}
