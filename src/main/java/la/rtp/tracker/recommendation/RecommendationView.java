package la.rtp.tracker.recommendation;

import java.time.LocalDate;
import java.util.List;
import la.rtp.tracker.meeting.ActionItemStatus;
import la.rtp.tracker.meeting.MeetingKind;

/**
 * A recommendation of an RTP-level meeting as the register shows it on a date: where it was
 * made, what it says, and for each addressed SWG its status, the answer in force and the action
 * items linked by then with their status on that date.
 */
public record RecommendationView(long id, RecommendationMeeting meeting, RecommendationAgendaItem agendaItem,
        String textEn, String textLo, LocalDate dueDate, RecommendationOrganization organization, LocalDate asOf,
        List<RecommendationAddressee> addressees) {

    public record RecommendationMeeting(long id, String title, MeetingKind kind, LocalDate date) {
    }

    /** The agenda item; {@code segment} is the SWG whose segment of the meeting it belongs to, or null. */
    public record RecommendationAgendaItem(long id, int position, String title, String segment) {
    }

    public record RecommendationOrganization(long id, String name) {
    }

    /** One addressed SWG: its status on {@code asOf}, the answer in force (or null) and its linked actions. */
    public record RecommendationAddressee(String swg, RecommendationStatus status, RecommendationAnswer response,
            List<RecommendationActionItem> actions) {
    }

    public record RecommendationAnswer(Decision decision, String reason, LocalDate respondedOn) {
    }

    /** A linked action item with its status on {@code asOf}. */
    public record RecommendationActionItem(long id, String description, LocalDate dueDate, ActionItemStatus status) {
    }
}
