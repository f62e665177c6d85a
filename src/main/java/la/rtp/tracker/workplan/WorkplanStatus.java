package la.rtp.tracker.workplan;

import java.util.Set;

/** DRAFT -> SUBMITTED -> ENDORSED, or SUBMITTED -> RETURNED -> SUBMITTED. */
public enum WorkplanStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    ENDORSED;

    /** Activities may be added, changed or removed only in these states (disbursements always). */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    static final Set<WorkplanStatus> SUBMITTABLE = Set.of(DRAFT, RETURNED);
}
