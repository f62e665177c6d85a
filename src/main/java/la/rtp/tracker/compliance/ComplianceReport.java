package la.rtp.tracker.compliance;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.List;

/**
 * The secretariat's compliance report for a plan year as of a date: every SWG with one verdict
 * per rule and its figures. The JSON shape is the contract of {@code GET /api/v1/compliance}.
 */
public record ComplianceReport(int year, LocalDate asOf, List<SwgEntry> swgs) {

    /** One SWG's row of the matrix. */
    public record SwgEntry(String code, String name, String nameLo, List<RuleResult> rules, Figures figures) {

        public long count(Status status) {
            return rules.stream().filter(r -> r.status() == status).count();
        }
    }

    /**
     * One cell: the rule's verdict with its detail in English; {@code message} keeps the detail's
     * key and arguments so that the HTML report can say it in Lao too.
     */
    public record RuleResult(String rule, String name, Status status, String detail, List<String> evidence,
            @JsonIgnore Detail message) {
    }
}
