package la.rtp.tracker.swg;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import la.rtp.tracker.common.BaseEntity;

/** A National Socio-Economic Development Plan: a period and numbered outcomes (data, not code). */
@Entity
@Table(name = "nsedp_plan")
public class NsedpPlan extends BaseEntity {

    public int number;

    public String title;

    @Column(name = "start_year")
    public int startYear;

    @Column(name = "end_year")
    public int endYear;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    public List<NsedpOutcome> outcomes = new ArrayList<>();

    public static List<NsedpPlan> allWithOutcomes() {
        return find("select distinct p from NsedpPlan p left join fetch p.outcomes order by p.startYear").list();
    }

    public static Optional<NsedpPlan> withOutcomes(long id) {
        return find("select distinct p from NsedpPlan p left join fetch p.outcomes where p.id = ?1", id)
                .singleResultOptional();
    }

    /** The plan in force in {@code year}, with its outcomes. */
    public static Optional<NsedpPlan> forYear(int year) {
        return find("select distinct p from NsedpPlan p left join fetch p.outcomes "
                + "where p.startYear <= ?1 and p.endYear >= ?1", year).<NsedpPlan>list().stream().findFirst();
    }

    public boolean overlaps(int start, int end) {
        return startYear <= end && endYear >= start;
    }
}
