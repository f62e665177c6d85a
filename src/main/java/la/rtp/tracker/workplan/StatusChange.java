package la.rtp.tracker.workplan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * One row of a workplan's status history: the business date {@code onDate} (which may be a
 * paper record's date), the instant it was recorded, who, and why. Creation is the row with no
 * {@code fromStatus}. Append-only.
 */
@Entity
@Table(name = "workplan_status_change")
public class StatusChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workplan_id")
    public Workplan workplan;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public WorkplanStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public WorkplanStatus toStatus;

    @Column(name = "on_date")
    public LocalDate onDate;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    public String actor;

    public String reason;

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
