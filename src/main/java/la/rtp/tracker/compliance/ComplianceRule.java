package la.rtp.tracker.compliance;

import java.time.LocalDate;

/**
 * One rule of the RTP Guideline. Implementations are stateless, have a no-arg constructor and
 * are CDI beans, so the report service finds every rule by injection: adding a rule means one
 * new class and its message keys, nothing else.
 */
public interface ComplianceRule {

    /** The rule id of {@code docs/domain.md}, {@code RTP-1}..{@code RTP-10}. */
    String id();

    /** Short English name, as in {@code docs/domain.md}; the localised one is {@code rule.<id>.name}. */
    String name();

    /** The Guideline text the rule enforces, in English. */
    String guideline();

    /** The verdict for the snapshot's SWG and year, counting only what was true on {@code asOf}. */
    Verdict evaluate(SwgYearSnapshot snapshot, LocalDate asOf);

    /** Position in reports: the number of the id, so RTP-10 comes after RTP-9. */
    default int order() {
        String id = id();
        return Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
    }
}
