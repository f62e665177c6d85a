package la.rtp.tracker.meeting;

/** Only REGULAR meetings count for the quarterly-meeting rule (RTP-5). */
public enum MeetingKind {
    REGULAR,
    SUB_SECTOR,
    CHAIR_CO_CHAIR,
    CONSULTATION
}
