package la.rtp.tracker.narrative;

import java.util.Set;

/**
 * DRAFT -> SUBMITTED -> ACCEPTED, or SUBMITTED -> RETURNED -> SUBMITTED. The RTP secretariat
 * may also return an ACCEPTED narrative (a correction after the fact); the text accepted before
 * stays in force for the report until the next acceptance.
 */
public enum NarrativeStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    ACCEPTED;

    /** The texts may be changed only in these states. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    static final Set<NarrativeStatus> SUBMITTABLE = Set.of(DRAFT, RETURNED);
    static final Set<NarrativeStatus> RETURNABLE = Set.of(SUBMITTED, ACCEPTED);
    static final Set<NarrativeStatus> ACCEPTABLE = Set.of(SUBMITTED);
}
