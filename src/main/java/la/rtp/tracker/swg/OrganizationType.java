package la.rtp.tracker.swg;

import java.util.Set;

public enum OrganizationType {
    GOVERNMENT,
    DEVELOPMENT_PARTNER,
    PRIVATE_SECTOR,
    NPA,
    NGO,
    PROVINCIAL_AUTHORITY,
    ACADEMIA;

    /** Non-state development actors in the Guideline's sense (rule RTP-6). */
    public static final Set<OrganizationType> NON_STATE = Set.of(PRIVATE_SECTOR, NPA, NGO);
}
