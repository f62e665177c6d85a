package la.rtp.tracker.workplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import la.rtp.tracker.common.BaseEntity;

/** The RTP secretariat's submission deadline for one plan year, replacing the configured default. */
@Entity
@Table(name = "workplan_deadline")
public class WorkplanDeadline extends BaseEntity {

    @Column(name = "plan_year")
    public int year;

    public LocalDate deadline;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    public static Optional<WorkplanDeadline> forYear(int year) {
        return find("from WorkplanDeadline d where d.year = ?1", year).firstResultOptional();
    }

    public static List<WorkplanDeadline> forYears(Collection<Integer> years) {
        return years.isEmpty() ? List.of() : list("from WorkplanDeadline d where d.year in ?1", years);
    }
}
