package la.rtp.tracker.meeting;

/** SCHEDULED -> HELD, or SCHEDULED -> CANCELLED; both ends are final. */
public enum MeetingStatus {
    SCHEDULED,
    HELD,
    CANCELLED
}
