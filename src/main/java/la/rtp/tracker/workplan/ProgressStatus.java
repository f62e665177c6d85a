package la.rtp.tracker.workplan;

/** How an activity is going in a quarter, as its SWG reports it. */
public enum ProgressStatus {
    NOT_STARTED,
    ON_TRACK,
    DELAYED,
    COMPLETED,
    CANCELLED
}
