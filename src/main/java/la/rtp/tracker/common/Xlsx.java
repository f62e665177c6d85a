package la.rtp.tracker.common;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Small Office Open XML spreadsheets (XLSX) with Apache POI: a {@link Writer} for the exports
 * (bold frozen header row, column widths, cell comments) and {@link #read} / {@link #cells} for
 * uploads.
 *
 * <p>Text is always written as a string cell, never as a formula, so a name starting with
 * {@code =} stays text (the formula injection CSV must neutralise cannot happen here); control
 * characters become U+FFFD as in {@link Csv}. Reading keeps POI's zip-bomb guards
 * ({@code ZipSecureFile}: inflate ratio and entry size) on; callers bound the byte size and rows.
 */
public final class Xlsx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Excel's own limit for a sheet name. */
    private static final int SHEET_NAME_MAX = 31;

    private Xlsx() {
    }

    /** {@code attachment; filename="..."} for a download; the name is ASCII by construction. */
    public static String attachment(String fileName) {
        return "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "_") + "\"";
    }

    /** One workbook being written; {@link #bytes()} finishes it. */
    public static final class Writer {
        private final XSSFWorkbook book = new XSSFWorkbook();
        private final CellStyle bold;
        private final CellStyle wrap;
        private final CellStyle date;

        public Writer() {
            Font font = book.createFont();
            font.setBold(true);
            bold = book.createCellStyle();
            bold.setFont(font);
            bold.setWrapText(true);
            wrap = book.createCellStyle();
            wrap.setWrapText(true);
            date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        }

        /**
         * A new sheet whose first row is {@code headers} in bold, frozen, with the widths given in
         * characters (missing ones: 12).
         */
        public SheetWriter sheet(String name, List<String> headers, int... widths) {
            String safe = name.replaceAll("[\\\\/?*\\[\\]:]", " ");
            Sheet sheet = book.createSheet(safe.length() > SHEET_NAME_MAX ? safe.substring(0, SHEET_NAME_MAX) : safe);
            SheetWriter writer = new SheetWriter(this, sheet);
            if (!headers.isEmpty()) {
                Row row = sheet.createRow(0);
                for (int i = 0; i < headers.size(); i++) {
                    Cell cell = row.createCell(i);
                    cell.setCellValue(TextRules.cleanControls(headers.get(i)));
                    cell.setCellStyle(bold);
                }
                sheet.createFreezePane(0, 1);
                writer.next = 1;
            }
            for (int i = 0; i < Math.max(widths.length, headers.size()); i++) {
                int chars = i < widths.length ? widths[i] : 12;
                sheet.setColumnWidth(i, Math.min(255, chars) * 256);
            }
            return writer;
        }

        /** The finished workbook. */
        public byte[] bytes() {
            try (XSSFWorkbook done = book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                done.write(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Appends rows to one sheet. */
    public static final class SheetWriter {
        private final Writer owner;
        private final Sheet sheet;
        private Drawing<?> drawing;
        private int next;

        private SheetWriter(Writer owner, Sheet sheet) {
            this.owner = owner;
            this.sheet = sheet;
        }

        /**
         * Appends a row: null leaves the cell empty, numbers are numeric cells, dates are date
         * cells, anything else is text (multi-line text wraps). Returns the row's index.
         */
        public int row(Object... values) {
            Row row = sheet.createRow(next);
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v == null) {
                    continue;
                }
                Cell cell = row.createCell(i);
                if (v instanceof BigDecimal d) {
                    cell.setCellValue(d.doubleValue());
                } else if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (v instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(owner.date);
                } else {
                    String text = TextRules.cleanControls(v.toString());
                    cell.setCellValue(text);
                    if (text.indexOf('\n') >= 0) {
                        cell.setCellStyle(owner.wrap);
                    }
                }
            }
            return next++;
        }

        /** Room for {@code lines} lines of wrapped header text (long rule names). */
        public void headerLines(int lines) {
            Row header = sheet.getRow(0);
            if (header != null) {
                header.setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints());
            }
        }

        /** A bold row (a heading inside a sheet). */
        public int heading(Object... values) {
            int index = row(values);
            sheet.getRow(index).forEach(cell -> cell.setCellStyle(owner.bold));
            return index;
        }

        /** A comment (a note shown on hover) on a cell written before. */
        public void comment(int row, int column, String text) {
            if (text == null || text.isBlank()) {
                return;
            }
            if (drawing == null) {
                drawing = sheet.createDrawingPatriarch();
            }
            ClientAnchor anchor = owner.book.getCreationHelper().createClientAnchor();
            anchor.setCol1(column);
            anchor.setCol2(column + 4);
            anchor.setRow1(row);
            anchor.setRow2(row + 4);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(owner.book.getCreationHelper().createRichTextString(TextRules.cleanControls(text)));
            Row r = sheet.getRow(row);
            Cell cell = r.getCell(column) != null ? r.getCell(column) : r.createCell(column);
            cell.setCellComment(comment);
        }
    }

    /**
     * Opens an uploaded workbook.
     *
     * @throws NotAWorkbook when the bytes are not an XLSX file (an old .xls, a CSV, a broken or
     *         over-compressed zip); the message says which, in English
     */
    public static Workbook read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new NotAWorkbook(NotAWorkbook.Kind.EMPTY);
        }
        if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF && (bytes[2] & 0xFF) == 0x11
                && (bytes[3] & 0xFF) == 0xE0) {
            throw new NotAWorkbook(NotAWorkbook.Kind.OLD_FORMAT);
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            throw new NotAWorkbook(NotAWorkbook.Kind.NOT_XLSX);
        }
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            // POI reports a zip bomb, a missing part or broken XML with assorted runtime exceptions
            throw new NotAWorkbook(NotAWorkbook.Kind.UNREADABLE);
        }
    }

    /**
     * A sheet's rows below the header as text, trailing empty rows dropped: numbers without a
     * needless ".0", dates as ISO days, formulas as their cached result. Row {@code i} of the list
     * is spreadsheet row {@code i + 2}.
     *
     * @throws TooManyRows past {@code maxRows} rows
     */
    public static List<List<String>> cells(Sheet sheet, int columns, int maxRows) {
        List<List<String>> rows = new ArrayList<>();
        if (sheet == null) {
            return rows;
        }
        if (sheet.getLastRowNum() > maxRows) {
            throw new TooManyRows(sheet.getSheetName(), maxRows);
        }
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> values = new ArrayList<>(columns);
            for (int c = 0; c < columns; c++) {
                values.add(row == null ? "" : text(row.getCell(c)));
            }
            rows.add(values);
        }
        while (!rows.isEmpty() && rows.get(rows.size() - 1).stream().allMatch(String::isEmpty)) {
            rows.remove(rows.size() - 1);
        }
        return rows;
    }

    /** One cell as text ("" for none), trimmed. */
    public static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().strip();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : number(cell.getNumericCellValue());
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }

    /** A spreadsheet number as plain decimal text: 3, 1250.5, 0.25 (never 3.0 or 1.2505E3). */
    public static String number(double value) {
        BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
        return (d.scale() < 0 ? d.setScale(0) : d).toPlainString();
    }

    /** The upload is not a readable XLSX workbook. */
    public static final class NotAWorkbook extends RuntimeException {
        /** Why, for a message in the user's language. */
        public enum Kind { EMPTY, OLD_FORMAT, NOT_XLSX, UNREADABLE }

        private final Kind kind;

        NotAWorkbook(Kind kind) {
            super("Not an Excel workbook (.xlsx): " + kind, null, false, false);
            this.kind = kind;
        }

        public Kind kind() {
            return kind;
        }
    }

    /** A sheet has more rows than the caller accepts. */
    public static final class TooManyRows extends RuntimeException {
        private final String sheet;
        private final int max;

        TooManyRows(String sheet, int max) {
            super("Sheet " + sheet + " has more than " + max + " rows", null, false, false);
            this.sheet = sheet;
            this.max = max;
        }

        public String sheet() {
            return sheet;
        }

        public int max() {
            return max;
        }
    }
}
