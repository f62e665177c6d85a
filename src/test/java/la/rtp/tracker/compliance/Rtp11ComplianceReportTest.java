package la.rtp.tracker.compliance;

import static la.rtp.tracker.support.Api.admin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * RTP-11 through the compliance report: an RTIM of 2041 recommends to three SWGs, one answers
 * in time, one late (not accepting, which is still an answer), one never; a fourth takes part
 * but is not addressed. A provincial consultation of 2040 counts only in 2040's report.
 */
@QuarkusTest
class Rtp11ComplianceReportTest {

    static final int YEAR = 2041;
    static final LocalDate HELD = LocalDate.of(YEAR, 11, 10);
    static final LocalDate PUBLISHED = LocalDate.of(YEAR, 11, 20);
    static final LocalDate DUE = PUBLISHED.plusDays(60);
    static final LocalDate ANSWERED = LocalDate.of(YEAR, 12, 1);
    static final List<String> SWGS = List.of("health", "education", "governance", "macroeconomics");

    @Inject
    EntityManager em;

    private RtpRecommendations data;
    private long recommendation;

    @BeforeEach
    void rtpMeetingsWithRecommendations() {
        data = new RtpRecommendations(em);
        long rtim = data.meeting("RTIM", HELD, SWGS.toArray(String[]::new));
        recommendation = data.recommendation(rtim, "health", "education", "governance");
        data.publishMinutes(rtim, PUBLISHED);
        data.respond(recommendation, "health", "ACCEPTED", ANSWERED);
        data.respond(recommendation, "education", "NOT_ACCEPTED", DUE.plusDays(1));
        data.respond(recommendation, "education", "ACCEPTED", DUE.plusDays(5));
        long consultation = data.meeting("PROVINCIAL_CONSULTATION", LocalDate.of(YEAR - 1, 11, 5), "macroeconomics");
        data.recommendation(consultation, "macroeconomics");
        data.publishMinutes(consultation, LocalDate.of(YEAR - 1, 11, 15));
    }

    @AfterEach
    void removeThem() {
        data.deleteAll();
    }

    private static JsonPath report(int year, LocalDate asOf) {
        return admin().get("/api/v1/compliance?year=" + year + "&asOf=" + asOf).then().statusCode(200)
                .extract().jsonPath();
    }

    private static String rtp11(String swg) {
        return "swgs.find { it.code == '" + swg + "' }.rules.find { it.rule == 'RTP-11' }";
    }

    /** RTP-11's status for each of {@link #SWGS} in the report of {@code year} as of {@code asOf}. */
    private static List<String> statuses(int year, LocalDate asOf) {
        JsonPath json = report(year, asOf);
        Map<String, String> bySwg = new LinkedHashMap<>();
        SWGS.forEach(swg -> bySwg.put(swg, json.getString(rtp11(swg) + ".status")));
        return List.copyOf(bySwg.values());
    }

    @Test
    void statusesBeforeAndAfterThePublicationAndTheDueDay() {
        assertEquals(List.of("NOT_APPLICABLE", "NOT_APPLICABLE", "NOT_APPLICABLE", "NOT_APPLICABLE"),
                statuses(YEAR, PUBLISHED.minusDays(1)), "minutes not published yet: nothing asked");
        assertEquals(List.of("PENDING", "PENDING", "PENDING", "NOT_APPLICABLE"), statuses(YEAR, PUBLISHED));
        assertEquals(List.of("PENDING", "PENDING", "PENDING", "NOT_APPLICABLE"),
                statuses(YEAR, ANSWERED.minusDays(1)));
        assertEquals(List.of("COMPLIANT", "PENDING", "PENDING", "NOT_APPLICABLE"), statuses(YEAR, ANSWERED));
        assertEquals(List.of("COMPLIANT", "PENDING", "PENDING", "NOT_APPLICABLE"), statuses(YEAR, DUE),
                "the due day is still in time");
        assertEquals(List.of("COMPLIANT", "NON_COMPLIANT", "NON_COMPLIANT", "NOT_APPLICABLE"),
                statuses(YEAR, DUE.plusDays(1)));
        assertEquals(List.of("COMPLIANT", "NON_COMPLIANT", "NON_COMPLIANT", "NOT_APPLICABLE"),
                statuses(YEAR, DUE.plusDays(30)), "a late answer stays late");
    }

    @Test
    void detailsAndEvidenceNameTheRecommendation() {
        JsonPath json = report(YEAR, DUE.plusDays(1));
        assertEquals("Recommendations answered", json.getString(rtp11("health") + ".name"));
        assertEquals("1 recommendation answered within 60 days of the publication of the minutes",
                json.getString(rtp11("health") + ".detail"));
        assertEquals("1 recommendation not answered within 60 days of the publication of the minutes (due 19 Jan)",
                json.getString(rtp11("governance") + ".detail"));
        for (String swg : List.of("health", "education", "governance")) {
            assertEquals(List.of("/api/v1/recommendations/" + recommendation),
                    json.getList(rtp11(swg) + ".evidence"), swg);
        }
        assertEquals(List.of(), json.getList(rtp11("macroeconomics") + ".evidence"));
        String csv = admin().accept("text/csv").get("/api/v1/compliance.csv?year=" + YEAR + "&asOf="
                + DUE.plusDays(1)).then().statusCode(200).extract().asString();
        assertTrue(csv.lines().anyMatch(line -> line.contains(",governance,") && line.contains(
                ",RTP-11,Recommendations answered,NON_COMPLIANT,")), csv);
    }

    @Test
    void aMeetingCountsInTheReportOfItsOwnYear() {
        LocalDate lastYearsDue = LocalDate.of(YEAR - 1, 11, 15).plusDays(60);
        String macroeconomics = rtp11("macroeconomics") + ".status";
        assertEquals("PENDING", report(YEAR - 1, lastYearsDue).getString(macroeconomics));
        assertEquals("NON_COMPLIANT", report(YEAR - 1, lastYearsDue.plusDays(1)).getString(macroeconomics));
        assertEquals("NOT_APPLICABLE", report(YEAR, lastYearsDue.plusDays(1)).getString(macroeconomics));
        assertEquals("NOT_APPLICABLE", report(YEAR - 1, lastYearsDue.plusDays(1))
                .getString(rtp11("health") + ".status"), "health was not addressed in " + (YEAR - 1));
    }
}
