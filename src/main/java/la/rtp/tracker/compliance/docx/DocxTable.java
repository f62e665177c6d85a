package la.rtp.tracker.compliance.docx;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * A table in the document's table style: a header row repeated on each page, then rows of
 * {@link Cell}s (text, numbers and money right-aligned, optionally shaded). Rows do not split
 * across pages.
 */
public final class DocxTable {

    /**
     * A column: its header and its share of the width; numeric columns are right-aligned. A
     * table whose headers are all null has no header row.
     */
    public record Column(String header, int weight, boolean numeric) {

        public static Column text(String header, int weight) {
            return new Column(header, weight, false);
        }

        public static Column number(String header, int weight) {
            return new Column(header, weight, true);
        }
    }

    /** One cell's content: {@code fill} is a background colour (RRGGBB) or null. */
    public record Cell(String text, boolean numeric, boolean bold, String fill) {

        public static Cell of(String text) {
            return new Cell(text == null || text.isBlank() ? NO_VALUE : text, false, false, null);
        }

        public static Cell number(long n) {
            return new Cell(Long.toString(n), true, false, null);
        }

        /** A right-aligned figure already formatted, e.g. a percentage. */
        public static Cell figure(String text) {
            return new Cell(text == null ? NO_VALUE : text, true, false, null);
        }

        /** An amount in whole units of its currency, grouped: {@code 12,500}; null reads "–". */
        public static Cell money(BigDecimal amount) {
            return figure(money(amount, null));
        }

        public static Cell shaded(String text, String fill) {
            return new Cell(text, false, false, fill);
        }

        public Cell asBold() {
            return new Cell(text, numeric, true, fill);
        }

        /** An amount as {@link #money(BigDecimal)} writes it, with the currency code after it when given. */
        public static String money(BigDecimal amount, String currency) {
            if (amount == null) {
                return NO_VALUE;
            }
            DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
            format.setRoundingMode(RoundingMode.HALF_UP);
            return format.format(amount) + (currency == null ? "" : " " + currency);
        }
    }

    public static final String NO_VALUE = "–";
    private static final String HEADER_FILL = "EAEEF2";

    private final XWPFTable table;
    private final List<Column> columns;
    private final long[] widths;
    /** A table without headers (row headers only, e.g. leadership) fills its first row with the first {@link #row}. */
    private boolean blankFirstRow;

    DocxTable(XWPFDocument doc, List<Column> columns, BigInteger width) {
        this.columns = List.copyOf(columns);
        table = doc.createTable(1, columns.size());
        table.setStyleID(DocxStyles.TABLE);
        table.setWidth(width.intValue());
        table.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
        // the table style draws the grid, not the borders POI sets on every new table
        if (table.getCTTbl().getTblPr().isSetTblBorders()) {
            table.getCTTbl().getTblPr().unsetTblBorders();
        }
        CTTblLayoutType layout = table.getCTTbl().getTblPr().addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        int total = columns.stream().mapToInt(Column::weight).sum();
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        long[] widths = new long[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width.longValue() * columns.get(i).weight() / total;
            grid.addNewGridCol().setW(BigInteger.valueOf(widths[i]));
        }
        this.widths = widths;
        XWPFTableRow header = table.getRow(0);
        header.setCantSplitRow(true);
        blankFirstRow = columns.stream().allMatch(c -> c.header() == null);
        if (!blankFirstRow) {
            header.setRepeatHeader(true);
            for (int i = 0; i < columns.size(); i++) {
                Column c = columns.get(i);
                fill(header.getCell(i), new Cell(c.header(), c.numeric(), true, HEADER_FILL), widths[i]);
            }
        }
    }

    /** Appends a row; it must have one cell per column. */
    public DocxTable row(Cell... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + columns.size() + " columns");
        }
        XWPFTableRow row = next();
        row.setCantSplitRow(true);
        for (int i = 0; i < cells.length; i++) {
            fill(row.getCell(i), cells[i], widths[i]);
        }
        return this;
    }

    /** Appends a row of plain texts. */
    public DocxTable row(String... texts) {
        return row(Arrays.stream(texts).map(Cell::of).toArray(Cell[]::new));
    }

    /** One cell across the whole row, e.g. "No meeting in the plan year". */
    public DocxTable note(String text) {
        XWPFTableRow row = next();
        XWPFTableCell first = row.getCell(0);
        fill(first, Cell.of(text), widths[0]);
        first.getCTTc().getTcPr().addNewGridSpan().setVal(BigInteger.valueOf(columns.size()));
        for (int i = columns.size() - 1; i > 0; i--) {
            row.removeCell(i);
        }
        return this;
    }

    private XWPFTableRow next() {
        if (blankFirstRow) {
            blankFirstRow = false;
            return table.getRow(0);
        }
        return table.createRow();
    }

    private static void fill(XWPFTableCell cell, Cell content, long width) {
        var tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        var w = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
        w.setW(BigInteger.valueOf(width));
        w.setType(STTblWidth.DXA);
        if (content.fill() != null) {
            cell.setColor(content.fill());
        }
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setStyle(DocxStyles.TABLE_TEXT);
        if (content.numeric()) {
            p.setAlignment(ParagraphAlignment.RIGHT);
        } else if (content.fill() != null && content.text().codePointCount(0, content.text().length()) == 1) {
            p.setAlignment(ParagraphAlignment.CENTER);
        }
        XWPFRun run = p.createRun();
        run.setBold(content.bold());
        DocxText.write(run, content.text());
    }
}
