package la.rtp.tracker.compliance;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A rule of the RTP Guideline as the reports show it: its id ({@code RTP-1}..), its English name
 * (the {@code rule.<id>.name} message, so the name is written once per language) and the check
 * that gives its verdict.
 */
public record GuidelineRule(String id, ComplianceRule check) {

    public String name() {
        return ComplianceMessages.ruleName(id, Locale.ENGLISH);
    }

    /** Position in reports: the number of the id, so RTP-10 comes after RTP-9. */
    public int order() {
        return Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
    }

    public Verdict evaluate(SwgYearSnapshot snapshot, LocalDate asOf) {
        return check.evaluate(snapshot, asOf);
    }
}
