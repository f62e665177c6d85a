package la.rtp.tracker.compliance;

import java.util.Set;

/**
 * One attendee of a meeting.
 *
 * @param gender           {@code FEMALE}, {@code MALE}, {@code OTHER}, {@code UNDISCLOSED}
 * @param organizationType type of the attendee's organisation, null when unknown
 */
public record AttendeeFact(String gender, String organizationType) {

    public static final String PRIVATE_SECTOR = "PRIVATE_SECTOR";
    public static final String NPA = "NPA";
    public static final String NGO = "NGO";
    public static final String PROVINCIAL_AUTHORITY = "PROVINCIAL_AUTHORITY";

    /** The non-state development actors of Guideline point 3. */
    static final Set<String> NON_STATE = Set.of(PRIVATE_SECTOR, NPA, NGO);

    public boolean female() {
        return "FEMALE".equals(gender);
    }

    public boolean nonState() {
        return organizationType != null && NON_STATE.contains(organizationType);
    }

    public boolean provincialAuthority() {
        return PROVINCIAL_AUTHORITY.equals(organizationType);
    }
}
