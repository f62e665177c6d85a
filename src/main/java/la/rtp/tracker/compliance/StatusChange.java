package la.rtp.tracker.compliance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a status history (workplans, action items): the status entered on a date.
 * Histories are given oldest first; entries on the same day keep their list order.
 */
public record StatusChange(String status, LocalDate on) {

    public StatusChange {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(on, "on");
    }

    /** The status on D: the last entry dated on or before D; empty if none is. */
    public static Optional<String> statusOn(List<StatusChange> history, LocalDate asOf) {
        return chronological(history).stream()
                .filter(change -> !change.on().isAfter(asOf))
                .reduce((first, second) -> second)
                .map(StatusChange::status);
    }

    /** The date {@code status} was first entered on or before D; empty if it was not. */
    public static Optional<LocalDate> firstOn(List<StatusChange> history, String status,
            LocalDate asOf) {
        return chronological(history).stream()
                .filter(change -> change.status().equals(status) && !change.on().isAfter(asOf))
                .map(StatusChange::on)
                .findFirst();
    }

    // The loader should send histories in order; a stable sort makes a slip harmless.
    private static List<StatusChange> chronological(List<StatusChange> history) {
        return history.stream().sorted(Comparator.comparing(StatusChange::on)).toList();
    }
}
