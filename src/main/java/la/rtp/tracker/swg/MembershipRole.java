package la.rtp.tracker.swg;

public enum MembershipRole {
    CHAIR,
    CO_CHAIR,
    SECRETARIAT,
    MEMBER
}
