package la.rtp.tracker.workplan;

/** The currencies SWGs plan and count in: US dollars and Lao kip. */
public enum Currency {
    USD,
    LAK
}
