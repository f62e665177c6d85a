package la.rtp.tracker.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One action item decided at a meeting of the SWG (of any year).
 *
 * @param history status changes ({@code OPEN}, {@code IN_PROGRESS}, {@code DONE},
 *                {@code CANCELLED}) with their business dates, oldest first; the first entry
 *                is the creation as {@code OPEN}
 */
public record ActionItemFact(long id, long meetingId, LocalDate dueDate,
        List<StatusChange> history) {

    private static final Set<String> OPEN_STATUSES = Set.of("OPEN", "IN_PROGRESS");

    public ActionItemFact {
        Objects.requireNonNull(dueDate, "dueDate");
        history = List.copyOf(history);
    }

    /** The status on D; empty when the item did not exist yet on D. */
    public Optional<String> statusOn(LocalDate asOf) {
        return StatusChange.statusOn(history, asOf);
    }

    /** Existing and still OPEN or IN_PROGRESS on D (closed after D still counts as open). */
    public boolean openOn(LocalDate asOf) {
        return statusOn(asOf).map(OPEN_STATUSES::contains).orElse(false);
    }

    /** Open on D and due before D (RTP-8): the due day itself is still in time. */
    public boolean overdueOn(LocalDate asOf) {
        return openOn(asOf) && dueDate.isBefore(asOf);
    }
}
