package la.rtp.tracker.compliance;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One membership of the SWG (a post held over a term).
 *
 * @param organizationType type of the organisation holding the post ({@code GOVERNMENT},
 *                         {@code DEVELOPMENT_PARTNER}, ...), null when unknown
 * @param endDate          null for an open term
 */
public record MembershipFact(long id, Role role, String organizationType, LocalDate startDate,
        LocalDate endDate) {

    public MembershipFact {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(startDate, "startDate");
    }

    /** Active on D: started on or before D and not ended before D (both boundary days count). */
    public boolean activeOn(LocalDate asOf) {
        return !startDate.isAfter(asOf) && (endDate == null || !endDate.isBefore(asOf));
    }
}
