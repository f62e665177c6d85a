package la.rtp.tracker.compliance.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import la.rtp.tracker.compliance.docx.DocxTable.Cell;
import la.rtp.tracker.compliance.docx.DocxTable.Column;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/** The building blocks, written and read back with POI: any stored text gives a document that opens. */
class DocxDocumentTest {

    private static XWPFDocument reopen(DocxDocument doc) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(doc.bytes()));
    }

    @Test
    void hostileTextLineBreaksAndLaoRuns() throws IOException {
        DocxDocument doc = new DocxDocument(Locale.ENGLISH);
        doc.heading(1, "Report <script>&amp;\u0001\u001f");
        doc.paragraph("first line\nsecond line");
        doc.paragraph("ສາທາລະນະສຸກ");
        try (XWPFDocument read = reopen(doc)) {
            assertEquals("Heading1", read.getParagraphs().get(0).getStyle());
            assertEquals("Report <script>&amp;", read.getParagraphs().get(0).getText());
            assertEquals("first line\nsecond line", read.getParagraphs().get(1).getText());
            var lao = read.getParagraphs().get(2).getRuns().get(0).getCTR().getRPr();
            assertEquals("Phetsarath OT", lao.getRFontsArray(0).getCs());
            assertEquals("lo-LA", lao.getLangArray(0).getBidi());
            assertFalse(read.getParagraphs().get(1).getRuns().get(0).getCTR().isSetRPr(), "Latin runs keep the style's fonts");
            String styles = read.getStyles().getCtStyles().xmlText();
            assertTrue(styles.contains("w:val=\"en-GB\""), "English document language");
            assertTrue(styles.contains("w:styleId=\"ReportTable\""), "table style defined");
            assertTrue(styles.contains("w:tblBorders"), "its grid, copied in as XML");
            assertTrue(styles.contains("w:styleId=\"Heading3\""), "heading styles defined");
        }
    }

    @Test
    void tablesRepeatTheirHeaderAndFormatMoney() throws IOException {
        DocxDocument doc = new DocxDocument(Locale.forLanguageTag("lo"));
        doc.table(List.of(Column.text("Source", 3), Column.number("Planned", 2)))
                .row(Cell.of("ODA grant"), Cell.money(new BigDecimal("12500.5")))
                .row(Cell.of(null), Cell.money(null))
                .note("No more");
        doc.table(List.of(Column.text(null, 1), Column.text(null, 1))).row("Lead ministry", "Health");
        doc.orientation(true);
        doc.heading(2, "Matrix");
        try (XWPFDocument read = reopen(doc)) {
            XWPFTable money = read.getTables().get(0);
            assertTrue(money.getRow(0).isRepeatHeader());
            assertEquals("ReportTable", money.getStyleID());
            assertEquals(List.of("Source", "Planned"), texts(money, 0));
            assertEquals(List.of("ODA grant", "12,501"), texts(money, 1));
            assertEquals(List.of("–", "–"), texts(money, 2));
            assertEquals(List.of("No more"), texts(money, 3));
            XWPFTable leaders = read.getTables().get(1);
            assertEquals(1, leaders.getNumberOfRows(), "no header row");
            assertFalse(leaders.getRow(0).isRepeatHeader());
            assertEquals(STPageOrientation.LANDSCAPE, read.getDocument().getBody().getSectPr().getPgSz().getOrient());
            String styles = read.getStyles().getCtStyles().xmlText();
            assertTrue(styles.contains("w:val=\"lo-LA\""), "Lao document language");
        }
        assertEquals("12,500 LAK", Cell.money(new BigDecimal("12500"), "LAK"));
        assertEquals("attachment; filename=\"swg-progress-health-2026-Q2.docx\"",
                DocxDocument.attachment("swg-progress-health-2026-Q2.docx"));
        assertEquals("attachment; filename=\"a--b-.docx\"", DocxDocument.attachment("a\"/b;.docx"));
    }

    @Test
    void onlyThreeHeadingLevelsAndFullRows() {
        DocxDocument doc = new DocxDocument(Locale.ENGLISH);
        assertThrows(IllegalArgumentException.class, () -> doc.heading(4, "Too deep"));
        DocxTable table = doc.table(List.of(Column.text("A", 1), Column.text("B", 1)));
        assertThrows(IllegalArgumentException.class, () -> table.row("only one"));
    }

    private static List<String> texts(XWPFTable table, int row) {
        return table.getRow(row).getTableCells().stream().map(XWPFTableCell::getText).toList();
    }
}
