package la.rtp.tracker.compliance;

import static la.rtp.tracker.compliance.ReportAssertions.CSS;
import static la.rtp.tracker.compliance.ReportAssertions.SYMBOL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** The secretariat's matrix, checked cell by cell against the report, in both languages. */
@QuarkusTest
class ComplianceHtmlMatrixTest {

    private static final List<String> RULES = List.of("RTP-1", "RTP-2", "RTP-3", "RTP-4", "RTP-5",
            "RTP-6", "RTP-7", "RTP-8", "RTP-9", "RTP-10", "RTP-11");

    @Inject
    ComplianceHtml html;

    @Test
    void fixtureReachesEveryStatus() {
        Set<Status> seen = ReportFixtures.report().swgs().stream().flatMap(s -> s.rules().stream())
                .map(ComplianceReport.RuleResult::status).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(Status.class), seen);
    }

    @Test
    void englishMatrix() {
        Document doc = matrix(Locale.ENGLISH, "en");
        assertEquals("SWG compliance with the RTP Guideline 2025", doc.title());
        assertEquals("SWG compliance with the RTP Guideline", doc.selectFirst("h1").text());
        assertEquals(List.of("Plan year 2025 · As of 15 July 2025",
                "RTP secretariat: " + ReportFixtures.SECRETARIAT), doc.select("header p.meta").eachText());
        assertEquals("2025-07-15", doc.selectFirst("header time").attr("datetime"));
        assertEquals(ReportFixtures.HOSTILE_NAME, doc.selectFirst("tr[data-swg=hostile] th a").text());
    }

    @Test
    void laoMatrix() {
        Document doc = matrix(ComplianceMessages.LAO, "lo");
        assertEquals("ການປະຕິບັດຕາມຄູ່ມືຂະບວນການກອງປະຊຸມໂຕະມົນ ຂອງໜ່ວຍງານຂະແໜງການ 2025", doc.title());
        assertTrue(doc.selectFirst("header p.meta").text().startsWith("ປີແຜນ 2025 · ນັບຮອດວັນທີ 15 "),
                doc.selectFirst("header p.meta").text());
        assertEquals("ໜ່ວຍງານຂະແໜງການ", doc.selectFirst("table.matrix thead th").text());
        // An SWG without a Lao name keeps its English one.
        assertEquals(ReportFixtures.HOSTILE_NAME, doc.selectFirst("tr[data-swg=hostile] th a").text());
    }

    @Test
    void anyOtherLanguageGetsEnglish() {
        String french = html.matrix(ReportFixtures.report(), Locale.FRENCH);
        assertEquals(html.matrix(ReportFixtures.report(), Locale.ENGLISH), french);
    }

    @Test
    void figuresOfTheMatrix() {
        Document doc = matrix(Locale.ENGLISH, "en");
        assertEquals(List.of("Q1", "Q2", "Q3", "Q4"),
                doc.select("table.figures.meetings thead tr:eq(1) th").eachText());
        assertEquals(List.of("1", "1", "0", "0", "5", "2", "40.0%",
                "Government: 1 NGO: 2 Provincial authority: 1 Not recorded: 1", "1", "0"),
                doc.select("table.figures.meetings tr[data-swg=health] td").eachText());
        assertEquals(List.of("1", "0", "0", "0", "1", "0", "0.0%", "Government: 1", "1", "1"),
                doc.select("table.figures.meetings tr[data-swg=education] td").eachText());
        assertEquals(List.of("0", "0", "0", "0", "0", "0", "–", "–", "0", "0"),
                doc.select("table.figures.meetings tr[data-swg=hostile] td").eachText());
        assertEquals(List.of("Health Government budget 10,000 8,000 80.0%",
                "Health ODA grant 32,501 12,000 36.9%", "Health Total 42,501 20,000 47.1%"),
                doc.select("table.figures.budget tr[data-swg=health]").eachText());
        assertEquals(List.of("Education No workplan budget"),
                doc.select("table.figures.budget tr[data-swg=education]").eachText());
    }

    private Document matrix(Locale locale, String lang) {
        ComplianceReport report = ReportFixtures.report();
        Document doc = ReportAssertions.parse(html.matrix(report, locale), lang, "landscape",
                "report-" + lang + ".html");
        Map<Status, String> labels = ReportAssertions.labels(locale);
        assertEquals(RULES, doc.select("table.matrix thead th.rule").eachAttr("data-rule"));
        assertEquals(RULES.stream().map(id -> ComplianceMessages.ruleName(id, locale)).toList(),
                doc.select("table.matrix thead th.rule .rule-name").eachText());
        Elements rows = doc.select("table.matrix tbody tr");
        assertEquals(report.swgs().size(), rows.size());
        assertEquals(report.swgs().size() * RULES.size(), doc.select("table.matrix tbody td.cell").size());
        for (int i = 0; i < rows.size(); i++) {
            ComplianceReport.SwgEntry swg = report.swgs().get(i);
            Element row = rows.get(i);
            assertEquals(swg.code(), row.attr("data-swg"));
            assertEquals("/reports/compliance/" + swg.code() + "?year=2025&asOf=2025-07-15&lang=" + lang,
                    row.selectFirst("th a").attr("href"));
            boolean lao = lang.equals("lo") && !swg.nameLo().isBlank();
            assertEquals(lao ? swg.nameLo() : swg.name(), row.selectFirst("th a").text());
            Elements cells = row.select("td.cell");
            assertEquals(RULES.size(), cells.size());
            for (int j = 0; j < cells.size(); j++) {
                ComplianceReport.RuleResult rule = swg.rules().get(j);
                Element cell = cells.get(j);
                String where = swg.code() + " " + rule.rule();
                assertEquals(rule.rule(), cell.attr("data-rule"), where);
                assertTrue(cell.hasClass(CSS.get(rule.status())), where);
                assertEquals(SYMBOL.get(rule.status()), cell.selectFirst(".sym").text(), where);
                assertEquals(labels.get(rule.status()), cell.selectFirst(".label").text(), where);
                assertEquals(ComplianceMessages.format(rule.message(), locale), cell.attr("title"), where);
            }
            assertEquals(Arrays.stream(Status.values()).map(s -> String.valueOf(swg.count(s))).toList(),
                    row.select("td.count").eachText(), swg.code());
        }
        for (Status status : Status.values()) {
            List<String> expected = RULES.stream().map(id -> String.valueOf(report.swgs().stream()
                    .filter(s -> s.rules().stream().anyMatch(r -> r.rule().equals(id) && r.status() == status))
                    .count())).toList();
            Element total = doc.selectFirst("table.matrix tfoot tr.total." + CSS.get(status));
            assertEquals(expected, total.select("td.num").eachText(), status.name());
            assertEquals(SYMBOL.get(status) + " " + labels.get(status), total.selectFirst("th").text());
        }
        return doc;
    }
}
