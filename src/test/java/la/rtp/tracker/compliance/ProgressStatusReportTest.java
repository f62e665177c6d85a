package la.rtp.tracker.compliance;

import static la.rtp.tracker.support.Api.admin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import la.rtp.tracker.support.PinnedClock;
import la.rtp.tracker.support.TestClock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The consolidated progress report shows each activity's latest status as of its date and its
 * money in both currencies at the year's rate, in HTML and in the Word document.
 */
@QuarkusTest
@PinnedClock
class ProgressStatusReportTest {

    /** A year no other test writes an exchange rate or a workplan of the health SWG for. */
    static final int YEAR = 2193;

    @Inject
    TestClock clock;

    @Test
    void activitiesShowTheirLatestStatusAndBothCurrencies() {
        clock.pin(Instant.parse(YEAR + "-11-20T03:00:00Z"));
        admin().body(Map.of("lakPerUsd", 20000)).put("/api/v1/exchange-rates/" + YEAR).then().statusCode(200);
        long workplan = admin().body(Map.of("year", YEAR)).post("/api/v1/swgs/health/workplans").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        JsonPath a = admin().body(Map.of("title", "Vaccine cold chain", "quarters", List.of(1, 2, 3),
                "budget", List.of(Map.of("source", "GOVERNMENT", "currency", "LAK", "planned", 40_000_000))))
                .post("/api/v1/workplans/" + workplan + "/activities").then().statusCode(201).extract().jsonPath();
        String activity = "/api/v1/workplans/" + workplan + "/activities/" + a.getLong("id");
        admin().body(Map.of("quarter", 1, "status", "ON_TRACK", "reportedOn", YEAR + "-03-30")).post(activity
                + "/progress").then().statusCode(201);
        admin().body(Map.of("quarter", 2, "status", "DELAYED", "narrativeEn", "Freezers arrived late",
                "reportedOn", YEAR + "-06-28")).post(activity + "/progress").then().statusCode(201);
        admin().body(Map.of("budgetLineId", a.getLong("budget[0].id"), "amount", 10_000_000, "disbursedOn",
                YEAR + "-05-02")).post(activity + "/disbursements").then().statusCode(201);

        Element q1 = row("/reports/progress?year=" + YEAR + "&asOf=" + YEAR + "-04-15&lang=en");
        assertEquals("ON_TRACK", q1.selectFirst("td.activity-status").attr("data-status"));
        assertTrue(q1.text().contains("On track (Q1)"), q1.text());
        Element q2 = row("/reports/progress?year=" + YEAR + "&asOf=" + YEAR + "-07-01&lang=en");
        assertTrue(q2.text().contains("Delayed (Q2) Freezers arrived late"), q2.text());
        // 40,000,000 kip planned = 2,000 dollars; 10,000,000 disbursed = 500
        assertTrue(q2.text().contains("2,000") && q2.text().contains("500") && q2.text().contains("40,000,000")
                && q2.text().contains("10,000,000"), q2.text());
        Document lo = Jsoup.parse(admin().accept("text/html").get("/reports/progress?year=" + YEAR + "&asOf=" + YEAR
                + "-07-01&lang=lo").then().statusCode(200).extract().asString());
        assertTrue(lo.selectFirst("section#swg-health p.rate").text().contains("20,000"), lo.text());

        byte[] docx = admin().accept("*/*").get("/reports/progress.docx?year=" + YEAR + "&asOf=" + YEAR
                + "-07-01&lang=en").then().statusCode(200).extract().asByteArray();
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
                var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
            String all = text.getText();
            assertTrue(all.contains("Delayed (Q2) Freezers arrived late") && all.contains("1 USD = 20,000 LAK"), all);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Element row(String path) {
        Document page = Jsoup.parse(admin().accept("text/html").get(path).then().statusCode(200).extract().asString());
        return page.select("section#swg-health table.activities tr").stream()
                .filter(tr -> tr.text().contains("Vaccine cold chain")).findFirst().orElseThrow();
    }
}
