package la.rtp.tracker.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The SWG's workplan for the snapshot's year.
 *
 * @param history    status changes ({@code DRAFT}, {@code SUBMITTED}, {@code RETURNED},
 *                   {@code ENDORSED}) with their business dates, oldest first
 * @param activities the activities as they are now (activities carry no history)
 * @param budget     budget lines of all activities, one or more per funding source
 */
public record WorkplanFact(long id, List<StatusChange> history, List<ActivityFact> activities,
        List<BudgetFact> budget) {

    public static final String SUBMITTED = "SUBMITTED";
    public static final String ENDORSED = "ENDORSED";

    public WorkplanFact {
        history = List.copyOf(history);
        activities = List.copyOf(activities);
        budget = List.copyOf(budget);
    }

    /** First submission on or before D; a resubmission after RETURNED does not move it. */
    public Optional<LocalDate> submittedOn(LocalDate asOf) {
        return StatusChange.firstOn(history, SUBMITTED, asOf);
    }

    /** First endorsement on or before D. */
    public Optional<LocalDate> endorsedOn(LocalDate asOf) {
        return StatusChange.firstOn(history, ENDORSED, asOf);
    }
}
