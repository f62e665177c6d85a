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
import java.util.Optional;
import la.rtp.tracker.common.BaseEntity;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.swg.Swg;

/**
 * An SWG's annual workplan (one per SWG and year). {@code submittedOn} is the FIRST submission
 * date, which rule RTP-2 judges; every later date is in {@link StatusChange}.
 */
@Entity
@Table(name = "workplan")
public class Workplan extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "swg_id")
    public Swg swg;

    @Column(name = "plan_year")
    public int year;

    @Enumerated(EnumType.STRING)
    public WorkplanStatus status = WorkplanStatus.DRAFT;

    @Column(name = "submitted_on")
    public LocalDate submittedOn;

    @Column(name = "endorsed_on")
    public LocalDate endorsedOn;

    /** The reason given by the last return, kept after resubmission. */
    @Column(name = "returned_reason")
    public String returnedReason;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** 404 unless the workplan exists; its SWG is fetched with it. */
    public static Workplan require(Long id) {
        Workplan w = id == null ? null
                : find("from Workplan w join fetch w.swg where w.id = ?1", id).firstResult();
        return Problems.found(w, "Workplan", id);
    }

    /** The workplan of this SWG for this year, if any. */
    public static Optional<Workplan> of(Swg swg, int year) {
        return find("from Workplan w where w.swg = ?1 and w.year = ?2", swg, year).firstResultOptional();
    }

    /** The workplans of these SWGs for one year, each with its SWG, in one statement. */
    public static List<Workplan> ofYear(int year, Collection<Long> swgIds) {
        return swgIds.isEmpty() ? List.of()
                : find("from Workplan w join fetch w.swg s where w.year = ?1 and s.id in ?2 order by s.code", year,
                        swgIds).list();
    }
}
