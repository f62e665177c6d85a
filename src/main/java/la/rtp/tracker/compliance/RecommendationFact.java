package la.rtp.tracker.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A recommendation of an RTP-level meeting (RTIM, RTM, coordination, provincial consultation)
 * addressed to the snapshot's SWG, with that SWG's answers (RTP-11).
 *
 * @param meetingDate        business date of the RTP-level meeting that made it
 * @param minutesPublishedOn business date the meeting's minutes were published, null if not
 * @param responseDates      the dates of every answer of the SWG (accepted or not), any order;
 *                           answers are append-only, so the first one dated on or before D is
 *                           when the SWG had answered by D
 */
public record RecommendationFact(long id, LocalDate meetingDate, LocalDate minutesPublishedOn,
        List<LocalDate> responseDates) {

    public RecommendationFact {
        Objects.requireNonNull(meetingDate, "meetingDate");
        responseDates = List.copyOf(responseDates);
    }

    /**
     * Counted for plan year Y as of D: the meeting is dated in Y (and not after D) and its
     * minutes were published on or before D; the SWG cannot answer what was never published.
     */
    public boolean countedIn(int year, LocalDate asOf) {
        return meetingDate.getYear() == year && !meetingDate.isAfter(asOf) && minutesPublishedOn != null
                && !minutesPublishedOn.isAfter(asOf);
    }

    /** The last day an answer is on time: publication + {@code days} (that day included). */
    public LocalDate dueOn(int days) {
        return minutesPublishedOn.plusDays(days);
    }

    /** The day of the SWG's first answer dated on or before D; empty when none by D. */
    public Optional<LocalDate> answeredOn(LocalDate asOf) {
        return responseDates.stream().filter(day -> !day.isAfter(asOf)).min(LocalDate::compareTo);
    }
}
