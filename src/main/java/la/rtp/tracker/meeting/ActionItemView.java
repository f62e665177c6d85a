package la.rtp.tracker.meeting;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An action item with the meeting that raised it; {@code overdue} as of today; {@code history}
 * (every status with the date it took effect) only on the single view.
 */
public record ActionItemView(long id, long meetingId, String meetingTitle, LocalDate meetingDate, String swg,
        String description, Long ownerOrganizationId, String ownerOrganization, Long ownerPersonId,
        String ownerPerson, LocalDate dueDate, ActionItemStatus status, LocalDate statusOn, LocalDate openedOn,
        boolean overdue, long version, @JsonInclude(JsonInclude.Include.NON_NULL) List<Change> history) {

    public record Change(ActionItemStatus fromStatus, ActionItemStatus status, LocalDate on, Instant recordedAt,
            String actor) {

        static Change from(ActionItemChange c) {
            return new Change(c.fromStatus, c.status, c.changedOn, c.recordedAt, c.actor);
        }
    }

    public static ActionItemView from(ActionItem i, LocalDate today) {
        return from(i, today, null);
    }

    public static ActionItemView from(ActionItem i, LocalDate today, List<ActionItemChange> history) {
        return new ActionItemView(i.id, i.meeting.id, i.meeting.title, i.meeting.meetingDate, i.swg.code,
                i.description, i.ownerOrganization == null ? null : i.ownerOrganization.id,
                i.ownerOrganization == null ? null : i.ownerOrganization.name,
                i.ownerPerson == null ? null : i.ownerPerson.id, i.ownerPerson == null ? null : i.ownerPerson.fullName,
                i.dueDate, i.status, i.statusOn, i.openedOn, i.overdueOn(today), i.version,
                history == null ? null : history.stream().map(Change::from).toList());
    }
}
