package la.rtp.tracker.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The consolidated progress report for the RTIM, section by section. */
@QuarkusTest
class ProgressHtmlTest {

    @Inject
    ComplianceHtml html;

    private static final LocalDate RTIM = LocalDate.of(2025, 3, 10);

    /** health: one of each kind of answer (the reason hostile); education none; hostile not shown to the reader. */
    static Map<String, List<ProgressReport.Recommendation>> recommendations() {
        Map<String, List<ProgressReport.Recommendation>> out = new HashMap<>();
        out.put("health", List.of(
                new ProgressReport.Recommendation(31, "RTIM 2025", RTIM, "Publish the financing plan",
                        "ເຜີຍແຜ່ແຜນການເງິນ", LocalDate.of(2025, 9, 30), "DONE", "ACCEPTED", null,
                        LocalDate.of(2025, 3, 20)),
                new ProgressReport.Recommendation(32, "RTIM 2025", RTIM, "Report by quarter", null, null,
                        "NOT_ACCEPTED", "NOT_ACCEPTED", ReportFixtures.HOSTILE_NAME, LocalDate.of(2025, 3, 25)),
                new ProgressReport.Recommendation(33, "RTIM 2025", RTIM, "Hold a joint review", "", null, "OPEN",
                        null, null, null)));
        out.put("hostile", null);
        return out;
    }

    @Test
    void englishReport() {
        Document doc = render(Locale.ENGLISH, "en");
        assertEquals("Consolidated progress report of the Sector Working Groups 2025", doc.title());
        assertEquals(List.of("Health", "Education", ReportFixtures.HOSTILE_NAME), doc.select("nav li").eachText());
        Element word = doc.selectFirst("p.download a");
        assertEquals("Download Word", word.text());
        assertEquals("/reports/progress.docx?year=2025&asOf=" + ReportFixtures.AS_OF + "&lang=en", word.attr("href"));
        Element health = doc.selectFirst("section#swg-health");
        assertEquals("Health health", health.selectFirst("h2").text());
        assertEquals(List.of("Lead ministry Ministry of Health",
                "Chair (Government) Ministry of Health — Dr. Bounmy (since 2025-01-01)",
                "Co-chairs (development partners) WHO (since 2025-01-01) Embassy of Japan — Ms. Sato"),
                health.select("table.leaders tr").eachText());
        assertEquals("Sector-wide dialogue on health financing", health.selectFirst("p.mandate").text());
        assertEquals("Endorsed · Submitted on: 2025-01-20 · Endorsed on: 2025-03-01",
                health.selectFirst("p.workplan").text());
        assertEquals(List.of("Survey 1, 3 1, 2 Lao Statistics Bureau 12,500 4,000 On track (Q2) Field work done",
                "Training – 3 – 30,001 – –"), health.select("table.activities tbody tr").eachText());
        assertEquals(List.of("Government budget 10,000 8,000 80.0%", "ODA grant 32,501 12,000 36.9%",
                "Total 42,501 20,000 47.1%"), health.select("table.figures.budget tbody tr").eachText());
        assertEquals(List.of("2025-02-25 Q1 meeting Regular Held 3 2 66.7% Yes",
                "2025-05-10 Q2 meeting Regular Held 2 0 0.0% No"),
                health.select("table.meetings tbody tr").eachText());
        assertEquals(List.of("Draft costing note WHO 2025-06-30 Open · ⚠ Overdue",
                "Share data – 2025-12-01 In progress"), health.select("table.actions tbody tr").eachText());
        assertTrue(health.selectFirst("table.actions tbody tr").hasClass("overdue"));
        assertEquals(List.of("No rule is non-compliant"), health.select("ul.non-compliant-rules li").eachText());
        assertEquals(List.of("Publish the financing plan (RTIM 2025, 2025-03-10) 2025-09-30 Done Accepted · 2025-03-20",
                "Report by quarter (RTIM 2025, 2025-03-10) – Not accepted Not accepted · 2025-03-25: "
                        + ReportFixtures.HOSTILE_NAME,
                "Hold a joint review (RTIM 2025, 2025-03-10) – Open No response yet"),
                health.select("table.recommendations tbody tr").eachText());
        assertEquals(List.of("DONE", "NOT_ACCEPTED", "OPEN"),
                health.select("table.recommendations tbody tr").eachAttr("data-status"));

        Element education = doc.selectFirst("section#swg-education");
        assertEquals(List.of("Lead ministry –", "Chair (Government) None",
                "Co-chairs (development partners) None"), education.select("table.leaders tr").eachText());
        assertEquals("No workplan for 2025", education.selectFirst("p.workplan").text());
        assertEquals("No workplan budget", education.selectFirst("table.figures.budget tbody tr").text());
        assertEquals("No meeting in the plan year", education.selectFirst("table.meetings tbody").text());
        assertEquals("No open action item", education.selectFirst("table.actions tbody").text());
        assertEquals("No recommendation addressed to the group",
                education.selectFirst("table.recommendations tbody").text());

        Element hostile = doc.selectFirst("section#swg-hostile");
        assertEquals(ReportFixtures.HOSTILE_TITLE, hostile.selectFirst("p.mandate").wholeText());
        assertEquals("Lead ministry " + ReportFixtures.HOSTILE_NAME, hostile.selectFirst("table.leaders tr").text());
        assertTrue(hostile.select("table.recommendations").isEmpty());
        assertEquals("Not shown: your account sees the recommendations to its own groups only",
                hostile.selectFirst("p.recommendations.not-shown").text());
    }

    @Test
    void laoReport() {
        Document doc = render(ComplianceMessages.LAO, "lo");
        assertEquals("ບົດລາຍງານຄວາມຄືບໜ້າລວມ ຂອງໜ່ວຍງານຂະແໜງການ 2025", doc.title());
        assertEquals(List.of("ສາທາລະນະສຸກ", "ສຶກສາ", ReportFixtures.HOSTILE_NAME), doc.select("nav li").eachText());
        assertTrue(doc.selectFirst("p.download a").attr("href").endsWith("&lang=lo"));
        Element health = doc.selectFirst("section#swg-health");
        assertEquals("ຮັບຮອງແລ້ວ · ວັນທີສົ່ງ: 2025-01-20 · ວັນທີຮັບຮອງ: 2025-03-01",
                health.selectFirst("p.workplan").text());
        assertEquals("ປົກກະຕິ", health.select("table.meetings tbody tr td").get(2).text());
        assertEquals("ບໍ່ມີແຜນວຽກປີ 2025", doc.selectFirst("section#swg-education p.workplan").text());
        assertEquals(List.of("ເຜີຍແຜ່ແຜນການເງິນ (RTIM 2025, 2025-03-10) 2025-09-30 ສຳເລັດ ຮັບເອົາ · 2025-03-20",
                "Report by quarter (RTIM 2025, 2025-03-10) – ບໍ່ຮັບເອົາ ບໍ່ຮັບເອົາ · 2025-03-25: "
                        + ReportFixtures.HOSTILE_NAME,
                "Hold a joint review (RTIM 2025, 2025-03-10) – ເປີດ ຍັງບໍ່ທັນໄດ້ຕອບ"),
                health.select("table.recommendations tbody tr").eachText());
        assertEquals("ບໍ່ມີຂໍ້ສະເໜີ ທີ່ສົ່ງເຖິງໜ່ວຍງານນີ້",
                doc.selectFirst("section#swg-education table.recommendations tbody").text());
    }

    /** Each section's compliance summary: counts by status and the non-compliant rules' details. */
    private Document render(Locale locale, String lang) {
        ProgressReport report = ReportFixtures.progress().withRecommendations(recommendations());
        Document doc = ReportAssertions.parse(html.progress(report, locale), lang, "portrait",
                "report-progress-" + lang + ".html");
        assertEquals(report.swgs().stream().map(ProgressReport.SwgProgress::code).toList(),
                doc.select("section.swg").eachAttr("data-swg"));
        for (ProgressReport.SwgProgress swg : report.swgs()) {
            Element section = doc.selectFirst("section#swg-" + swg.code());
            ComplianceReport.SwgEntry compliance = swg.compliance();
            assertEquals(Arrays.stream(Status.values()).map(s -> String.valueOf(compliance.count(s))).toList(),
                    section.select("ul.counts li .n").eachText(), swg.code());
            List<ComplianceReport.RuleResult> failed = compliance.rules().stream()
                    .filter(r -> r.status() == Status.NON_COMPLIANT).toList();
            if (!failed.isEmpty()) {
                assertEquals(failed.stream().map(r -> r.rule() + " " + ComplianceMessages.ruleName(r.rule(), locale)
                        + ": " + ComplianceMessages.format(r.message(), locale)).toList(),
                        section.select("ul.non-compliant-rules li").stream().map(Element::wholeText).toList(),
                        swg.code());
            }
        }
        return doc;
    }
}
