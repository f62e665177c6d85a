package la.rtp.tracker.partner;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import la.rtp.tracker.meeting.ActionItem;
import la.rtp.tracker.meeting.ActionItemStatus;
import la.rtp.tracker.meeting.Attendance;
import la.rtp.tracker.meeting.Minutes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Published minutes as partners read them: the text (Markdown and its sanitised HTML), who
 * attended (counts only, no names) and the action items agreed. Nothing here depends on the
 * day it is read (no "overdue" flag), so that the ETag, computed from stored data only, is exact.
 * {@code swg} is the organiser: the SWG's code, or RTP for a meeting the RTP secretariat organised.
 */
public record PublishedMinutesView(long meetingId, String swg, String title, LocalDate meetingDate, String language,
        String body, String bodyHtml, LocalDate publishedOn, Instant publishedAt, Instant updatedAt,
        Attendance attendance, List<Action> actionItems) {

    /** An action item of the meeting; {@code statusOn} is the business date of its last status change. */
    @Schema(name = "PublishedActionItem")
    public record Action(long id, String description, Long ownerOrganizationId, String ownerOrganization,
            Long ownerPersonId, String ownerPerson, LocalDate dueDate, ActionItemStatus status, LocalDate statusOn) {

        static Action from(ActionItem i) {
            return new Action(i.id, i.description, i.ownerOrganization == null ? null : i.ownerOrganization.id,
                    i.ownerOrganization == null ? null : i.ownerOrganization.name,
                    i.ownerPerson == null ? null : i.ownerPerson.id,
                    i.ownerPerson == null ? null : i.ownerPerson.fullName, i.dueDate, i.status, i.statusOn);
        }
    }

    /** A page: {@code nextCursor} is null on the last one. */
    @Schema(name = "PublishedMinutesPage")
    public record Page(List<PublishedMinutesView> items, String nextCursor) {
    }

    static PublishedMinutesView from(Minutes mi, Attendance attendance, List<Action> actions) {
        return new PublishedMinutesView(mi.meeting.id, mi.meeting.organiserCode(), mi.meeting.title, mi.meeting.meetingDate,
                mi.language, mi.body, mi.bodyHtml, mi.publishedOn, mi.publishedAt, mi.updatedAt,
                attendance == null ? Attendance.NONE : attendance, actions);
    }
}
