package la.rtp.tracker.recommendation;

import static la.rtp.tracker.recommendation.RecommendationScenario.answer;
import static la.rtp.tracker.recommendation.RecommendationScenario.expect;
import static la.rtp.tracker.recommendation.RecommendationScenario.ids;
import static la.rtp.tracker.support.Api.admin;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The printable register: an RTIM makes two recommendations to SWGs a and b. a accepts the first
 * and closes its action (DONE), b declines it; b accepts the second and its action is in
 * progress, a never answers (OPEN). The page says exactly that, as of each day what was true
 * then, in English and Lao, to whom may read it; and the progress report shows each SWG's.
 */
@QuarkusTest
@PinnedClock
class RecommendationReportTest {

    private static final int YEAR = 2186;
    private static final int PROGRESS_YEAR = 2188;
    private static final String MANDATE = "Outside the group's mandate";

    @Inject
    TestClock clock;

    private void today(String day) {
        clock.pin(LocalDate.parse(day).atTime(LocalTime.of(10, 0)).atZone(Time.ZONE).toInstant());
    }

    private static void respond(long rec, Map<String, Object> body) {
        admin().body(body).post("/api/v1/recommendations/" + rec + "/responses").then().statusCode(201);
    }

    private static void close(long item, String status) {
        admin().body(Fixtures.statusChange(item, status, null)).post("/api/v1/action-items/" + item + "/status").then()
                .statusCode(200);
    }

    /** A recommendation with a Lao text, addressed to {@code swgs}; returns its id. */
    private static long recommendation(long meeting, long item, String en, String lo, List<String> swgs, String due) {
        Map<String, Object> body = RecommendationScenario.body("RECOMMENDATION", en, swgs, due);
        body.put("textLo", lo);
        return admin().body(body).post("/api/v1/meetings/" + meeting + "/agenda-items/" + item + "/outcomes").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    /** The page, checked for what every report is: HTML in the language, A4 portrait, the reports' CSP, no script. */
    static Document page(RequestSpecification who, String path, String lang) {
        String html = who.accept("text/html").get(path).then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'none'")).extract().asString();
        assertTrue(html.startsWith("<!DOCTYPE html>"), "doctype");
        Document doc = Jsoup.parse(html);
        assertEquals(lang, doc.selectFirst("html").attr("lang"));
        assertTrue(doc.select("style").html().contains("@page { size: A4 portrait; margin: 12mm; }"), "A4 portrait");
        assertTrue(doc.select("script, link, img, iframe, [src]").isEmpty(), "self-contained, no script");
        return doc;
    }

    /** Every entry of the page as "recommendation/swg" -> status. */
    private static Map<String, String> entries(Document doc) {
        Map<String, String> out = new TreeMap<>();
        for (Element tr : doc.select("article.recommendation table.entries tbody tr[data-swg]")) {
            out.put(tr.closest("article").attr("data-recommendation") + "/" + tr.attr("data-swg"),
                    tr.attr("data-status"));
        }
        return out;
    }

    private static String row(Document doc, long rec, String swg) {
        return doc.selectFirst("article#recommendation-" + rec + " tr[data-swg=" + swg + "]").text();
    }

    /** The totals table: per SWG rows, then the overall one. */
    private static List<String> totals(Document doc) {
        return doc.select("table.totals tbody tr, table.totals tfoot tr").eachText();
    }

    @Test
    void theRegisterPrintedAsOfEachDay() {
        today(YEAR + "-03-12");
        RecommendationScenario s = new RecommendationScenario(YEAR);
        long r1 = recommendation(s.rtim, s.segmentA, "Publish the sector's financing plan",
                "ເຜີຍແຜ່ແຜນການເງິນ ຂອງຂະແໜງການ", List.of(s.a, s.b), s.day(9, 30));
        long r2 = s.recommendation(s.segmentB, "Hold a joint review with the provinces");
        long i1 = s.action(s.a, "Draft the financing plan");
        long j1 = s.action(s.b, "Plan the joint review");
        RtpMeetings.held(s.rtim);
        RtpMeetings.publishMinutes(s.rtim, LocalDate.of(YEAR, 3, 15));
        today(s.day(3, 20));
        respond(r1, answer(s.a, "ACCEPTED", null, ids(i1)));
        respond(r1, answer(s.b, "NOT_ACCEPTED", MANDATE, null));
        today(s.day(3, 25));
        respond(r2, answer(s.b, "ACCEPTED", null, ids(j1)));
        close(j1, "IN_PROGRESS");
        today(s.day(4, 10));
        close(i1, "DONE");
        today(s.day(4, 11));
        String first = s.a.compareTo(s.b) < 0 ? s.a : s.b;
        String path = "/reports/recommendations?year=" + YEAR;

        Document doc = page(admin(), path, "en");
        assertEquals("Follow-up of the recommendations of RTP meetings " + YEAR, doc.title());
        assertEquals(List.of(String.valueOf(s.rtim)), doc.select("section.meeting").eachAttr("data-meeting"));
        assertEquals("RTIM " + YEAR + " Round Table Implementation Meeting · " + s.day(3, 10),
                doc.selectFirst("section.meeting h2").text());
        assertEquals(List.of("Agenda item 1: Review of " + s.a + " (segment of " + s.a + ")",
                "Agenda item 2: Review of " + s.b + " (segment of " + s.b + ")"),
                doc.select("h3.agenda-item").eachText());
        assertEquals(List.of(String.valueOf(r1), String.valueOf(r2)),
                doc.select("article.recommendation").eachAttr("data-recommendation"));
        assertEquals("Recommendation: Publish the sector's financing plan",
                doc.selectFirst("article#recommendation-" + r1 + " p.text").text());
        assertEquals("Due: " + s.day(9, 30), doc.selectFirst("article#recommendation-" + r1 + " p.meta").text());
        assertEquals(expect(r1, s.a, "DONE", r1, s.b, "NOT_ACCEPTED", r2, s.a, "OPEN", r2, s.b, "IN_PROGRESS"),
                entries(doc));
        assertEquals(s.a + " Done Accepted · " + s.day(3, 20) + " Draft the financing plan (Due " + s.day(6, 30)
                + "): Done", row(doc, r1, s.a));
        assertEquals(s.b + " Not accepted Not accepted · " + s.day(3, 20) + ": " + MANDATE + " None",
                row(doc, r1, s.b));
        assertEquals(s.a + " Open No response yet None", row(doc, r2, s.a));
        assertEquals(s.b + " In progress Accepted · " + s.day(3, 25) + " Plan the joint review (Due " + s.day(6, 30)
                + "): In progress", row(doc, r2, s.b));
        assertEquals("Sector Working Group Open In progress Not accepted Done Total",
                doc.selectFirst("table.totals thead tr").text());
        String totalsA = s.a + " 1 0 0 1 2";
        String totalsB = s.b + " 0 1 1 0 2";
        assertEquals(first.equals(s.a) ? List.of(totalsA, totalsB, "All SWGs 1 1 1 1 4")
                : List.of(totalsB, totalsA, "All SWGs 1 1 1 1 4"), totals(doc));

        // Before any answer: all open, nothing linked yet; on the day of the first answers.
        Document before = page(admin(), path + "&asOf=" + s.day(3, 19), "en");
        assertEquals(expect(r1, s.a, "OPEN", r1, s.b, "OPEN", r2, s.a, "OPEN", r2, s.b, "OPEN"), entries(before));
        assertEquals(s.a + " Open No response yet None", row(before, r1, s.a));
        assertEquals("All SWGs 4 0 0 0 4", before.selectFirst("table.totals tfoot tr").text());
        Document answered = page(admin(), path + "&asOf=" + s.day(3, 20), "en");
        assertEquals(expect(r1, s.a, "IN_PROGRESS", r1, s.b, "NOT_ACCEPTED", r2, s.a, "OPEN", r2, s.b, "OPEN"),
                entries(answered));
        assertEquals(s.a + " In progress Accepted · " + s.day(3, 20) + " Draft the financing plan (Due "
                + s.day(6, 30) + "): Open", row(answered, r1, s.a));
        assertEquals("All SWGs 2 1 1 0 4", answered.selectFirst("table.totals tfoot tr").text());

        // In Lao: the Lao text where there is one, the English one otherwise.
        Document lao = page(admin(), path + "&lang=lo", "lo");
        assertEquals("ການຕິດຕາມຂໍ້ສະເໜີ ຂອງກອງປະຊຸມໂຕະມົນ " + YEAR, lao.title());
        assertEquals("ຂໍ້ສະເໜີ: ເຜີຍແຜ່ແຜນການເງິນ ຂອງຂະແໜງການ",
                lao.selectFirst("article#recommendation-" + r1 + " p.text").text());
        assertEquals("ຂໍ້ສະເໜີ: Hold a joint review with the provinces",
                lao.selectFirst("article#recommendation-" + r2 + " p.text").text());
        assertTrue(lao.selectFirst("section.meeting h2").text().contains("ກອງປະຊຸມໂຕະມົນ ຂັ້ນຈັດຕັ້ງປະຕິບັດ"));
        assertEquals(s.a + " ສຳເລັດ ຮັບເອົາ · " + s.day(3, 20) + " Draft the financing plan (ກຳນົດ " + s.day(6, 30)
                + "): ສຳເລັດ", row(lao, r1, s.a));
        assertEquals(s.a + " ເປີດ ຍັງບໍ່ທັນໄດ້ຕອບ ບໍ່ມີ", row(lao, r2, s.a));
        assertEquals("ໜ່ວຍງານຂະແໜງການ ເປີດ ກຳລັງດຳເນີນ ບໍ່ຮັບເອົາ ສຳເລັດ ລວມ",
                lao.selectFirst("table.totals thead tr").text());
        assertEquals("ໜ່ວຍງານຂະແໜງການທັງໝົດ 1 1 1 1 4", lao.selectFirst("table.totals tfoot tr").text());

        // Who sees what: an SWG's own user only its entries and totals; a viewer everything.
        Document mine = page(Api.as(Api.user("SWG_SECRETARIAT", s.a)), path, "en");
        assertEquals(expect(r1, s.a, "DONE", r2, s.a, "OPEN"), entries(mine));
        assertEquals(List.of(totalsA, "All SWGs 1 0 0 1 2"), totals(mine));
        Document other = page(Api.as(Api.user("SWG_CHAIR", Fixtures.swg())), path, "en");
        assertTrue(other.select("article.recommendation").isEmpty());
        assertEquals("No recommendation of an RTP meeting in " + YEAR, other.selectFirst("p.empty").text());
        assertEquals(entries(doc), entries(page(Api.as(Api.user("VIEWER")), path, "en")));
    }

    @Test
    void onlyPeopleWhoReadTheReportsMayPrintIt() {
        String path = "/reports/recommendations?year=" + YEAR;
        Api.anonymous().accept("text/html").get(path).then().statusCode(401);
        String token = (String) Api.partnerToken().get("token");
        Api.partner(token).accept("text/html").get(path).then().statusCode(403);
        admin().accept("text/html").get(path + "&lang=fr").then().statusCode(400);
        admin().accept("text/html").get("/reports/recommendations?year=1999").then().statusCode(400);
        admin().accept("text/html").get(path + "&asOf=" + YEAR + "-02-30").then().statusCode(400);
    }

    @Test
    void theProgressReportShowsEachSwgsRecommendations() {
        today(PROGRESS_YEAR + "-03-12");
        String sub = Fixtures.swg();
        long rtim = RtpMeetings.rtim("RTIM " + PROGRESS_YEAR, LocalDate.of(PROGRESS_YEAR, 3, 10), "health", sub);
        long item = RtpMeetings.agendaItem(rtim, "Review of the sectors", null);
        long rec = recommendation(rtim, item, "Publish the health financing plan", "ເຜີຍແຜ່ແຜນການເງິນ ດ້ານສາທາລະນະສຸກ",
                List.of("health"), PROGRESS_YEAR + "-09-30");
        RtpMeetings.held(rtim);
        RtpMeetings.publishMinutes(rtim, LocalDate.of(PROGRESS_YEAR, 3, 15));
        today(PROGRESS_YEAR + "-03-20");
        respond(rec, answer("health", "NOT_ACCEPTED", MANDATE, null));
        String path = "/reports/progress?year=" + PROGRESS_YEAR + "&asOf=";
        String meeting = " (RTIM " + PROGRESS_YEAR + ", " + PROGRESS_YEAR + "-03-10) " + PROGRESS_YEAR + "-09-30 ";

        Document before = page(admin(), path + PROGRESS_YEAR + "-03-19", "en");
        Element health = before.getElementById("swg-health");
        assertTrue(health.select("h3").eachText().contains("Recommendations of RTP meetings"));
        assertEquals(List.of("Publish the health financing plan" + meeting + "Open No response yet"),
                health.select("table.recommendations tbody tr").eachText());
        assertEquals(List.of(String.valueOf(rec)), health.select("table.recommendations tr[data-recommendation]")
                .eachAttr("data-recommendation"));
        for (Element section : before.select("section.swg:not(#swg-health)")) {
            assertEquals("No recommendation addressed to the group",
                    section.selectFirst("table.recommendations tbody").text(), section.id());
        }
        Document after = page(admin(), path + PROGRESS_YEAR + "-03-20", "en");
        assertEquals(List.of("Publish the health financing plan" + meeting + "Not accepted Not accepted · "
                + PROGRESS_YEAR + "-03-20: " + MANDATE), after.getElementById("swg-health")
                .select("table.recommendations tbody tr").eachText());
        assertEquals(List.of("NOT_ACCEPTED"), after.getElementById("swg-health")
                .select("table.recommendations tbody tr").eachAttr("data-status"));
        Document lao = page(admin(), path + PROGRESS_YEAR + "-03-20&lang=lo", "lo");
        assertEquals(List.of("ເຜີຍແຜ່ແຜນການເງິນ ດ້ານສາທາລະນະສຸກ" + meeting + "ບໍ່ຮັບເອົາ ບໍ່ຮັບເອົາ · "
                + PROGRESS_YEAR + "-03-20: " + MANDATE), lao.getElementById("swg-health")
                .select("table.recommendations tbody tr").eachText());

        // An SWG's own user sees its SWGs' recommendations, and is told the others' are not shown.
        Document chair = page(Api.as(Api.user("SWG_CHAIR", "health")), path + PROGRESS_YEAR + "-03-20", "en");
        assertEquals(1, chair.getElementById("swg-health").select("table.recommendations tbody tr").size());
        Document secretariat = page(Api.as(Api.user("SWG_SECRETARIAT", sub)), path + PROGRESS_YEAR + "-03-20", "en");
        Element hidden = secretariat.getElementById("swg-health");
        assertTrue(hidden.select("table.recommendations").isEmpty());
        assertEquals("Not shown: your account sees the recommendations to its own groups only",
                hidden.selectFirst("p.recommendations.not-shown").text());
    }
}
