package la.rtp.tracker.compliance;

import static la.rtp.tracker.compliance.ReportAssertions.CSS;
import static la.rtp.tracker.compliance.ReportAssertions.SYMBOL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import la.rtp.tracker.common.Problems;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** One SWG's page: every rule with its status, detail and evidence, and its figures. */
@QuarkusTest
class ComplianceHtmlSwgTest {

    @Inject
    ComplianceHtml html;

    @Test
    void everySwgInBothLanguages() {
        for (ComplianceReport.SwgEntry swg : ReportFixtures.report().swgs()) {
            check(swg.code(), Locale.ENGLISH, "en");
            check(swg.code(), ComplianceMessages.LAO, "lo");
        }
    }

    @Test
    void englishHeaderAndFigures() {
        Document doc = check("health", Locale.ENGLISH, "en");
        assertEquals("Health: compliance with the RTP Guideline 2025", doc.title());
        assertEquals("← All SWGs", doc.selectFirst("nav a").text());
        assertEquals("/reports/compliance?year=2025&asOf=2025-07-15&lang=en",
                doc.selectFirst("nav a").attr("href"));
        assertEquals(List.of("Government budget 10,000 8,000 80.0%", "ODA grant 32,501 12,000 36.9%",
                "Total 42,501 20,000 47.1%"), doc.select("table.figures.budget tbody tr").eachText());
        assertEquals(List.of("1", "1", "0", "0", "5", "2", "40.0%"),
                doc.select("table.figures.meetings tr[data-swg=health] td").eachText().subList(0, 7));
    }

    @Test
    void laoPageSpeaksLao() {
        Document doc = check("health", ComplianceMessages.LAO, "lo");
        assertEquals("ສາທາລະນະສຸກ: ການປະຕິບັດຕາມຄູ່ມືຂະບວນການກອງປະຊຸມໂຕະມົນ 2025", doc.title());
        assertEquals(List.of("ມາດຕະຖານ", "ສະຖານະ", "ລາຍລະອຽດ", "ຫຼັກຖານ"),
                doc.select("table.rules thead th").eachText());
        assertEquals("ງົບປະມານລັດ", doc.selectFirst("table.figures.budget tbody td").text());
    }

    @Test
    void hostileTextsStayText() {
        Document doc = check("hostile", Locale.ENGLISH, "en");
        assertEquals(ReportFixtures.HOSTILE_NAME + ": compliance with the RTP Guideline 2025", doc.title());
        Element rtp4 = doc.selectFirst("table.rules tr[data-rule=RTP-4] td.detail");
        assertTrue(rtp4.wholeText().endsWith(ReportFixtures.HOSTILE_TITLE), rtp4.wholeText());
        Element rtp1 = doc.selectFirst("table.rules tr[data-rule=RTP-1] td.evidence");
        assertEquals(ReportFixtures.HOSTILE_EVIDENCE, rtp1.select("li").last().text());
        assertTrue(rtp1.select("li").last().select("a").isEmpty(), "not a link");
    }

    @Test
    void unknownSwgIsNotFound() {
        assertThrows(Problems.NotFound.class,
                () -> html.swg(ReportFixtures.report(), "nowhere", Locale.ENGLISH));
    }

    private Document check(String code, Locale locale, String lang) {
        ComplianceReport report = ReportFixtures.report();
        ComplianceReport.SwgEntry swg = report.swgs().stream().filter(s -> s.code().equals(code))
                .findFirst().orElseThrow();
        Document doc = ReportAssertions.parse(html.swg(report, code, locale), lang, "portrait",
                "report-" + code + "-" + lang + ".html");
        Map<Status, String> labels = ReportAssertions.labels(locale);
        Elements rows = doc.select("table.rules tbody tr");
        assertEquals(swg.rules().size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ComplianceReport.RuleResult rule = swg.rules().get(i);
            Element row = rows.get(i);
            String where = code + " " + rule.rule();
            assertEquals(rule.rule(), row.attr("data-rule"));
            assertEquals(rule.rule() + " " + ComplianceMessages.ruleName(rule.rule(), locale),
                    row.selectFirst("th").text(), where);
            Element status = row.selectFirst("td.status");
            assertTrue(status.hasClass(CSS.get(rule.status())), where);
            assertEquals(SYMBOL.get(rule.status()) + " " + labels.get(rule.status()), status.text(), where);
            assertEquals(ComplianceMessages.format(rule.message(), locale),
                    row.selectFirst("td.detail").wholeText(), where);
            List<String> expected = rule.evidence().isEmpty()
                    ? List.of(lang.equals("lo") ? "ບໍ່ມີ" : "None") : rule.evidence();
            assertEquals(expected, row.select("td.evidence li").eachText(), where);
            assertEquals(rule.evidence().stream().filter(e -> e.startsWith("/api/v1/")).toList(),
                    row.select("td.evidence a").eachAttr("href"), where);
        }
        assertEquals(Arrays.stream(Status.values()).map(s -> String.valueOf(swg.count(s))).toList(),
                doc.select("ul.counts li .n").eachText());
        return doc;
    }
}
