package la.rtp.tracker.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import la.rtp.tracker.common.Csv;

/**
 * The compliance report as CSV for spreadsheets: one record per SWG and rule, RFC 4180 (CRLF
 * record separator, quotes only where needed), English texts as in the JSON API. The caller
 * writes the text as UTF-8, without a byte order mark.
 *
 * <p>Names and details carry user text: each cell goes through {@link Csv#cell}, which
 * neutralises would-be spreadsheet formulas.
 */
@ApplicationScoped
public class ComplianceCsv {

    static final String[] HEADER = {"year", "asOf", "swg", "swgName", "rule", "ruleName", "status",
        "detail", "evidence"};

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
        Csv.record(out, cells);
    }

    /** One field, as {@link Csv#cell} writes it. */
    static String cell(Object value) {
        return Csv.cell(value);
    }
}
