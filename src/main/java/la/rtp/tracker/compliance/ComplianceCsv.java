package la.rtp.tracker.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The compliance report as CSV for spreadsheets: one record per SWG and rule, RFC 4180 (CRLF
 * record separator, quotes only where needed), English texts as in the JSON API. The caller
 * writes the text as UTF-8, without a byte order mark.
 */
@ApplicationScoped
public class ComplianceCsv {

    static final String[] HEADER = {"year", "asOf", "swg", "swgName", "rule", "ruleName", "status",
        "detail", "evidence"};

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER).get();

    /** The whole report; evidence paths joined with single spaces. */
    public String csv(ComplianceReport report) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (ComplianceReport.SwgEntry swg : report.swgs()) {
                for (ComplianceReport.RuleResult rule : swg.rules()) {
                    printer.printRecord(report.year(), report.asOf(), swg.code(), swg.name(),
                            rule.rule(), rule.name(), rule.status(), rule.detail(),
                            String.join(" ", rule.evidence()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString();
    }
}
