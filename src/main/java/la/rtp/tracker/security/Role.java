package la.rtp.tracker.security;

/** Human roles. Partner tokens carry {@link #PARTNER}, which is not a user role. */
public enum Role {
    RTP_SECRETARIAT,
    SWG_SECRETARIAT,
    SWG_CHAIR,
    VIEWER;

    public static final String PARTNER = "PARTNER";

    /** Role-name sets for {@code @RolesAllowed}. */
    public static final String SECRETARIAT = "RTP_SECRETARIAT";
    public static final String SWG_SECRETARIAT_NAME = "SWG_SECRETARIAT";
    public static final String SWG_CHAIR_NAME = "SWG_CHAIR";
    public static final String VIEWER_NAME = "VIEWER";

    /** Roles scoped to the SWGs listed on the user. */
    public boolean scoped() {
        return this == SWG_SECRETARIAT || this == SWG_CHAIR;
    }
}
