package la.rtp.tracker.compliance;

/** The outcome of one rule, with the names used in the API and {@code docs/domain.md}. */
public enum Status {
    COMPLIANT,
    NON_COMPLIANT,
    /** Not met yet, but its deadline has not passed on the as-of date. */
    PENDING,
    NOT_APPLICABLE
}
