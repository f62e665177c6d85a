package la.rtp.tracker.compliance.docx;

import java.math.BigInteger;
import java.util.Locale;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The styles part of the tracker's Word documents: the defaults, Normal, Heading1..3 (outline
 * levels 1 to 3), a label, a list item and the table style. Built here rather than copied from
 * a template file so that what the document promises is visible in one place.
 *
 * <p>Fonts: Latin text in Arial (every Word installation has it; LibreOffice substitutes a
 * metric-compatible font). Lao is a complex script for Word, so the complex-script and
 * East-Asian slots name <b>Phetsarath OT</b>, the Lao government's standard Unicode font, which
 * the ministries' Word users have; runs containing Lao letters also get it for ASCII and hAnsi
 * ({@link DocxDocument}), so that Word never shapes Lao in a Latin font. No font file is shipped
 * or embedded: where Phetsarath OT is missing, Word and LibreOffice fall back to another Lao
 * font. The document language is lo-LA for Lao documents, en-GB otherwise (the reports' English
 * is British), with lo-LA as the complex-script language of both.
 */
final class DocxStyles {

    static final String LAO_FONT = "Phetsarath OT";
    static final String LATIN_FONT = "Arial";
    static final String LAO_TAG = "lo-LA";
    static final String ENGLISH_TAG = "en-GB";
    static final String TABLE = "ReportTable";
    static final String LABEL = "Label";
    static final String BULLET = "ListParagraph";
    static final String TABLE_TEXT = "TableText";
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private DocxStyles() {
    }

    static boolean lao(Locale language) {
        return language != null && "lo".equals(language.getLanguage());
    }

    static CTStyles styles(boolean lao) {
        CTStyles styles = CTStyles.Factory.newInstance();
        var defaults = styles.addNewDocDefaults();
        CTRPr rpr = defaults.addNewRPrDefault().addNewRPr();
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        fonts.setCs(LAO_FONT);
        fonts.setEastAsia(LAO_FONT);
        rpr.addNewSz().setVal(BigInteger.valueOf(20));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(20));
        CTLanguage lang = rpr.addNewLang();
        lang.setVal(lao ? LAO_TAG : ENGLISH_TAG);
        lang.setEastAsia(LAO_TAG);
        lang.setBidi(LAO_TAG);
        spacing(defaults.addNewPPrDefault().addNewPPr(), 0, 80);

        CTStyle normal = paragraph(styles, "Normal", "Normal", null);
        normal.setDefault(true);
        heading(styles, 1, 36, "1F2328", 240);
        heading(styles, 2, 28, "1F3864", 240);
        heading(styles, 3, 22, "1F3864", 160);
        CTStyle label = paragraph(styles, LABEL, "Label", "Normal");
        CTPPrGeneral labelPpr = label.addNewPPr();
        labelPpr.addNewKeepNext();
        spacing(labelPpr, 160, 60);
        label.addNewRPr().addNewB();
        CTStyle bullet = paragraph(styles, BULLET, "List Paragraph", "Normal");
        bullet.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(360));
        CTStyle cell = paragraph(styles, TABLE_TEXT, "Table Text", "Normal");
        spacing(cell.addNewPPr(), 0, 0);
        cell.addNewRPr().addNewSz().setVal(BigInteger.valueOf(18));
        table(styles);
        return styles;
    }

    private static CTStyle paragraph(CTStyles styles, String id, String name, String basedOn) {
        CTStyle style = styles.addNewStyle();
        style.setType(STStyleType.PARAGRAPH);
        style.setStyleId(id);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
            style.addNewNext().setVal("Normal");
        }
        style.addNewQFormat();
        return style;
    }

    /** "heading N" is the name Word and LibreOffice know as their built-in heading. */
    private static void heading(CTStyles styles, int level, int halfPoints, String color, int before) {
        CTStyle style = paragraph(styles, "Heading" + level, "heading " + level, "Normal");
        style.addNewUiPriority().setVal(BigInteger.valueOf(9));
        CTPPrGeneral ppr = style.addNewPPr();
        ppr.addNewKeepNext();
        ppr.addNewKeepLines();
        spacing(ppr, before, 80);
        ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
        CTRPr rpr = style.addNewRPr();
        rpr.addNewB();
        rpr.addNewBCs();
        rpr.addNewColor().setVal(color);
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
    }

    private static void spacing(CTPPrGeneral ppr, int before, int after) {
        CTSpacing spacing = ppr.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(after));
    }

    /**
     * Thin grey grid and narrow cell margins; the header row's look is set on its cells. The
     * style's table properties are a {@code CT_TblPrBase}, a type the lite OOXML schemas that
     * come with poi-ooxml leave out; their content is the same as a table's own
     * {@code CT_TblPr}'s, so it is built as one and copied into the style as plain XML.
     */
    private static void table(CTStyles styles) {
        CTStyle style = styles.addNewStyle();
        style.setType(STStyleType.TABLE);
        style.setStyleId(TABLE);
        style.addNewName().setVal("Report Table");
        style.addNewUiPriority().setVal(BigInteger.valueOf(59));
        spacing(style.addNewPPr(), 0, 0);
        CTTblPr tbl = CTTblPr.Factory.newInstance();
        CTTblBorders borders = tbl.addNewTblBorders();
        for (CTBorder b : new CTBorder[] {borders.addNewTop(), borders.addNewLeft(), borders.addNewBottom(),
                borders.addNewRight(), borders.addNewInsideH(), borders.addNewInsideV()}) {
            b.setVal(STBorder.SINGLE);
            b.setSz(BigInteger.valueOf(4));
            b.setSpace(BigInteger.ZERO);
            b.setColor("8C959F");
        }
        CTTblCellMar margins = tbl.addNewTblCellMar();
        for (CTTblWidth w : new CTTblWidth[] {margins.addNewLeft(), margins.addNewRight()}) {
            w.setW(BigInteger.valueOf(80));
            w.setType(STTblWidth.DXA);
        }
        try (XmlCursor to = style.newCursor(); XmlCursor from = tbl.newCursor()) {
            to.toEndToken();
            to.beginElement(new QName(W, "tblPr"));
            from.copyXmlContents(to);
        }
    }
}
