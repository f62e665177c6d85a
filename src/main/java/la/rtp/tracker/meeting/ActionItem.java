package la.rtp.tracker.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import la.rtp.tracker.common.BaseEntity;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.swg.Organization;
import la.rtp.tracker.swg.Person;
import la.rtp.tracker.swg.Swg;

/** An action agreed at a meeting; stays attached to the meeting that raised it. */
@Entity
@Table(name = "action_item")
public class ActionItem extends BaseEntity {

    static final String FETCH = "from ActionItem i join fetch i.meeting m join fetch i.swg s "
            + "left join fetch i.ownerOrganization left join fetch i.ownerPerson ";

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    public Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "swg_id")
    public Swg swg;

    public String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_organization_id")
    public Organization ownerOrganization;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_person_id")
    public Person ownerPerson;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    public ActionItemStatus status = ActionItemStatus.OPEN;

    @Column(name = "status_on")
    public LocalDate statusOn;

    @Column(name = "opened_on")
    public LocalDate openedOn;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /**
     * Overdue on {@code day}: due before it (the due day itself is still in time, as for every
     * deadline of the compliance rules) and neither DONE nor CANCELLED.
     */
    public boolean overdueOn(LocalDate day) {
        return dueDate.isBefore(day) && !status.closed();
    }

    /**
     * Moves to {@code next} as of {@code on}, recording the change by {@code actor}: 409 when it is
     * already there or final (DONE and CANCELLED only reopen), 422 when {@code on} is before the
     * last change. Answers the status it left.
     */
    public ActionItemStatus changeStatus(ActionItemStatus next, LocalDate on, Instant now, String actor) {
        requireMayBecome(next);
        if (on.isBefore(statusOn)) {
            throw new Problems.Invalid("on", "on must not be before the item's last change, on " + statusOn);
        }
        ActionItemStatus from = status;
        status = next;
        statusOn = on;
        updatedAt = now;
        ActionItemChange.record(this, from, on, now, actor);
        return from;
    }

    /** 409 when the item is already {@code next}, or final and {@code next} does not reopen it. */
    public void requireMayBecome(ActionItemStatus next) {
        if (next == status) {
            throw new Problems.Conflict("Action item " + id + " is already " + status);
        }
        if (!status.mayBecome(next)) {
            throw new Problems.Conflict("Action item " + id + " is " + status
                    + ", which is final; it can only be reopened (status OPEN)");
        }
    }

    /** The item with meeting, SWG and owners, or 404. */
    public static ActionItem require(Long id) {
        ActionItem i = id == null ? null : find(FETCH + "where i.id = ?1", id).firstResult();
        return Problems.found(i, "Action item", id);
    }

    static List<ActionItem> ofMeeting(long meetingId) {
        return find(FETCH + "where m.id = ?1 order by i.dueDate, i.id", meetingId).list();
    }

    /** Number of action items per meeting id, in one statement. */
    static Map<Long, Long> countsByMeeting(Collection<Long> meetingIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (!meetingIds.isEmpty()) {
            getEntityManager().createQuery("select i.meeting.id, count(i) from ActionItem i "
                    + "where i.meeting.id in :ids group by i.meeting.id", Object[].class)
                    .setParameter("ids", meetingIds).getResultList()
                    .forEach(r -> counts.put((Long) r[0], ((Number) r[1]).longValue()));
        }
        return counts;
    }

    /**
     * Items of these SWGs overdue on {@code day} as {@link #overdueOn} defines it (due before
     * it, neither DONE nor CANCELLED), with meeting, SWG and owners, by due date, in one
     * statement.
     */
    public static List<ActionItem> overdueIn(Collection<Long> swgIds, LocalDate day) {
        List<ActionItemStatus> open = Arrays.stream(ActionItemStatus.values()).filter(s -> !s.closed()).toList();
        return swgIds.isEmpty() ? List.of()
                : find(FETCH + "where s.id in ?1 and i.dueDate < ?2 and i.status in ?3 order by i.dueDate, i.id",
                        swgIds, day, open).list();
    }
}
