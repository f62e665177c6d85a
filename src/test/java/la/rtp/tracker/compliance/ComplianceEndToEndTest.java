package la.rtp.tracker.compliance;

import static la.rtp.tracker.compliance.YearOfData.actionItem;
import static la.rtp.tracker.compliance.YearOfData.endorse;
import static la.rtp.tracker.compliance.YearOfData.heldMeeting;
import static la.rtp.tracker.compliance.YearOfData.member;
import static la.rtp.tracker.compliance.YearOfData.minutes;
import static la.rtp.tracker.compliance.YearOfData.organization;
import static la.rtp.tracker.compliance.YearOfData.person;
import static la.rtp.tracker.compliance.YearOfData.status;
import static la.rtp.tracker.compliance.YearOfData.submit;
import static la.rtp.tracker.compliance.YearOfData.walkIn;
import static la.rtp.tracker.compliance.YearOfData.workplan;
import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Api.anonymous;
import static la.rtp.tracker.support.Api.as;
import static la.rtp.tracker.support.Api.partner;
import static la.rtp.tracker.support.Api.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import la.rtp.tracker.support.Api;
import la.rtp.tracker.support.PinnedClock;
import la.rtp.tracker.support.TestClock;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A plan year (2031) of three SWGs built through the API: one that follows the Guideline, one
 * that falls short everywhere, one with no data. Checks every cell of the JSON report, and that
 * the HTML matrix and the CSV say the same.
 */
@QuarkusTest
@PinnedClock
class ComplianceEndToEndTest {

    static final int YEAR = 2031;
    static final String AS_OF = "2031-07-15";
    static final String[] SWGS = {"education", "governance", "infrastructure"};
    static final Map<String, List<String>> EXPECTED = Map.of(
            "education", List.of("COMPLIANT", "COMPLIANT", "COMPLIANT", "COMPLIANT", "COMPLIANT", "COMPLIANT",
                    "COMPLIANT", "COMPLIANT", "COMPLIANT", "COMPLIANT", "NOT_APPLICABLE"),
            "governance", List.of("NON_COMPLIANT", "NON_COMPLIANT", "NON_COMPLIANT", "NON_COMPLIANT",
                    "NON_COMPLIANT", "NON_COMPLIANT", "NON_COMPLIANT", "NON_COMPLIANT", "NON_COMPLIANT", "PENDING",
                    "NOT_APPLICABLE"),
            "infrastructure", List.of("NON_COMPLIANT", "NON_COMPLIANT", "NON_COMPLIANT", "NON_COMPLIANT",
                    "NON_COMPLIANT", "PENDING", "PENDING", "COMPLIANT", "PENDING", "PENDING", "NOT_APPLICABLE"));

    private static boolean built;

    @Inject
    TestClock clock;

    @BeforeEach
    void buildTheYearOnce() {
        clock.pin(OffsetDateTime.parse("2032-01-15T10:00:00+07:00").toInstant());
        if (!built) {
            built = true;
            YearOfData.planCovering(YEAR);
            model("education");
            laggard("governance");
        }
    }

    private static void model(String swg) {
        long ministry = organization("GOVERNMENT");
        long partner = organization("DEVELOPMENT_PARTNER");
        long ngo = organization("NGO");
        long province = organization("PROVINCIAL_AUTHORITY");
        member(swg, "CHAIR", ministry, null, "2031-01-01");
        member(swg, "CO_CHAIR", partner, null, "2031-01-01");
        member(swg, "SECRETARIAT", ministry, person("FEMALE", ministry), "2031-01-01");
        long wp = workplan(swg, YEAR, List.of(List.of(1), List.of(2, 3)));
        submit(wp, "2031-01-20");
        endorse(wp, "2031-03-01");
        for (String date : List.of("2031-02-10", "2031-05-12")) {
            long m = heldMeeting(swg, date, List.of(2));
            walkIn(m, "FEMALE", ngo);
            walkIn(m, "MALE", province);
            walkIn(m, "UNDISCLOSED", ministry);
            minutes(m, date.equals("2031-02-10") ? "2031-02-24" : "2031-05-20");
            long action = actionItem(m, ministry, "2031-06-30");
            status(action, "DONE", "2031-06-20");
        }
    }

    private static void laggard(String swg) {
        long ministry = organization("GOVERNMENT");
        member(swg, "CHAIR", ministry, null, "2031-01-01");
        long wp = workplan(swg, YEAR, List.of(List.of()));
        submit(wp, "2031-02-10");
        long m = heldMeeting(swg, "2031-04-20", List.of());
        walkIn(m, "MALE", ministry);
        minutes(m, "2031-05-20");
        actionItem(m, ministry, "2031-06-01");
    }

    private static JsonPath report(String asOf) {
        return admin().get("/api/v1/compliance?year=" + YEAR + "&asOf=" + asOf).then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void everyCellOfTheJsonReport() {
        JsonPath json = report(AS_OF);
        assertEquals(YEAR, json.getInt("year"));
        assertEquals(AS_OF, json.getString("asOf"));
        assertEquals(10, json.getList("swgs").size());
        for (int i = 0; i < 10; i++) {
            assertEquals(11, json.getList("swgs[" + i + "].rules").size());
        }
        for (String swg : SWGS) {
            List<String> rules = json.getList("swgs.find { it.code == '" + swg + "' }.rules.rule");
            List<String> statuses = json.getList("swgs.find { it.code == '" + swg + "' }.rules.status");
            assertEquals(List.of("RTP-1", "RTP-2", "RTP-3", "RTP-4", "RTP-5", "RTP-6", "RTP-7", "RTP-8", "RTP-9",
                    "RTP-10", "RTP-11"), rules);
            assertEquals(EXPECTED.get(swg), statuses, swg);
        }
        String late = json.getString("swgs.find { it.code == 'governance' }.rules.find { it.rule == 'RTP-2' }.detail");
        assertEquals("Submitted 10 days late (10 Feb; deadline 31 Jan)", late);
        String missed = json.getString("swgs.find { it.code == 'governance' }.rules.find { it.rule == 'RTP-5' }.detail");
        assertTrue(missed.contains("Q1") && !missed.contains("Q2"), missed);
        List<String> evidence = json.getList(
                "swgs.find { it.code == 'governance' }.rules.find { it.rule == 'RTP-6' }.evidence");
        assertEquals(1, evidence.size());
        assertTrue(evidence.get(0).matches("/api/v1/meetings/\\d+"), evidence.get(0));
    }

    @Test
    void figuresCountAttendanceBudgetAndActions() {
        JsonPath json = report(AS_OF);
        String f = "swgs.find { it.code == 'education' }.figures.";
        assertEquals(Map.of("Q1", 1, "Q2", 1, "Q3", 0, "Q4", 0), json.getMap(f + "meetingsHeldPerQuarter"));
        assertEquals(6, json.getInt(f + "attendees"));
        assertEquals(2, json.getInt(f + "women"));
        assertEquals(0.333f, json.getFloat(f + "womenShare"));
        assertEquals(2, json.getInt(f + "attendeesByOrganizationType.NGO"));
        assertEquals(0, json.getInt(f + "overdueActionItems"));
        assertEquals(20000f, json.getFloat(f + "budgetTotal.plannedUsd"));
        assertEquals(5000f, json.getFloat(f + "budgetTotal.disbursedUsd"));
        assertEquals(0.25f, json.getFloat(f + "disbursementRate"));
        assertEquals(1, json.getInt("swgs.find { it.code == 'governance' }.figures.overdueActionItems"));
    }

    @Test
    void aReportForAPastDateSaysWhatWasTrueThen() {
        JsonPath march = report("2031-03-15");
        String g = "swgs.find { it.code == 'governance' }.rules.find { it.rule == '%s' }.status";
        assertEquals("PENDING", march.getString(g.formatted("RTP-3")));
        assertEquals("PENDING", march.getString(g.formatted("RTP-6")));
        assertEquals("NON_COMPLIANT", march.getString(g.formatted("RTP-2")));
        JsonPath january = report("2031-01-25");
        String e = "swgs.find { it.code == 'education' }.rules.find { it.rule == '%s' }.status";
        assertEquals("COMPLIANT", january.getString(e.formatted("RTP-2")));
        assertEquals("PENDING", january.getString(e.formatted("RTP-3")));
        assertEquals("PENDING", january.getString(e.formatted("RTP-5")));
        // The action item closed on 20 June was open on 19 June, but not yet due.
        assertEquals("COMPLIANT", report("2031-06-19").getString(e.formatted("RTP-8")));
    }

    @Test
    void oneSwgEntryMatchesTheFullReport() {
        JsonPath one = admin().get("/api/v1/swgs/governance/compliance?year=" + YEAR + "&asOf=" + AS_OF).then()
                .statusCode(200).extract().jsonPath();
        assertEquals("governance", one.getString("code"));
        assertEquals(EXPECTED.get("governance"), one.getList("rules.status"));
        admin().get("/api/v1/swgs/atlantis/compliance?year=" + YEAR).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void htmlMatrixAndCsvSayTheSameAsTheJson() throws Exception {
        JsonPath json = report(AS_OF);
        String html = admin().accept("text/html").get("/reports/compliance?year=" + YEAR + "&asOf=" + AS_OF)
                .then().statusCode(200).contentType(org.hamcrest.Matchers.containsString("text/html")).extract()
                .asString();
        Document doc = Jsoup.parse(html);
        String csv = admin().accept("text/csv").get("/api/v1/compliance.csv?year=" + YEAR + "&asOf=" + AS_OF)
                .then().statusCode(200).contentType(org.hamcrest.Matchers.containsString("text/csv")).extract()
                .asString();
        Map<String, String> csvStatus = new HashMap<>();
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertEquals(110, records.size());
        for (CSVRecord r : records) {
            csvStatus.put(r.get("swg") + "/" + r.get("rule"), r.get("status"));
        }
        for (int i = 0; i < 10; i++) {
            String code = json.getString("swgs[" + i + "].code");
            List<String> statuses = json.getList("swgs[" + i + "].rules.status");
            for (int r = 0; r < 11; r++) {
                String rule = "RTP-" + (r + 1);
                assertEquals(statuses.get(r), csvStatus.get(code + "/" + rule), code + " " + rule + " in CSV");
                var cell = doc.selectFirst("tr[data-swg=" + code + "] td[data-rule=" + rule + "]");
                assertTrue(cell != null, "matrix cell " + code + " " + rule);
                assertEquals(statuses.get(r), cell.attr("data-status"), code + " " + rule + " in HTML");
            }
        }
        String lao = admin().accept("text/html").get("/reports/compliance?year=" + YEAR + "&asOf=" + AS_OF
                + "&lang=lo").then().statusCode(200).extract().asString();
        assertTrue(lao.contains("ໜ່ວຍງານຂະແໜງການ"));
        assertEquals("lo", Jsoup.parse(lao).selectFirst("html").attr("lang"));
        admin().accept("text/html").get("/reports/compliance/governance?year=" + YEAR + "&asOf=" + AS_OF).then().statusCode(200);
        String progress = admin().accept("text/html").get("/reports/progress?year=" + YEAR + "&asOf=" + AS_OF).then().statusCode(200)
                .extract().asString();
        assertFalse(Jsoup.parse(progress).select("section, article, h2").isEmpty());
        admin().accept("text/html").get("/reports/compliance?year=" + YEAR + "&lang=fr").then().statusCode(400);
    }

    @Test
    void reportsAreForPeopleNotPartnerTokens() {
        String token = (String) Api.partnerToken().get("token");
        partner(token).get("/api/v1/compliance?year=" + YEAR).then().statusCode(403);
        partner(token).accept("text/html").get("/reports/compliance?year=" + YEAR).then().statusCode(403);
        anonymous().get("/api/v1/compliance?year=" + YEAR).then().statusCode(401);
        as(user("VIEWER")).get("/api/v1/compliance?year=" + YEAR + "&asOf=" + AS_OF).then().statusCode(200);
        as(user("SWG_CHAIR", "health")).accept("text/html").get("/reports/progress?year=" + YEAR).then().statusCode(200);
        admin().get("/api/v1/compliance?year=abc").then().statusCode(400);
        admin().get("/api/v1/compliance?asOf=2031-02-30").then().statusCode(400);
    }
}
