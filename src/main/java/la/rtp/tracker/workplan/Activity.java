package la.rtp.tracker.workplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import la.rtp.tracker.common.BaseEntity;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.swg.NsedpOutcome;
import la.rtp.tracker.swg.Organization;

/**
 * One activity of a workplan: the quarters it runs in, the NSEDP outcomes it serves (stored by
 * outcome id in {@code activity_outcome}) and, in {@link BudgetLine}, its money by source.
 */
@Entity
@Table(name = "workplan_activity")
public class Activity extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workplan_id")
    public Workplan workplan;

    public String title;

    public String description;

    public boolean q1;
    public boolean q2;
    public boolean q3;
    public boolean q4;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "responsible_organization_id")
    public Organization responsibleOrganization;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "activity_outcome", joinColumns = @JoinColumn(name = "activity_id"),
            inverseJoinColumns = @JoinColumn(name = "outcome_id"))
    public Set<NsedpOutcome> outcomes = new HashSet<>();

    @Column(name = "created_at")
    public Instant createdAt;

    /** Set on every change, budget lines included, so that {@code version} moves with them. */
    @Column(name = "updated_at")
    public Instant updatedAt;

    public List<Integer> quarters() {
        List<Integer> quarters = new ArrayList<>();
        boolean[] flags = {q1, q2, q3, q4};
        for (int i = 0; i < flags.length; i++) {
            if (flags[i]) {
                quarters.add(i + 1);
            }
        }
        return quarters;
    }

    public void setQuarters(Collection<Integer> quarters) {
        q1 = quarters.contains(1);
        q2 = quarters.contains(2);
        q3 = quarters.contains(3);
        q4 = quarters.contains(4);
    }

    public List<Integer> outcomeNumbers() {
        return outcomes.stream().map(o -> o.number).sorted().toList();
    }

    /**
     * The activities of these workplans, oldest first, with outcomes and responsible organisation
     * fetched in the same statement.
     */
    public static List<Activity> ofWorkplans(Collection<Long> workplanIds) {
        return workplanIds.isEmpty() ? List.of()
                : find("select a from Activity a left join fetch a.outcomes left join fetch a.responsibleOrganization "
                        + "where a.workplan.id in ?1 order by a.id", workplanIds).list();
    }

    /** 404 unless the activity exists and belongs to this workplan. */
    public static Activity require(Workplan workplan, Long id) {
        // singleResult, not firstResult: a row limit with a collection fetch would be applied in memory
        Activity a = id == null ? null
                : find("select a from Activity a left join fetch a.outcomes left join fetch a.responsibleOrganization "
                        + "where a.id = ?1 and a.workplan = ?2", id, workplan).<Activity>singleResultOptional()
                        .orElse(null);
        return Problems.found(a, "Activity", id + " of workplan " + workplan.id);
    }
}
