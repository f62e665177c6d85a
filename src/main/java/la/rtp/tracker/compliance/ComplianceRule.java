package la.rtp.tracker.compliance;

import java.time.LocalDate;

/**
 * The check of one rule of the RTP Guideline ({@code docs/domain.md}): stateless and pure, so
 * plain JUnit can build it with {@code new} and try every boundary day. {@link ComplianceEngine#RULES}
 * gives each check its id; adding a rule means one class, one line there and its message keys.
 */
@FunctionalInterface
public interface ComplianceRule {

    /** The verdict for the snapshot's SWG and year, counting only what was true on {@code asOf}. */
    Verdict evaluate(SwgYearSnapshot snapshot, LocalDate asOf);
}
