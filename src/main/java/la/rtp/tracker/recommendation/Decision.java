package la.rtp.tracker.recommendation;

/** An addressed SWG's answer to a recommendation. NOT_ACCEPTED always carries a reason. */
public enum Decision {
    ACCEPTED,
    NOT_ACCEPTED
}
