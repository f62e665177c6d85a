package la.rtp.tracker.compliance.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The building blocks of the tracker's Word documents, for any report: real heading styles
 * (Heading1..3, so Word's navigation pane and LibreOffice's outline list them), paragraphs,
 * tables with a repeated header row ({@link DocxTable}), A4 pages with the page number in the
 * footer, and landscape sections for wide tables. Styles and fonts: {@link DocxStyles}.
 *
 * <p>Text is written as given: no markup is interpreted, line breaks become Word line breaks,
 * and characters that XML 1.0 cannot carry (control characters) are dropped, so any stored text
 * yields a document that opens.
 */
public final class DocxDocument {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** A4 in twentieths of a point. */
    private static final BigInteger A4_SHORT = BigInteger.valueOf(11906);
    private static final BigInteger A4_LONG = BigInteger.valueOf(16838);
    /** 15 mm margins, 10 mm to the footer. */
    private static final BigInteger MARGIN = BigInteger.valueOf(850);
    private static final BigInteger FOOTER = BigInteger.valueOf(567);

    private final XWPFDocument doc = new XWPFDocument();
    private boolean landscape;

    /** An empty A4 portrait document in {@code language} (Lao or English). */
    public DocxDocument(Locale language) {
        doc.createStyles().setStyles(DocxStyles.styles(DocxStyles.lao(language)));
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        page(section, false);
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        field(p, "PAGE", "1");
        DocxText.write(p.createRun(), " / ");
        field(p, "NUMPAGES", "1");
    }

    /** A heading of level 1 to 3, in the document's heading styles. */
    public XWPFParagraph heading(int level, String text) {
        if (level < 1 || level > 3) {
            throw new IllegalArgumentException("heading level 1 to 3: " + level);
        }
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Heading" + level);
        DocxText.write(p.createRun(), text);
        return p;
    }

    /** A level-2 heading that starts a new page (one per SWG). */
    public XWPFParagraph headingOnNewPage(String text) {
        XWPFParagraph p = heading(2, text);
        p.setPageBreak(true);
        return p;
    }

    /** A body paragraph; {@code \n} in the text starts a new line. */
    public XWPFParagraph paragraph(String text) {
        XWPFParagraph p = doc.createParagraph();
        DocxText.write(p.createRun(), text);
        return p;
    }

    /** A paragraph of one bold label, e.g. above a list. */
    public XWPFParagraph label(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(DocxStyles.LABEL);
        DocxText.write(p.createRun(), text);
        return p;
    }

    /** One paragraph per item, in the document's list-paragraph style with a bullet. */
    public void bullets(List<String> items) {
        for (String item : items) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle(DocxStyles.BULLET);
            DocxText.write(p.createRun(), "• " + item);
        }
    }

    /** A table with one header row, repeated at the top of each page it runs over. */
    public DocxTable table(List<DocxTable.Column> columns) {
        return new DocxTable(doc, columns, landscape ? A4_LONG.subtract(MARGIN.shiftLeft(1))
                : A4_SHORT.subtract(MARGIN.shiftLeft(1)));
    }

    /**
     * Ends the current section and starts one in the other orientation: what follows is on A4
     * landscape ({@code true}) or portrait pages, with the same footer.
     */
    public void orientation(boolean wanted) {
        if (wanted == landscape) {
            return;
        }
        CTSectPr body = doc.getDocument().getBody().getSectPr();
        // The section that ends takes a copy of the current settings, footer reference included;
        // the document's last section (the body's own) is then turned.
        XWPFParagraph end = doc.createParagraph();
        end.getCTP().addNewPPr().setSectPr((CTSectPr) body.copy());
        page(body, wanted);
        landscape = wanted;
    }

    /**
     * The {@code Content-Disposition} of a document offered as a download, e.g. for
     * {@code rtim-progress-report-2026-lo.docx} or {@code swg-progress-health-2026-Q2.docx}:
     * anything but letters, digits, dot, dash and underscore in the name becomes a dash, so
     * that the header needs no quoting rules.
     */
    public static String attachment(String fileName) {
        return "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "-") + "\"";
    }

    /** The finished document. */
    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(CTSectPr section, boolean landscape) {
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(landscape ? A4_LONG : A4_SHORT);
        size.setH(landscape ? A4_SHORT : A4_LONG);
        size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(MARGIN);
        margins.setBottom(MARGIN);
        margins.setLeft(MARGIN);
        margins.setRight(MARGIN);
        margins.setFooter(FOOTER);
        margins.setHeader(FOOTER);
        margins.setGutter(BigInteger.ZERO);
    }

    /** A field Word and LibreOffice compute when they lay out the pages (PAGE, NUMPAGES). */
    private static void field(XWPFParagraph p, String instruction, String placeholder) {
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr(instruction);
        field.addNewR().addNewT().setStringValue(placeholder);
    }

    /** Fonts and language of a run with Lao letters; see {@link DocxStyles}. */
    static void laoRun(XWPFRun run) {
        CTRPr rpr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        CTFonts fonts = rpr.sizeOfRFontsArray() > 0 ? rpr.getRFontsArray(0) : rpr.addNewRFonts();
        fonts.setAscii(DocxStyles.LAO_FONT);
        fonts.setHAnsi(DocxStyles.LAO_FONT);
        fonts.setCs(DocxStyles.LAO_FONT);
        fonts.setEastAsia(DocxStyles.LAO_FONT);
        CTLanguage lang = rpr.sizeOfLangArray() > 0 ? rpr.getLangArray(0) : rpr.addNewLang();
        lang.setVal(DocxStyles.LAO_TAG);
        lang.setBidi(DocxStyles.LAO_TAG);
        lang.setEastAsia(DocxStyles.LAO_TAG);
    }
}
