package la.rtp.tracker.common;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * RFC 4180 records for spreadsheets (CRLF record separator, quotes only where needed), written
 * as UTF-8 without a byte order mark by the caller.
 *
 * <p>Cells carry user text, and a spreadsheet runs a cell that starts with {@code = + - @}, TAB or
 * CR as a formula. Such a cell is neutralised as OWASP's "CSV Injection" page says: prefixed with
 * a single quote and quoted. Control characters other than TAB, CR and LF and unpaired
 * surrogates, refused at input, become U+FFFD here too.
 */
public final class Csv {

    private static final String CRLF = "\r\n";

    private Csv() {
    }

    /** Appends one record. */
    public static void record(StringBuilder out, Object... cells) {
        out.append(Stream.of(cells).map(Csv::cell).collect(Collectors.joining(","))).append(CRLF);
    }

    /** One field: a would-be formula neutralised, then quoted when RFC 4180 needs it. */
    public static String cell(Object value) {
        String text = value == null ? "" : TextRules.cleanControls(value.toString());
        boolean formula = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
        if (formula) {
            text = "'" + text;
        }
        boolean quote = formula || text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n')
                || (!text.isEmpty() && (text.charAt(0) <= ' ' || text.charAt(text.length() - 1) <= ' '));
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
