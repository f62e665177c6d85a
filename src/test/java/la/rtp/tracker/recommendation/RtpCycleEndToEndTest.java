package la.rtp.tracker.recommendation;

import static io.restassured.RestAssured.given;
import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Api.partner;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import la.rtp.tracker.common.Time;
import la.rtp.tracker.support.Api;
import la.rtp.tracker.support.Fixtures;
import la.rtp.tracker.support.PinnedClock;
import la.rtp.tracker.support.TestClock;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The RTP cycle of one year through the API, as its users live it: the RTP secretariat schedules
 * the 2025 RTIM with all ten SWGs, records attendance and an agenda with a segment per SWG, three
 * recommendations addressed to two SWGs each, and publishes the minutes; health accepts its two
 * with action items and closes them, education declines its two with a reason, governance never
 * answers. The register, its CSV and rule RTP-11 say exactly that, also as of the days before
 * each step, in the printed follow-up report too; SWG users cannot edit the RTIM and see only their SWG's entries; a partner sees the
 * RTIM in the calendar and its published minutes, never an unpublished recommendation.
 */
@QuarkusTest
@PinnedClock
class RtpCycleEndToEndTest {

    static final List<String> SWGS = List.of("health", "education", "governance", "macroeconomics",
            "trade-private-sector", "infrastructure", "uxo-mine-action", "illicit-drug-control",
            "natural-resources-environment", "agriculture-rural-development");

    @Inject
    TestClock clock;

    private void today(String day) {
        clock.pin(LocalDate.parse(day).atTime(LocalTime.of(18, 0)).atZone(Time.ZONE).toInstant());
    }

    @Test
    void theYearOfAnRtimFromSchedulingToTheAnswersOfTheSwgs() throws IOException {
        today("2025-11-03");
        String healthSecretariat = Api.user("SWG_SECRETARIAT", "health");
        String educationSecretariat = Api.user("SWG_SECRETARIAT", "education");
        String governanceChair = Api.user("SWG_CHAIR", "governance");
        String token = (String) Api.partnerToken().get("token");

        Map<String, Object> body = new HashMap<>();
        body.put("title", "RTIM 2025");
        body.put("kind", "RTIM");
        body.put("startsAt", "2025-12-10T09:00:00+07:00");
        body.put("endsAt", "2025-12-10T17:00:00+07:00");
        body.put("venue", "National Convention Centre, Vientiane");
        body.put("swgs", SWGS);
        long rtim = admin().body(body).post("/api/v1/meetings").then().statusCode(201)
                .body("organiser", equalTo("RTP")).body("swgs.size()", equalTo(10))
                .extract().jsonPath().getLong("id");

        // An SWG secretariat taking part reads the RTIM but cannot edit it.
        Api.as(healthSecretariat).get("/api/v1/meetings/" + rtim).then().statusCode(200);
        Map<String, Object> edit = new HashMap<>(body);
        edit.put("title", "RTIM 2025 (moved)");
        edit.put("version", 0);
        Api.as(healthSecretariat).body(edit).put("/api/v1/meetings/" + rtim).then().statusCode(403);
        Api.as(governanceChair).body(Map.of("title", "Our own item", "swg", "governance"))
                .post("/api/v1/meetings/" + rtim + "/agenda-items").then().statusCode(403);
        admin().get("/api/v1/meetings/" + rtim).then().body("title", equalTo("RTIM 2025")).body("agenda.size()",
                equalTo(0));

        // The agenda: one segment per SWG, in turn.
        Map<String, Long> segment = new TreeMap<>();
        for (String swg : SWGS) {
            segment.put(swg, admin().body(Map.of("title", "Review of the " + swg + " SWG", "swg", swg))
                    .post("/api/v1/meetings/" + rtim + "/agenda-items").then().statusCode(201)
                    .body("swg", equalTo(swg)).extract().jsonPath().getLong("id"));
        }
        // The partner sees the scheduled RTIM in the calendar, of all and of a taking-part SWG.
        for (String query : List.of("", "?swg=governance")) {
            String ics = given().queryParam("token", token).get("/calendar/meetings.ics" + query).then()
                    .statusCode(200).extract().asString();
            assertTrue(ics.contains("UID:meeting-" + rtim + "@"), query);
        }

        // Held, with attendance.
        today("2025-12-10");
        admin().post("/api/v1/meetings/" + rtim + "/held").then().statusCode(200);
        long ministry = Api.organization("GOVERNMENT");
        for (String gender : List.of("FEMALE", "MALE", "FEMALE")) {
            admin().body(Map.of("personId", Fixtures.person(gender, ministry)))
                    .post("/api/v1/meetings/" + rtim + "/attendees").then().statusCode(201);
        }
        admin().get("/api/v1/meetings/" + rtim).then().body("attendance.total", equalTo(3))
                .body("attendance.women", equalTo(2));

        // Three recommendations, to two SWGs each.
        long toHealthAndEducation = recommend(rtim, segment.get("health"), "Publish the health financing plan",
                List.of("health", "education"));
        long toHealthAndGovernance = recommend(rtim, segment.get("governance"), "Train provincial staff",
                List.of("health", "governance"));
        long toEducationAndGovernance = recommend(rtim, segment.get("education"), "Share school data",
                List.of("education", "governance"));
        Set<Long> ours = Set.of(toHealthAndEducation, toHealthAndGovernance, toEducationAndGovernance);

        // Not published yet: a partner sees neither the minutes nor the recommendations, and nobody can answer.
        admin().body(Map.of("body", "# RTIM 2025\n\nThree recommendations to the SWGs.", "language", "en"))
                .put("/api/v1/meetings/" + rtim + "/minutes").then().statusCode(201);
        assertTrue(statuses(partner(token), "year=2025").keySet().stream().noneMatch(k -> ours.contains(idOf(k))));
        partner(token).get("/api/v1/minutes?swg=health").then().statusCode(200)
                .body("items.findAll { it.meetingId == " + rtim + " }.size()", equalTo(0));
        Api.as(healthSecretariat).body(answer("health", "ACCEPTED", null, List.of()))
                .post("/api/v1/recommendations/" + toHealthAndEducation + "/responses").then().statusCode(409);

        today("2025-12-15");
        admin().body(Map.of("publishedOn", "2025-12-15")).post("/api/v1/meetings/" + rtim + "/minutes/publish").then()
                .statusCode(200);
        partner(token).get("/api/v1/minutes?swg=health").then().statusCode(200)
                .body("items.findAll { it.meetingId == " + rtim + " }.size()", equalTo(1));
        assertEquals(ours, Set.copyOf(statuses(partner(token), "year=2025").keySet().stream()
                .map(RtpCycleEndToEndTest::idOf).filter(ours::contains).toList()));

        // Health accepts both with action items of its own meeting, education declines both.
        today("2026-01-05");
        long own = Fixtures.held("health", "2026-01-05T09:00:00+07:00");
        long financing = Fixtures.actionItem(own, "Draft the financing plan", "2026-02-28");
        long training = Fixtures.actionItem(own, "Run the provincial training", "2026-02-28");
        Api.as(healthSecretariat).body(answer("health", "ACCEPTED", null, List.of(financing)))
                .post("/api/v1/recommendations/" + toHealthAndEducation + "/responses").then().statusCode(201);
        Api.as(healthSecretariat).body(answer("health", "ACCEPTED", null, List.of(training)))
                .post("/api/v1/recommendations/" + toHealthAndGovernance + "/responses").then().statusCode(201);
        // An SWG answers only for itself.
        Api.as(healthSecretariat).body(answer("education", "NOT_ACCEPTED", "Not ours", List.of()))
                .post("/api/v1/recommendations/" + toHealthAndEducation + "/responses").then().statusCode(403);

        today("2026-01-10");
        for (long r : List.of(toHealthAndEducation, toEducationAndGovernance)) {
            Api.as(educationSecretariat).body(answer("education", "NOT_ACCEPTED", "No budget line in 2026", List.of()))
                    .post("/api/v1/recommendations/" + r + "/responses").then().statusCode(201);
        }

        today("2026-02-01");
        for (long item : List.of(financing, training)) {
            Api.as(healthSecretariat).body(Fixtures.statusChange(item, "DONE", null))
                    .post("/api/v1/action-items/" + item + "/status").then().statusCode(200);
        }

        today("2026-03-02");
        // The register, as of every step.
        Map<String, Map<String, String>> asOf = new TreeMap<>();
        long he = toHealthAndEducation;
        long hg = toHealthAndGovernance;
        long eg = toEducationAndGovernance;
        asOf.put("2025-12-14", expect(he, "health", "OPEN", he, "education", "OPEN", hg, "health", "OPEN",
                hg, "governance", "OPEN", eg, "education", "OPEN", eg, "governance", "OPEN"));
        asOf.put("2026-01-05", expect(he, "health", "IN_PROGRESS", he, "education", "OPEN", hg, "health",
                "IN_PROGRESS", hg, "governance", "OPEN", eg, "education", "OPEN", eg, "governance", "OPEN"));
        asOf.put("2026-01-10", expect(he, "health", "IN_PROGRESS", he, "education", "NOT_ACCEPTED", hg, "health",
                "IN_PROGRESS", hg, "governance", "OPEN", eg, "education", "NOT_ACCEPTED", eg, "governance", "OPEN"));
        asOf.put("2026-03-02", expect(he, "health", "DONE", he, "education", "NOT_ACCEPTED", hg, "health", "DONE",
                hg, "governance", "OPEN", eg, "education", "NOT_ACCEPTED", eg, "governance", "OPEN"));
        for (Map.Entry<String, Map<String, String>> step : asOf.entrySet()) {
            Map<String, String> seen = new TreeMap<>(statuses(admin(), "year=2025&size=200&asOf=" + step.getKey()));
            seen.keySet().removeIf(k -> !ours.contains(idOf(k)));
            assertEquals(step.getValue(), seen, "register as of " + step.getKey());
        }
        // The same in the CSV, with the reasons and linked actions.
        String csv = admin().accept("text/csv").get("/api/v1/recommendations.csv?year=2025&asOf=2026-03-02").then().statusCode(200)
                .extract().asString();
        Map<String, String> rows = new TreeMap<>();
        for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords()) {
            if (r.get("row").equals("entry") && ours.contains(Long.parseLong(r.get("recommendation")))) {
                rows.put(r.get("recommendation") + "/" + r.get("swg"), r.get("status"));
                if (r.get("swg").equals("education")) {
                    assertEquals("No budget line in 2026", r.get("reason"));
                }
                if (r.get("swg").equals("health")) {
                    assertFalse(r.get("actions").isBlank(), r.toString());
                }
            }
        }
        assertEquals(asOf.get("2026-03-02"), rows);

        // The printed follow-up report for the next RTIM, as of each step, in English and Lao.
        for (Map.Entry<String, Map<String, String>> step : asOf.entrySet()) {
            for (String lang : List.of("en", "lo")) {
                Document doc = Jsoup.parse(admin().accept("text/html").get("/reports/recommendations?year=2025&lang="
                        + lang + "&asOf=" + step.getKey()).then().statusCode(200).extract().asString());
                Map<String, String> printed = new TreeMap<>();
                for (Element tr : doc.select("article.recommendation table.entries tbody tr[data-swg]")) {
                    String rec = tr.closest("article").attr("data-recommendation");
                    if (ours.contains(Long.parseLong(rec))) {
                        printed.put(rec + "/" + tr.attr("data-swg"), tr.attr("data-status"));
                    }
                }
                assertEquals(step.getValue(), printed, "printed report as of " + step.getKey() + " in " + lang);
            }
        }

        // An SWG secretariat sees only its SWG's entries.
        Map<String, String> healthView = statuses(Api.as(healthSecretariat), "year=2025&size=200");
        assertTrue(healthView.keySet().stream().allMatch(k -> k.endsWith("/health")), healthView.toString());
        assertEquals(Set.of(toHealthAndEducation, toHealthAndGovernance), Set.copyOf(healthView.keySet().stream()
                .map(RtpCycleEndToEndTest::idOf).filter(ours::contains).toList()));

        // RTP-11: answered within 60 days of publication (due 13 February 2026).
        assertEquals("NOT_APPLICABLE", rtp11("health", "2025-12-14"));
        assertEquals("PENDING", rtp11("health", "2026-01-04"));
        assertEquals("COMPLIANT", rtp11("health", "2026-01-05"));
        assertEquals("PENDING", rtp11("education", "2026-01-09"));
        assertEquals("COMPLIANT", rtp11("education", "2026-01-10"));
        assertEquals("PENDING", rtp11("governance", "2026-02-13"));
        assertEquals("NON_COMPLIANT", rtp11("governance", "2026-02-14"));
        assertEquals("NOT_APPLICABLE", rtp11("infrastructure", "2026-03-02"));
    }

    private static long recommend(long meeting, long item, String text, List<String> swgs) {
        Map<String, Object> b = new HashMap<>();
        b.put("type", "RECOMMENDATION");
        b.put("textEn", text);
        b.put("textLo", "ຂໍ້ສະເໜີ: " + text);
        b.put("swgs", swgs);
        b.put("dueDate", "2026-06-30");
        return admin().body(b).post("/api/v1/meetings/" + meeting + "/agenda-items/" + item + "/outcomes").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Map<String, Object> answer(String swg, String decision, String reason, List<Long> actions) {
        Map<String, Object> b = new HashMap<>();
        b.put("swg", swg);
        b.put("decision", decision);
        b.put("reason", reason);
        b.put("actionItemIds", actions);
        return b;
    }

    private static long idOf(String key) {
        return Long.parseLong(key.substring(0, key.indexOf('/')));
    }

    /** Expected statuses from triples (recommendation, SWG, status), keyed as the register is read. */
    private static Map<String, String> expect(Object... triples) {
        Map<String, String> out = new TreeMap<>();
        for (int i = 0; i < triples.length; i += 3) {
            out.put(triples[i] + "/" + triples[i + 1], (String) triples[i + 2]);
        }
        return out;
    }

    private static Map<String, String> statuses(RequestSpecification who, String query) {
        List<Map<String, Object>> items = who.get("/api/v1/recommendations?" + query).then().statusCode(200)
                .extract().jsonPath().getList("items");
        Map<String, String> out = new TreeMap<>();
        for (Map<String, Object> item : items) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> entries = (List<Map<String, Object>>) item.get("addressees");
            for (Map<String, Object> e : entries) {
                out.put(item.get("id") + "/" + e.get("swg"), (String) e.get("status"));
            }
        }
        return out;
    }

    private static String rtp11(String swg, String asOf) {
        return admin().get("/api/v1/compliance?year=2025&asOf=" + asOf).then().statusCode(200).extract().jsonPath()
                .getString("swgs.find { it.code == '" + swg + "' }.rules.find { it.rule == 'RTP-11' }.status");
    }
}
