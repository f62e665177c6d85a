package la.rtp.tracker.workplan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Money disbursed on a budget line, in the line's currency, counted in a quarter of the plan year.
 * Never erased: one recorded in error is withdrawn from a date, so that what was disbursed by any
 * date stays what it was. An adjustment is the difference a cumulative figure made to the running
 * total (clients that report "disbursed so far"); it may be negative.
 */
@Entity
@Table(name = "disbursement")
public class Disbursement extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "budget_line_id")
    public BudgetLine line;

    @Column(name = "plan_quarter")
    public int quarter;

    public BigDecimal amount;

    @Column(name = "disbursed_on")
    public LocalDate disbursedOn;

    public boolean adjustment;

    public String note;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "withdrawn_on")
    public LocalDate withdrawnOn;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    /** Counted on {@code day}: disbursed on or before it and not withdrawn by then. */
    public boolean countsOn(LocalDate day) {
        return !disbursedOn.isAfter(day) && (withdrawnOn == null || withdrawnOn.isAfter(day));
    }

    /** Every disbursement of these lines, withdrawn ones included, oldest first. */
    public static List<Disbursement> ofLines(Collection<Long> lineIds) {
        return lineIds.isEmpty() ? List.of()
                : list("from Disbursement d where d.line.id in ?1 order by d.disbursedOn, d.id", lineIds);
    }
}
