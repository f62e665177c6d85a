package la.rtp.tracker.workplan;

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
import java.util.Collection;
import java.util.List;
import la.rtp.tracker.common.StatusTransition;

/** One row of a workplan's status history (see {@link StatusTransition}). */
@Entity
@Table(name = "workplan_status_change")
public class StatusChange extends StatusTransition {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workplan_id")
    public Workplan workplan;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public WorkplanStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public WorkplanStatus toStatus;

    /** Records that {@code w} entered its current status from {@code from}. */
    static void record(Workplan w, WorkplanStatus from, LocalDate on, Instant at, String actor, String reason) {
        StatusChange c = new StatusChange();
        c.workplan = w;
        c.fromStatus = from;
        c.toStatus = w.status;
        c.stamp(on, at, actor, reason);
    }

    /** The history of these workplans, oldest first, in one statement. */
    public static List<StatusChange> ofWorkplans(Collection<Long> workplanIds) {
        return workplanIds.isEmpty() ? List.of()
                : list("workplan.id in ?1 order by occurredAt, id", workplanIds);
    }

    /** The latest transition's business date (creation excluded), or null before the first. */
    static LocalDate lastTransitionDate(Workplan workplan) {
        return getEntityManager().createQuery("select max(c.onDate) from StatusChange c "
                + "where c.workplan = ?1 and c.fromStatus is not null", LocalDate.class)
                .setParameter(1, workplan).getSingleResult();
    }
}
