package la.rtp.tracker.recommendation;

import static la.rtp.tracker.recommendation.RecommendationScenario.answer;
import static la.rtp.tracker.recommendation.RecommendationScenario.expect;
import static la.rtp.tracker.recommendation.RecommendationScenario.ids;
import static la.rtp.tracker.recommendation.RecommendationScenario.statuses;
import static la.rtp.tracker.support.Api.admin;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import la.rtp.tracker.common.Time;
import la.rtp.tracker.support.Api;
import la.rtp.tracker.support.Fixtures;
import la.rtp.tracker.support.PinnedClock;
import la.rtp.tracker.support.TestClock;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * An RTIM makes three recommendations to two SWGs. SWG a accepts the first with action items and
 * closes them (DONE); b declines it; a declines the second, b accepts it and its action is still
 * in progress; nobody answers the third (OPEN). The register and the CSV say exactly that, and
 * as of each earlier day what was true then.
 */
@QuarkusTest
@PinnedClock
class RecommendationTest {

    private static final int YEAR = 2183;

    @Inject
    TestClock clock;

    private void today(String day) {
        clock.pin(LocalDate.parse(day).atTime(LocalTime.of(10, 0)).atZone(Time.ZONE).toInstant());
    }

    private static void respond(RequestSpecification who, long rec, Map<String, Object> body) {
        who.body(body).post("/api/v1/recommendations/" + rec + "/responses").then().statusCode(201)
                .header("Location", endsWith("/api/v1/recommendations/" + rec));
    }

    private static void close(RequestSpecification who, long item, String status) {
        who.body(Fixtures.statusChange(item, status, null)).post("/api/v1/action-items/" + item + "/status").then()
                .statusCode(200);
    }

    @Test
    void theRegisterFollowsEachAddresseeFromRecommendationToDone() throws IOException {
        today(YEAR + "-03-12");
        RecommendationScenario s = new RecommendationScenario(YEAR);
        long r1 = s.recommendation(s.segmentA, "Publish the sector's financing plan");
        long r2 = s.recommendation(s.segmentB, "Hold a joint review with the provinces");
        long r3 = s.recommendation(s.segmentB, "Report disbursements by quarter");
        long i1 = s.action(s.a, "Draft the financing plan");
        long i2 = s.action(s.a, "Consult the partners on the plan");
        long i3 = s.action(s.a, "Translate the plan into Lao");
        long j1 = s.action(s.b, "Plan the joint review");
        String secA = Api.user("SWG_SECRETARIAT", s.a);
        String chairB = Api.user("SWG_CHAIR", s.b);
        String partner = (String) Api.partnerToken().get("token");
        String q = "year=" + YEAR + "&asOf=";

        // Unpublished: nobody can answer yet, and partners do not see it.
        Api.as(secA).body(answer(s.a, "ACCEPTED", null, ids(i1))).post("/api/v1/recommendations/" + r1 + "/responses")
                .then().statusCode(409);
        assertEquals(Map.of(), statuses(Api.partner(partner), q + s.day(3, 12)));
        RtpMeetings.held(s.rtim);
        RtpMeetings.publishMinutes(s.rtim, LocalDate.of(YEAR, 3, 15));
        assertEquals(expect(r1, s.a, "OPEN", r1, s.b, "OPEN", r2, s.a, "OPEN", r2, s.b, "OPEN", r3, s.a, "OPEN",
                r3, s.b, "OPEN"), statuses(Api.partner(partner), q + s.day(3, 15)));

        today(s.day(3, 20));
        respond(Api.as(secA), r1, answer(s.a, "ACCEPTED", null, ids(i1, i2)));
        respond(Api.as(chairB), r1, answer(s.b, "NOT_ACCEPTED", "Outside the group's mandate", null));
        today(s.day(3, 25));
        respond(Api.as(secA), r2, answer(s.a, "NOT_ACCEPTED", "The provinces are reviewed by another group", null));
        respond(Api.as(chairB), r2, answer(s.b, "ACCEPTED", null, ids(j1)));
        close(Api.as(chairB), j1, "IN_PROGRESS");
        today(s.day(4, 5));
        Api.as(secA).body(Map.of("swg", s.a, "actionItemId", i3)).post("/api/v1/recommendations/" + r1 + "/actions").then()
                .statusCode(201).body("addressees.find { it.swg == '" + s.a + "' }.actions.size()", equalTo(3));
        today(s.day(4, 10));
        close(Api.as(secA), i1, "DONE");
        today(s.day(4, 15));
        close(Api.as(secA), i3, "CANCELLED");
        today(s.day(4, 20));
        close(Api.as(secA), i2, "DONE");
        today(s.day(4, 21));

        Map<String, String> end = expect(r1, s.a, "DONE", r1, s.b, "NOT_ACCEPTED", r2, s.a, "NOT_ACCEPTED",
                r2, s.b, "IN_PROGRESS", r3, s.a, "OPEN", r3, s.b, "OPEN");
        assertEquals(end, statuses(admin(), "year=" + YEAR));
        assertEquals(end, statuses(Api.partner(partner), "year=" + YEAR));
        assertEquals(expect(r1, s.a, "OPEN", r1, s.b, "OPEN", r2, s.a, "OPEN", r2, s.b, "OPEN", r3, s.a, "OPEN",
                r3, s.b, "OPEN"), statuses(admin(), q + s.day(3, 19)));
        assertEquals(expect(r1, s.a, "IN_PROGRESS", r1, s.b, "NOT_ACCEPTED", r2, s.a, "OPEN", r2, s.b, "OPEN",
                r3, s.a, "OPEN", r3, s.b, "OPEN"), statuses(admin(), q + s.day(3, 20)));
        assertEquals(expect(r1, s.a, "IN_PROGRESS", r1, s.b, "NOT_ACCEPTED", r2, s.a, "NOT_ACCEPTED",
                r2, s.b, "IN_PROGRESS", r3, s.a, "OPEN", r3, s.b, "OPEN"), statuses(admin(), q + s.day(4, 19)));
        assertEquals(end, statuses(admin(), q + s.day(4, 20)));

        // Filters, and what an SWG's own user sees.
        assertEquals(expect(r3, s.a, "OPEN", r3, s.b, "OPEN"), statuses(admin(), "year=" + YEAR + "&status=OPEN"));
        assertEquals(expect(r1, s.a, "DONE"), statuses(admin(), "year=" + YEAR + "&status=done"));
        assertEquals(expect(r1, s.a, "DONE", r2, s.a, "NOT_ACCEPTED", r3, s.a, "OPEN"),
                statuses(admin(), "year=" + YEAR + "&swg=" + s.a));
        assertEquals(expect(r1, s.a, "DONE", r2, s.a, "NOT_ACCEPTED", r3, s.a, "OPEN"), statuses(Api.as(secA), "year=" + YEAR));
        assertEquals(Map.of(), statuses(Api.as(Api.user("SWG_SECRETARIAT", Fixtures.swg())), "year=" + YEAR));
        assertEquals(Map.of(), statuses(admin(), "year=2179"));

        // One recommendation in full, as of the day before i2 was done.
        String a = "addressees.find { it.swg == '" + s.a + "' }.";
        admin().get("/api/v1/recommendations/" + r1 + "?asOf=" + s.day(4, 19)).then().statusCode(200)
                .body("meeting.id", equalTo((int) s.rtim)).body("meeting.kind", equalTo("RTIM"))
                .body("meeting.date", equalTo(s.day(3, 10))).body("agendaItem.segment", equalTo(s.a))
                .body("dueDate", equalTo(s.day(9, 30))).body("textEn", equalTo("Publish the sector's financing plan"))
                .body(a + "status", equalTo("IN_PROGRESS")).body(a + "response.decision", equalTo("ACCEPTED"))
                .body(a + "response.respondedOn", equalTo(s.day(3, 20)))
                .body(a + "actions.find { it.id == " + i1 + " }.status", equalTo("DONE"))
                .body(a + "actions.find { it.id == " + i2 + " }.status", equalTo("OPEN"))
                .body(a + "actions.find { it.id == " + i3 + " }.status", equalTo("CANCELLED"))
                .body("addressees.find { it.swg == '" + s.b + "' }.response.reason",
                        equalTo("Outside the group's mandate"));
        Api.as(chairB).get("/api/v1/recommendations/" + r1).then().statusCode(200).body("addressees.size()", equalTo(1));
        Api.as(Api.user("SWG_CHAIR", Fixtures.swg())).get("/api/v1/recommendations/" + r1).then().statusCode(404);

        // The CSV: one row per recommendation and SWG, then the totals per status.
        assertEquals(Map.of("OPEN", "2", "IN_PROGRESS", "1", "NOT_ACCEPTED", "2", "DONE", "1"),
                csvTotals("year=" + YEAR, 6, end));
        assertEquals(Map.of("OPEN", "6", "IN_PROGRESS", "0", "NOT_ACCEPTED", "0", "DONE", "0"),
                csvTotals(q + s.day(3, 19), 6, null));
        assertEquals(Map.of("OPEN", "1", "IN_PROGRESS", "0", "NOT_ACCEPTED", "1", "DONE", "1"),
                csvTotals("year=" + YEAR + "&swg=" + s.a, 3, null));
    }

    /** Parses the CSV with a CSV library: checks the entry rows against {@code entries} when given; answers the totals. */
    private static Map<String, String> csvTotals(String query, int rows, Map<String, String> entries)
            throws IOException {
        String csv = admin().accept("text/csv").get("/api/v1/recommendations.csv?" + query).then().statusCode(200)
                .contentType("text/csv").extract().asString();
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        Map<String, String> seen = new TreeMap<>();
        Map<String, String> totals = new TreeMap<>();
        for (CSVRecord r : records) {
            if (r.get("row").equals("entry")) {
                seen.put(r.get("recommendation") + "/" + r.get("swg"), r.get("status"));
            } else {
                totals.put(r.get("status"), r.get("count"));
            }
        }
        assertEquals(rows, seen.size(), csv);
        if (entries != null) {
            assertEquals(entries, seen);
        }
        return totals;
    }
}
