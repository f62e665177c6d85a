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
 * One report of how an activity went in a quarter. Append-only: the status of a quarter on a date
 * is the last report for it dated on or before that date (ties: the one recorded last).
 */
@Entity
@Table(name = "activity_progress")
public class ActivityProgress extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "activity_id")
    public Activity activity;

    @Column(name = "plan_quarter")
    public int quarter;

    @Enumerated(EnumType.STRING)
    public ProgressStatus status;

    @Column(name = "narrative_en")
    public String narrativeEn;

    @Column(name = "narrative_lo")
    public String narrativeLo;

    @Column(name = "reported_on")
    public LocalDate reportedOn;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;

    /** Every report on these activities, in the order they take effect. */
    public static List<ActivityProgress> ofActivities(Collection<Long> activityIds) {
        return activityIds.isEmpty() ? List.of()
                : list("from ActivityProgress p where p.activity.id in ?1 order by p.reportedOn, p.id", activityIds);
    }
}
