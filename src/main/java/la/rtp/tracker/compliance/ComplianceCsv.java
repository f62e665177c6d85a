package la.rtp.tracker.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import la.rtp.tracker.common.TextRules;

/**
 * The compliance report as CSV for spreadsheets: one record per SWG and rule, RFC 4180 (CRLF
 * record separator, quotes only where needed), English texts as in the JSON API. The caller
 * writes the text as UTF-8, without a byte order mark.
 *
 * <p>Names and details carry user text, and a spreadsheet runs a cell that starts with
 * {@code = + - @}, TAB or CR as a formula. Such a cell is neutralised as OWASP's "CSV Injection"
 * page says: prefixed with a single quote and quoted. Control characters other than TAB, CR and LF
 * and unpaired surrogates, refused at input, become U+FFFD here too.
 */
@ApplicationScoped
public class ComplianceCsv {

    static final String[] HEADER = {"year", "asOf", "swg", "swgName", "rule", "ruleName", "status",
        "detail", "evidence"};

    private static final String CRLF = "\r\n";

    /** The whole report; evidence paths joined with single spaces. */
    public String csv(ComplianceReport report) {
        StringBuilder out = new StringBuilder();
        record(out, (Object[]) HEADER);
        for (ComplianceReport.SwgEntry swg : report.swgs()) {
            for (ComplianceReport.RuleResult rule : swg.rules()) {
                record(out, report.year(), report.asOf(), swg.code(), swg.name(), rule.rule(), rule.name(),
                        rule.status(), rule.detail(), String.join(" ", rule.evidence()));
            }
        }
        return out.toString();
    }

    private static void record(StringBuilder out, Object... cells) {
        out.append(Stream.of(cells).map(ComplianceCsv::cell).collect(Collectors.joining(","))).append(CRLF);
    }

    /** One field: a would-be formula neutralised, then quoted when RFC 4180 needs it. */
    static String cell(Object value) {
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
