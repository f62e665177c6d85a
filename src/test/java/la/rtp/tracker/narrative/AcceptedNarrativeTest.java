package la.rtp.tracker.narrative;

import static la.rtp.tracker.narrative.NarrativeFixtures.english;
import static la.rtp.tracker.narrative.NarrativeFixtures.path;
import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Fixtures.swg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import la.rtp.tracker.support.PinnedClock;
import la.rtp.tracker.support.TestClock;
import org.hibernate.SessionFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The text accepted as of a date, after a return and a re-acceptance; the consolidated report's
 * narrative sections in both languages; and its statements, the same whatever the number of SWGs
 * with a narrative.
 */
@QuarkusTest
@PinnedClock
class AcceptedNarrativeTest {

    @Inject
    TestClock clock;

    @Inject
    NarrativeService narratives;

    @Inject
    SessionFactory sessionFactory;

    private static void move(String code, int year, String action, Map<String, Object> body) {
        admin().body(body).post(path(code, year) + "/" + action).then().statusCode(200);
    }

    /** Drafted, submitted on {@code submittedOn} and accepted on {@code acceptedOn} by the RTP secretariat. */
    private static void accepted(String code, int year, Map<String, Object> texts, String submittedOn,
            String acceptedOn) {
        admin().body(texts).put(path(code, year)).then().statusCode(201);
        move(code, year, "submit", Map.of("submittedOn", submittedOn));
        move(code, year, "accept", Map.of("acceptedOn", acceptedOn));
    }

    @Test
    void theAcceptedTextAsOfADateSurvivesAReturnAndAReacceptance() {
        clock.pin(Instant.parse("2025-03-01T03:00:00Z"));
        String code = swg();
        accepted(code, 2024, english("First", null), "2025-01-20", "2025-02-01");
        move(code, 2024, "return", Map.of("reason", "Update the figures", "returnedOn", "2025-02-10"));
        long version = admin().get(path(code, 2024)).then().extract().jsonPath().getLong("version");
        admin().body(english("Second", version)).put(path(code, 2024)).then().statusCode(200);
        move(code, 2024, "submit", Map.of("submittedOn", "2025-02-12"));
        move(code, 2024, "accept", Map.of("acceptedOn", "2025-02-20"));

        assertFalse(narratives.acceptedAsOf(2024, LocalDate.of(2025, 1, 31)).containsKey(code));
        assertEquals("First achievements",
                narratives.acceptedAsOf(2024, LocalDate.of(2025, 2, 1)).get(code).achievementsEn());
        // returned, then resubmitted: the text accepted before stays in force until the next acceptance
        AcceptedNarrative meanwhile = narratives.acceptedAsOf(2024, LocalDate.of(2025, 2, 15)).get(code);
        assertEquals("First challenges", meanwhile.challengesEn());
        assertEquals(LocalDate.of(2025, 2, 1), meanwhile.acceptedOn());
        AcceptedNarrative now = narratives.acceptedAsOf(2024, LocalDate.of(2025, 2, 20)).get(code);
        assertEquals("Second challenges", now.challengesEn());
        assertNull(now.challengesLo());
        assertFalse(narratives.acceptedAsOf(2023, LocalDate.of(2025, 2, 20)).containsKey(code));
        admin().get(path(code, 2024)).then().statusCode(200)
                .body("acceptances.acceptedOn", org.hamcrest.Matchers.contains("2025-02-01", "2025-02-20"))
                .body("history.to", org.hamcrest.Matchers.contains("DRAFT", "SUBMITTED", "ACCEPTED", "RETURNED",
                        "SUBMITTED", "ACCEPTED"));
    }

    @Test
    void theConsolidatedReportShowsTheAcceptedNarrativeInTheReportLanguage() {
        int year = 2176;
        clock.pin(Instant.parse("2177-01-10T03:00:00Z"));
        Map<String, Object> texts = new HashMap<>(english("Health", null));
        texts.remove("achievementsEn");
        texts.put("achievementsLo", "ຜົນສຳເລັດ ສາທາລະນະສຸກ");
        texts.put("challengesLo", "ສິ່ງທ້າທາຍ");
        texts.remove("nextPrioritiesEn");
        accepted("health", year, texts, "2176-11-20", "2176-12-01");
        // submitted, not accepted: not in the report
        admin().body(english("Education", null)).put(path("education", year)).then().statusCode(201);
        move("education", year, "submit", Map.of());

        Document en = Jsoup.parse(admin().accept("text/html").get("/reports/progress?year=" + year
                + "&asOf=2176-12-31&lang=en").then().statusCode(200).extract().asString());
        Element health = en.selectFirst("section#swg-health div.narrative");
        assertEquals("2176-12-01", health.attr("data-accepted-on"));
        assertEquals(List.of("sectorOverview", "achievements", "challenges", "nsedpContribution"),
                health.select("p.narrative-section").eachAttr("data-section"));
        assertEquals("Health sectorOverview", health.selectFirst("p[data-section=sectorOverview]").text());
        assertEquals("ຜົນສຳເລັດ ສາທາລະນະສຸກ (only in Lao)", health.selectFirst("p[data-section=achievements]").text());
        assertEquals("Health challenges", health.selectFirst("p[data-section=challenges]").text());
        assertEquals("No accepted narrative", en.selectFirst("section#swg-education p.narrative.missing").text());

        Document lo = Jsoup.parse(admin().accept("text/html").get("/reports/progress?year=" + year
                + "&asOf=2176-12-31&lang=lo").then().statusCode(200).extract().asString());
        Element laoHealth = lo.selectFirst("section#swg-health div.narrative");
        assertEquals("ສິ່ງທ້າທາຍ", laoHealth.selectFirst("p[data-section=challenges]").text());
        assertEquals("Health sectorOverview (ມີແຕ່ພາສາອັງກິດ)",
                laoHealth.selectFirst("p[data-section=sectorOverview]").text());
        // the Word document carries the same text
        byte[] docx = admin().accept("*/*").get("/reports/progress.docx?year=" + year + "&asOf=2176-12-31&lang=lo").then()
                .statusCode(200).extract().asByteArray();
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
                var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
            String all = text.getText();
            org.junit.jupiter.api.Assertions.assertTrue(all.contains("ສິ່ງທ້າທາຍ")
                    && all.contains("Health sectorOverview (ມີແຕ່ພາສາອັງກິດ)"), all);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // before the acceptance: none
        Document before = Jsoup.parse(admin().accept("text/html").get("/reports/progress?year=" + year
                + "&asOf=2176-11-30&lang=en").then().statusCode(200).extract().asString());
        assertEquals("No accepted narrative", before.selectFirst("section#swg-health p.narrative.missing").text());
    }

    @Test
    void theConsolidatedReportCostsTheSameStatementsWhateverTheNumberOfNarratives() {
        int year = 2177;
        clock.pin(Instant.parse("2178-01-10T03:00:00Z"));
        String report = "/reports/progress?year=" + year + "&asOf=2177-12-31";
        accepted("health", year, english("Health", null), "2177-11-20", "2177-12-01");
        long one = statements(report);
        for (String code : List.of("education", "governance", "macroeconomics", "infrastructure")) {
            accepted(code, year, english(code, null), "2177-11-20", "2177-12-01");
        }
        assertEquals(one, statements(report), "GET /reports/progress statements");
    }

    private long statements(String path) {
        admin().accept("text/html").get(path).then().statusCode(200);
        sessionFactory.getStatistics().clear();
        admin().accept("text/html").get(path).then().statusCode(200);
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }
}
