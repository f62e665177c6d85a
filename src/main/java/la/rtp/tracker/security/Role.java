package la.rtp.tracker.security;

import java.util.List;

/**
 * Human roles. Partner tokens carry {@link #PARTNER}, which is not a user role. Every identity
 * also carries the coarse groups its role belongs to ({@link Access#WRITE}, {@link Access#READ},
 * ...), so that endpoints name a group rather than list roles.
 */
public enum Role {
    RTP_SECRETARIAT(Access.PLAN, Access.WRITE, Access.READ, Access.PUBLISHED),
    SWG_SECRETARIAT(Access.PLAN, Access.WRITE, Access.READ, Access.PUBLISHED),
    SWG_CHAIR(Access.WRITE, Access.READ, Access.PUBLISHED),
    VIEWER(Access.READ, Access.PUBLISHED);

    public static final String PARTNER = "PARTNER";

    /** The groups of a partner token: published data only. */
    public static final List<String> PARTNER_GROUPS = List.of(Access.PUBLISHED);

    private final List<String> groups;

    Role(String... groups) {
        this.groups = List.of(groups);
    }

    /** The coarse groups this role belongs to. */
    public List<String> groups() {
        return groups;
    }

    /** Roles scoped to the SWGs listed on the user. */
    public boolean scoped() {
        return this == SWG_SECRETARIAT || this == SWG_CHAIR;
    }
}
