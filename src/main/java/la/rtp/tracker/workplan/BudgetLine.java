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
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * An activity's planned and disbursed money from one source (one line per source). Versioned
 * through its activity, whose {@code updatedAt} every change touches.
 */
@Entity
@Table(name = "budget_line")
public class BudgetLine extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "activity_id")
    public Activity activity;

    @Enumerated(EnumType.STRING)
    public FundingSource source;

    @Column(name = "planned_usd")
    public BigDecimal plannedUsd = BigDecimal.ZERO;

    @Column(name = "disbursed_usd")
    public BigDecimal disbursedUsd = BigDecimal.ZERO;

    /** Budget lines of these activities, in funding-source order. */
    public static List<BudgetLine> ofActivities(Collection<Long> activityIds) {
        if (activityIds.isEmpty()) {
            return List.of();
        }
        List<BudgetLine> lines = list("activity.id in ?1", activityIds);
        return lines.stream().sorted(Comparator.comparing((BudgetLine b) -> b.source)).toList();
    }

    /** Budget lines of all activities of these workplans, in one statement. */
    public static List<BudgetLine> ofWorkplans(Collection<Long> workplanIds) {
        if (workplanIds.isEmpty()) {
            return List.of();
        }
        List<BudgetLine> lines = list("activity.workplan.id in ?1", workplanIds);
        return lines.stream().sorted(Comparator.comparing((BudgetLine b) -> b.source)).toList();
    }
}
