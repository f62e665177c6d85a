package la.rtp.tracker.workplan;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Api.as;
import static la.rtp.tracker.support.Api.user;
import static la.rtp.tracker.support.Fixtures.swg;
import static la.rtp.tracker.support.Fixtures.workplan;
import static la.rtp.tracker.workplan.WorkplanFixtures.activity;
import static la.rtp.tracker.workplan.WorkplanFixtures.addActivity;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
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

/**
 * Implementation through the year: the year's exchange rate, lines in kip and dollars from named
 * funders, disbursements and progress over four quarters, each known as of any date.
 */
@QuarkusTest
@PinnedClock
class ImplementationTest {

    @Inject
    TestClock clock;

    private static Instant day(String date) {
        return Instant.parse(date + "T03:00:00Z"); // 10:00 in Vientiane
    }

    private static Map<String, Object> line(String source, Long funder, String currency, Object planned) {
        Map<String, Object> line = new HashMap<>();
        line.put("source", source);
        line.put("fundingOrganizationId", funder);
        line.put("currency", currency);
        line.put("planned", planned);
        return line;
    }

    private static Map<String, Object> withLines(String title, Map<?, ?>... lines) {
        Map<String, Object> body = activity(title, List.of(), List.of(1, 2, 3, 4));
        body.put("budget", List.of(lines));
        return body;
    }

    @Test
    void exchangeRateIsSetByTheRtpSecretariatWithVersions() {
        String code = swg();
        as(user("SWG_SECRETARIAT", code)).body(Map.of("lakPerUsd", 21500)).put("/api/v1/exchange-rates/2195").then()
                .statusCode(403);
        admin().get("/api/v1/exchange-rates/2195").then().statusCode(404);
        admin().body(Map.of("lakPerUsd", 0)).put("/api/v1/exchange-rates/2195").then().statusCode(422)
                .body("errors.field", hasItem("lakPerUsd"));
        admin().body(Map.of("lakPerUsd", 21500)).put("/api/v1/exchange-rates/2195").then().statusCode(200)
                .body("year", equalTo(2195)).body("lakPerUsd", equalTo(21500f)).body("version", equalTo(0));
        admin().body(Map.of("lakPerUsd", 21000)).put("/api/v1/exchange-rates/2195").then().statusCode(428);
        admin().body(Map.of("lakPerUsd", 21000, "version", 5)).put("/api/v1/exchange-rates/2195").then()
                .statusCode(409);
        admin().body(Map.of("lakPerUsd", 21000.5, "version", 0)).put("/api/v1/exchange-rates/2195").then()
                .statusCode(200).body("lakPerUsd", equalTo(21000.5f)).body("version", equalTo(1));
        as(user("VIEWER")).get("/api/v1/exchange-rates").then().statusCode(200).body("year", hasItem(2195));
    }

    @Test
    void kipNeedsTheYearsRateAndTotalsShowBothCurrencies() {
        clock.pin(day("2196-02-01"));
        String code = swg();
        long id = workplan(code, 2196);
        long jica = Api.organization("DEVELOPMENT_PARTNER");
        long eu = Api.organization("DEVELOPMENT_PARTNER");
        var kip = withLines("Road survey", line("GOVERNMENT", null, "LAK", 43_000_000));
        admin().body(kip).post("/api/v1/workplans/" + id + "/activities").then().statusCode(422)
                .body("errors.field", hasItem("budget[0].currency"))
                .body("errors.message", hasItem(containsString("No exchange rate is set for 2196")));
        admin().get("/api/v1/workplans/" + id).then().body("activities", hasSize(0));

        admin().body(Map.of("lakPerUsd", 21500)).put("/api/v1/exchange-rates/2196").then().statusCode(200);
        JsonPath a = addActivity(admin(), id, withLines("Road survey", line("GOVERNMENT", null, "LAK", 43_000_000),
                line("ODA_GRANT", jica, "USD", 10_000), line("ODA_GRANT", eu, "USD", 5_000)));
        // 43,000,000 kip at 21,500 = 2,000 dollars
        org.junit.jupiter.api.Assertions.assertEquals(17_000f, a.getFloat("plannedUsd"));
        org.junit.jupiter.api.Assertions.assertEquals(365_500_000f, a.getFloat("plannedLak"));
        admin().get("/api/v1/workplans/" + id).then().statusCode(200).body("lakPerUsd", equalTo(21500f))
                .body("activities[0].budget.source", contains("GOVERNMENT", "ODA_GRANT", "ODA_GRANT"))
                .body("activities[0].budget[0].currency", equalTo("LAK"))
                .body("activities[0].budget[0].planned", equalTo(43_000_000f))
                .body("activities[0].budget[0].plannedUsd", equalTo(2000f))
                .body("activities[0].budget[1].fundingOrganizationId", equalTo((int) jica))
                .body("totals.bySource.ODA_GRANT.plannedUsd", equalTo(15_000f))
                .body("totals.bySource.ODA_GRANT.plannedLak", equalTo(322_500_000f))
                .body("totals.plannedUsd", equalTo(17_000f));

        // the same source and funder twice, an unknown funder, an unknown currency
        admin().body(withLines("Twice", line("ODA_GRANT", jica, "USD", 1), line("ODA_GRANT", jica, "LAK", 2)))
                .post("/api/v1/workplans/" + id + "/activities").then().statusCode(422)
                .body("errors.field", hasItem("budget[1].source"));
        admin().body(withLines("Nobody", line("ODA_GRANT", 999_999_999L, "USD", 1)))
                .post("/api/v1/workplans/" + id + "/activities").then().statusCode(422)
                .body("errors.field", hasItem("budget[0].fundingOrganizationId"));
        admin().body(withLines("Euro", line("ODA_GRANT", null, "EUR", 1)))
                .post("/api/v1/workplans/" + id + "/activities").then().statusCode(400);
        admin().get("/api/v1/workplans/" + id).then().body("activities", hasSize(1));
    }

    @Test
    void disbursementsAndProgressOverFourQuarters() {
        clock.pin(day("2197-01-05"));
        String code = swg();
        String secretariat = user("SWG_SECRETARIAT", code);
        String chair = user("SWG_CHAIR", code);
        long id = workplan(code, 2197);
        admin().body(Map.of("lakPerUsd", 20000)).put("/api/v1/exchange-rates/2197").then().statusCode(200);
        JsonPath a = addActivity(as(secretariat), id, withLines("Teacher training",
                line("GOVERNMENT", null, "LAK", 20_000_000), line("ODA_GRANT", null, "USD", 3_000)));
        long activity = a.getLong("id");
        long kipLine = a.getLong("budget[0].id");
        long usdLine = a.getLong("budget[1].id");
        String path = "/api/v1/workplans/" + id + "/activities/" + activity;

        String[][] quarters = {{"2197-03-20", "ON_TRACK", "1000"}, {"2197-06-25", "DELAYED", "500"},
            {"2197-09-28", "ON_TRACK", "1000"}, {"2197-12-20", "COMPLETED", "1500"}};
        for (int q = 0; q < 4; q++) {
            clock.pin(day(quarters[q][0]));
            as(q % 2 == 0 ? secretariat : chair).body(Map.of("quarter", q + 1, "status", quarters[q][1],
                    "narrativeEn", "Quarter " + (q + 1) + " went as reported", "narrativeLo", "ໄຕມາດ " + (q + 1)))
                    .post(path + "/progress").then().statusCode(201).body("reportedOn", equalTo(quarters[q][0]));
            as(secretariat).body(Map.of("budgetLineId", usdLine, "amount", quarters[q][2],
                    "disbursedOn", quarters[q][0])).post(path + "/disbursements").then().statusCode(201)
                    .body("quarter", equalTo(q + 1)).body("currency", equalTo("USD"));
            as(secretariat).body(Map.of("budgetLineId", kipLine, "amount", 4_000_000, "disbursedOn", quarters[q][0]))
                    .post(path + "/disbursements").then().statusCode(201);
        }
        clock.pin(day("2198-01-10"));
        // as of the end of Q2: two quarters of money, Q2 delayed
        as(user("VIEWER")).get(path + "/disbursements?asOf=2197-06-30").then().statusCode(200)
                .body("lines[1].disbursed", equalTo(1500f)).body("lines[1].byQuarter", contains(1000f, 500f, 0f, 0f))
                .body("lines[0].disbursed", equalTo(8_000_000f)).body("disbursements", hasSize(8));
        as(user("VIEWER")).get(path + "/progress?asOf=2197-06-30").then().statusCode(200)
                .body("quarters.status", contains("ON_TRACK", "DELAYED")).body("history", hasSize(4));
        as(user("VIEWER")).get(path + "/progress").then().body("quarters.status",
                contains("ON_TRACK", "DELAYED", "ON_TRACK", "COMPLETED"));
        // the whole year: 4,000 dollars disbursed of 3,000 planned (a warning, not an error), kip converted
        admin().get("/api/v1/workplans/" + id).then().statusCode(200)
                .body("activities[0].disbursedUsd", equalTo(4800f)).body("activities[0].plannedUsd", equalTo(4000f))
                .body("activities[0].disbursedLak", equalTo(96_000_000f))
                .body("activities[0].warnings", hasItem(containsString("ODA_GRANT: disbursed 4000.00 USD exceeds "
                        + "planned 3000.00 USD")))
                .body("activities[0].progress.quarter", contains(1, 2, 3, 4));

        // a disbursement recorded in error is withdrawn from a date and still counts before it
        long wrong = as(secretariat).body(Map.of("budgetLineId", usdLine, "amount", 99, "disbursedOn", "2198-01-02"))
                .post(path + "/disbursements").then().statusCode(201).body("quarter", equalTo(4))
                .extract().jsonPath().getLong("id");
        as(user("VIEWER")).body(Map.of()).post("/api/v1/disbursements/" + wrong + "/withdraw").then().statusCode(403);
        as(secretariat).body(Map.of("withdrawnOn", "2198-01-05")).post("/api/v1/disbursements/" + wrong + "/withdraw")
                .then().statusCode(403); // another day than today: RTP secretariat only
        as(secretariat).body(Map.of()).post("/api/v1/disbursements/" + wrong + "/withdraw").then().statusCode(200)
                .body("withdrawnOn", equalTo("2198-01-10")).body("counted", equalTo(false));
        as(secretariat).body(Map.of()).post("/api/v1/disbursements/" + wrong + "/withdraw").then().statusCode(409);
        admin().get(path + "/disbursements?asOf=2198-01-09").then().body("lines[1].disbursed", equalTo(4099f));
        admin().get(path + "/disbursements").then().body("lines[1].disbursed", equalTo(4000f));

        // a line with money cannot be dropped from the plan
        admin().body(Map.of("version", admin().get(path).jsonPath().getLong("version"), "title", "Teacher training",
                "budget", List.of(line("GOVERNMENT", null, "LAK", 20_000_000)))).put(path).then().statusCode(409);
    }

    @Test
    void badReportsAreRefusedAndChangeNothing() {
        clock.pin(day("2198-05-02"));
        String code = swg();
        String secretariat = user("SWG_SECRETARIAT", code);
        long id = workplan(code, 2198);
        JsonPath a = addActivity(admin(), id, withLines("Census", line("NGO", null, null, 100)));
        String path = "/api/v1/workplans/" + id + "/activities/" + a.getLong("id");
        long lineId = a.getLong("budget[0].id");
        org.junit.jupiter.api.Assertions.assertEquals("USD", a.getString("budget[0].currency"));

        as(user("VIEWER")).body(Map.of("quarter", 1, "status", "ON_TRACK")).post(path + "/progress").then()
                .statusCode(403);
        as(user("SWG_SECRETARIAT", swg())).body(Map.of("quarter", 1, "status", "ON_TRACK")).post(path + "/progress")
                .then().statusCode(403);
        as(secretariat).body(Map.of("quarter", 5, "status", "ON_TRACK")).post(path + "/progress").then()
                .statusCode(422).body("errors.field", hasItem("quarter"));
        as(secretariat).body(Map.of("quarter", 1, "status", "DELAYED")).post(path + "/progress").then()
                .statusCode(422).body("errors.field", hasItem("narrativeEn"));
        as(secretariat).body(Map.of("quarter", 1, "status", "ON_TRACK", "reportedOn", "2198-04-01"))
                .post(path + "/progress").then().statusCode(403);
        as(secretariat).body(Map.of("budgetLineId", lineId, "amount", -5, "disbursedOn", "2198-04-01"))
                .post(path + "/disbursements").then().statusCode(422).body("errors.field", hasItem("amount"));
        as(secretariat).body(Map.of("budgetLineId", lineId, "amount", 5, "disbursedOn", "2198-06-01"))
                .post(path + "/disbursements").then().statusCode(422).body("errors.field", hasItem("disbursedOn"));
        as(secretariat).body(Map.of("budgetLineId", lineId, "amount", 5, "disbursedOn", "2197-12-31"))
                .post(path + "/disbursements").then().statusCode(422).body("errors.field", hasItem("disbursedOn"));
        as(secretariat).body(Map.of("budgetLineId", 999_999_999L, "amount", 5, "disbursedOn", "2198-04-01"))
                .post(path + "/disbursements").then().statusCode(422).body("errors.field", hasItem("budgetLineId"));
        as(user("VIEWER")).get(path + "/progress").then().statusCode(200)
                .body("history", hasSize(0)).body("quarters", hasSize(0));
        admin().get(path + "/disbursements").then().statusCode(200).body("disbursements", hasSize(0))
                .body("lines[0].disbursed", equalTo(0f));
        admin().get("/api/v1/workplans/" + id).then().body("activities[0].warnings", hasSize(0))
                .body("activities[0].budget[0].fundingOrganizationId", nullValue());
    }

    @Test
    void cumulativeFiguresOfOlderClientsBecomeDatedAdjustments() {
        clock.pin(day("2199-08-01"));
        String code = swg();
        long id = workplan(code, 2199);
        admin().body(Map.of("lakPerUsd", 22000)).put("/api/v1/exchange-rates/2199").then().statusCode(200);
        JsonPath a = addActivity(admin(), id, withLines("Mixed", line("GOVERNMENT", null, "LAK", 1_000_000),
                line("ODA_LOAN", null, "USD", 500)));
        String path = "/api/v1/workplans/" + id + "/activities/" + a.getLong("id");
        long version = admin().body(Map.of("version", a.getLong("version"), "budget", List.of(Map.of("source",
                "ODA_LOAN", "disbursedUsd", 200)))).put(path + "/disbursements").then().statusCode(200)
                .body("budget[1].disbursedUsd", equalTo(200f)).extract().jsonPath().getLong("version");
        version = admin().body(Map.of("version", version, "budget", List.of(Map.of("source", "ODA_LOAN",
                "disbursedUsd", 150)))).put(path + "/disbursements").then().statusCode(200)
                .body("budget[1].disbursedUsd", equalTo(150f)).extract().jsonPath().getLong("version");
        admin().get(path + "/disbursements").then().body("disbursements.amount", contains(200f, -50f))
                .body("disbursements.adjustment", contains(true, true))
                .body("disbursements.quarter", contains(3, 3));
        admin().body(Map.of("version", version, "budget", List.of(Map.of("source", "GOVERNMENT",
                "disbursedUsd", 1)))).put(path + "/disbursements").then().statusCode(422)
                .body("errors.field", hasItem("budget[0].disbursedUsd"));
    }
}
