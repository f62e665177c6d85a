package la.rtp.tracker.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One meeting of the SWG.
 *
 * @param kind               {@code REGULAR}, {@code SUB_SECTOR}, {@code CHAIR_CO_CHAIR},
 *                           {@code CONSULTATION}
 * @param status             current status: {@code SCHEDULED}, {@code HELD}, {@code CANCELLED}
 * @param date               business date (Asia/Vientiane) on which the meeting starts
 * @param minutesPublishedOn business date of publication of the minutes, null if unpublished
 */
public record MeetingFact(long id, String kind, String status, LocalDate date,
        LocalDate minutesPublishedOn, List<AttendeeFact> attendees, List<AgendaFact> agenda) {

    public static final String REGULAR = "REGULAR";
    public static final String HELD = "HELD";

    public MeetingFact {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(date, "date");
        attendees = List.copyOf(attendees);
        agenda = List.copyOf(agenda);
    }

    /**
     * Held in year Y up to D. Meetings carry only their current status, not its history: a
     * meeting dated on or before D and held now is taken as held on its date.
     */
    public boolean heldIn(int year, LocalDate asOf) {
        return HELD.equals(status) && date.getYear() == year && !date.isAfter(asOf);
    }

    public boolean regular() {
        return REGULAR.equals(kind);
    }

    /** The dates of {@code meetings}, in their order: how a detail names meetings. */
    public static List<LocalDate> dates(List<MeetingFact> meetings) {
        return meetings.stream().map(MeetingFact::date).toList();
    }

    /** Minutes published on or before D; a later publication has not happened yet on D. */
    public boolean minutesPublishedBy(LocalDate asOf) {
        return minutesPublishedOn != null && !minutesPublishedOn.isAfter(asOf);
    }
}
