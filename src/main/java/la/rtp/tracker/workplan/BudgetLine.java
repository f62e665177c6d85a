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
import la.rtp.tracker.swg.Organization;

/**
 * An activity's planned money from one source and, where there is one, one funding organisation,
 * in the currency it was entered in. What was disbursed is in {@link Disbursement}s. Versioned
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

    /** A development partner, the Government budget, ...; none when only the source is known. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "funding_organization_id")
    public Organization fundingOrganization;

    @Enumerated(EnumType.STRING)
    public Currency currency = Currency.USD;

    @Column(name = "planned_amount")
    public BigDecimal planned = BigDecimal.ZERO;

    /** The funding organisation's id, null when none (without loading it). */
    public Long funderId() {
        return fundingOrganization == null ? null : fundingOrganization.id;
    }

    /** Same source and funder: a request names a line by these two. */
    public boolean sameFunding(FundingSource otherSource, Long otherFunderId) {
        return source == otherSource && java.util.Objects.equals(funderId(), otherFunderId);
    }

    /** Budget lines of these activities, in funding-source order. */
    public static List<BudgetLine> ofActivities(Collection<Long> activityIds) {
        if (activityIds.isEmpty()) {
            return List.of();
        }
        List<BudgetLine> lines = list("from BudgetLine b left join fetch b.fundingOrganization "
                + "where b.activity.id in ?1", activityIds);
        return sorted(lines);
    }

    /** Budget lines of all activities of these workplans, in one statement. */
    public static List<BudgetLine> ofWorkplans(Collection<Long> workplanIds) {
        if (workplanIds.isEmpty()) {
            return List.of();
        }
        List<BudgetLine> lines = list("from BudgetLine b left join fetch b.fundingOrganization "
                + "where b.activity.workplan.id in ?1", workplanIds);
        return sorted(lines);
    }

    /** Source order, then the line entered first. */
    private static List<BudgetLine> sorted(List<BudgetLine> lines) {
        return lines.stream().sorted(Comparator.comparing((BudgetLine b) -> b.source)
                .thenComparing(b -> b.id)).toList();
    }
}
