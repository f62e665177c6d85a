package la.rtp.tracker.compliance;

/** The role of a membership in an SWG, as in the API. */
public enum Role {
    CHAIR,
    CO_CHAIR,
    SECRETARIAT,
    MEMBER
}
