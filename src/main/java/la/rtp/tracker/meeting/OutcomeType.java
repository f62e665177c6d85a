package la.rtp.tracker.meeting;

/** What an agenda item came to. Only a RECOMMENDATION is addressed to SWGs and followed up. */
public enum OutcomeType {
    DECISION,
    RECOMMENDATION,
    INFORMATION
}
