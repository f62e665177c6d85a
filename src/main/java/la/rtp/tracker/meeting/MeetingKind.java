package la.rtp.tracker.meeting;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a meeting is. The first four are an SWG's own meetings (only REGULAR ones count for the
 * quarterly-meeting rule, RTP-5); the others are organised by the RTP secretariat above the SWGs,
 * with the SWGs taking part.
 */
public enum MeetingKind {
    REGULAR,
    SUB_SECTOR,
    CHAIR_CO_CHAIR,
    CONSULTATION,
    /** The annual Round Table Implementation Meeting: reviews each SWG and issues recommendations. */
    RTIM,
    /** The high-level Round Table Meeting, once per five-year plan. */
    RTM,
    /** DIC with the SWG secretariats, every quarter. */
    SECRETARIAT_COORDINATION,
    /** The chairs and co-chairs of the SWGs, jointly. */
    CHAIRS_COORDINATION,
    /** A consultation in a province before the RTIM. */
    PROVINCIAL_CONSULTATION;

    /** The kinds the RTP secretariat organises. */
    public static final Set<MeetingKind> RTP_LEVEL = EnumSet.of(RTIM, RTM, SECRETARIAT_COORDINATION,
            CHAIRS_COORDINATION, PROVINCIAL_CONSULTATION);

    public boolean rtpLevel() {
        return RTP_LEVEL.contains(this);
    }
}
