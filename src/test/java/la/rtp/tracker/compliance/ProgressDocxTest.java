package la.rtp.tracker.compliance;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Api.anonymous;
import static la.rtp.tracker.support.Api.as;
import static la.rtp.tracker.support.Api.partner;
import static la.rtp.tracker.support.Api.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import la.rtp.tracker.compliance.docx.ProgressDocx;
import la.rtp.tracker.support.Api;
import la.rtp.tracker.support.PinnedClock;
import la.rtp.tracker.support.TestClock;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * {@code GET /reports/progress.docx}: who may download it, its name and type, and what Word
 * will find in it (headings in the document's heading styles, an SWG's figures, Lao words and
 * font), read back with POI; its cost in SQL statements is the HTML report's.
 */
@QuarkusTest
@PinnedClock
class ProgressDocxTest {

    static final int YEAR = 2043;
    static final String AS_OF = YEAR + "-12-20";
    static final String PATH = "/reports/progress.docx?year=" + YEAR + "&asOf=" + AS_OF;

    private static String meeting;

    @Inject
    TestClock clock;

    @Inject
    SessionFactory sessionFactory;

    @BeforeEach
    void buildTheYearOnce() {
        clock.pin(OffsetDateTime.parse(YEAR + "-12-20T10:00:00+07:00").toInstant());
        if (meeting == null) {
            meeting = DocxScenario.build(YEAR);
        }
    }

    static XWPFDocument open(byte[] bytes) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new AssertionError("the document does not open", e);
        }
    }

    @Test
    void englishDocumentWithHeadingsTablesAndTheMatrix() throws IOException {
        var response = admin().accept(ProgressDocx.MEDIA_TYPE).get(PATH + "&lang=en").then().statusCode(200)
                .extract();
        assertEquals(ProgressDocx.MEDIA_TYPE, response.contentType());
        // like the HTML reports, never kept by a browser or a proxy: it holds what this reader may see
        assertTrue(response.header("Cache-Control").contains("no-store"), response.header("Cache-Control"));
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
        assertEquals("attachment; filename=\"rtim-progress-report-" + YEAR + "-en.docx\"",
                response.header("Content-Disposition"));
        try (XWPFDocument doc = open(response.asByteArray())) {
            assertEquals(List.of("Consolidated progress report of the Sector Working Groups " + YEAR),
                    DocxScenario.headings(doc, 1));
            String name = (String) DocxScenario.swg().get("name");
            List<String> swgs = DocxScenario.headings(doc, 2);
            assertTrue(swgs.contains(name + " (" + DocxScenario.SWG + ")"), swgs.toString());
            assertEquals("SWG compliance with the RTP Guideline " + YEAR, swgs.get(swgs.size() - 1));
            List<String> sections = DocxScenario.headings(doc, 3);
            for (String h : List.of("Chair and co-chairs", "Key mandate", "Workplan " + YEAR, "Meetings",
                    "Open action items", "Recommendations of RTP meetings", "Compliance with the RTP Guideline",
                    "Figures")) {
                assertTrue(sections.contains(h), h + " in " + sections);
            }
            // Word's and LibreOffice's outline read the styles' names and outline levels
            assertEquals("heading 1", doc.getStyles().getStyle("Heading1").getName());
            assertEquals(2, doc.getStyles().getStyle("Heading3").getCTStyle().getPPr().getOutlineLvl().getVal()
                    .intValue());

            List<List<String>> rows = DocxScenario.rowsUnder(doc, name);
            assertTrue(rows.contains(List.of(YEAR + "-02-10", meeting, "Regular", "Held", "3", "1", "33.3%", "No")),
                    rows.toString());
            assertTrue(rows.stream().anyMatch(r -> r.equals(List.of("Total", "10,000", "2,500", "25.0%"))),
                    rows.toString());
            assertTrue(rows.stream().anyMatch(r -> r.size() == 4 && r.get(3).equals("Open")), rows.toString());

            XWPFTable first = doc.getTables().get(1);
            assertTrue(first.getRow(0).isRepeatHeader(), "header row repeated on each page");
            var body = doc.getDocument().getBody().getSectPr();
            assertEquals(STPageOrientation.LANDSCAPE, body.getPgSz().getOrient(), "the matrix is on landscape pages");
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr()
                    .isSetSectPr() && p.getCTP().getPPr().getSectPr().getPgSz().getOrient() == STPageOrientation.PORTRAIT),
                    "the SWG sections are on portrait pages");
            assertTrue(doc.getFooterList().get(0)._getHdrFtr().xmlText().contains("PAGE"), "page numbers in the footer");
        }
    }

    @Test
    void laoDocumentHasLaoHeadingsFontAndLanguage() throws IOException {
        var response = admin().accept(ProgressDocx.MEDIA_TYPE).get(PATH + "&lang=lo").then().statusCode(200).extract();
        assertEquals("attachment; filename=\"rtim-progress-report-" + YEAR + "-lo.docx\"",
                response.header("Content-Disposition"));
        try (XWPFDocument doc = open(response.asByteArray())) {
            assertEquals(List.of("ບົດລາຍງານຄວາມຄືບໜ້າລວມ ຂອງໜ່ວຍງານຂະແໜງການ " + YEAR), DocxScenario.headings(doc, 1));
            List<String> sections = DocxScenario.headings(doc, 3);
            assertTrue(sections.containsAll(List.of("ປະທານ ແລະ ປະທານຮ່ວມ", "ກອງປະຊຸມ", "ຕົວເລກ")), sections.toString());
            String styles = doc.getStyles().getCtStyles() == null ? "" : doc.getStyles().getCtStyles().xmlText();
            assertTrue(styles.contains("w:cs=\"Phetsarath OT\""), "Lao font in the complex-script slot");
            assertTrue(styles.contains("w:val=\"lo-LA\""), "document language Lao");
            XWPFRun title = doc.getParagraphs().get(0).getRuns().get(0);
            assertEquals("Phetsarath OT", title.getCTR().getRPr().getRFontsArray(0).getAscii(), "Lao runs in the Lao font");
            String name = (String) DocxScenario.swg().get("nameLo");
            List<List<String>> rows = DocxScenario.rowsUnder(doc, name);
            assertTrue(rows.contains(List.of(YEAR + "-02-10", meeting, "ປົກກະຕິ", "ຈັດແລ້ວ", "3", "1", "33.3%", "ບໍ່")),
                    rows.toString());
        }
    }

    @Test
    void sameReadersAsTheHtmlReport() {
        String token = (String) Api.partnerToken().get("token");
        partner(token).accept(ProgressDocx.MEDIA_TYPE).get(PATH).then().statusCode(403);
        anonymous().accept(ProgressDocx.MEDIA_TYPE).get(PATH).then().statusCode(401);
        as(user("VIEWER")).accept(ProgressDocx.MEDIA_TYPE).get(PATH).then().statusCode(200);
        as(user("SWG_CHAIR", DocxScenario.SWG)).accept(ProgressDocx.MEDIA_TYPE).get(PATH + "&lang=lo").then()
                .statusCode(200);
        // what a browser sends when the report page's link is followed
        as(user("SWG_SECRETARIAT", DocxScenario.SWG)).accept("text/html,application/xhtml+xml,*/*;q=0.8")
                .get(PATH).then().statusCode(200).contentType(ProgressDocx.MEDIA_TYPE);
        admin().accept(ProgressDocx.MEDIA_TYPE).get(PATH + "&lang=fr").then().statusCode(400);
        admin().accept(ProgressDocx.MEDIA_TYPE).get("/reports/progress.docx?year=1999").then().statusCode(400);
    }

    /** The Word document reads exactly what the HTML report reads, and no more with more data. */
    @Test
    void sameStatementsAsTheHtmlReport() {
        String html = "/reports/progress?year=" + YEAR + "&asOf=" + AS_OF;
        long htmlFew = statements(html);
        long docxFew = statements(PATH);
        assertEquals(htmlFew, docxFew, "DOCX vs HTML statements");
        DocxScenario.more(YEAR, YEAR + "-05-12");
        DocxScenario.more(YEAR, YEAR + "-08-12");
        assertEquals(docxFew, statements(PATH), "DOCX statements with more meetings and actions");
        assertEquals(htmlFew, statements(html), "HTML statements with more meetings and actions");
    }

    private long statements(String path) {
        // once unmeasured, so that the account and the compliance report are known
        String accept = path.contains(".docx") ? ProgressDocx.MEDIA_TYPE : "text/html";
        admin().accept(accept).get(path).then().statusCode(200);
        sessionFactory.getStatistics().clear();
        admin().accept(accept).get(path).then().statusCode(200);
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }
}
