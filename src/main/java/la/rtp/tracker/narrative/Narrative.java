package la.rtp.tracker.narrative;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import la.rtp.tracker.common.BaseEntity;
import la.rtp.tracker.common.ProblemException;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.swg.Swg;

/**
 * An SWG's narrative for the consolidated RTIM progress report of a plan year (one per SWG and
 * year). The state transitions are here; who may take them, the dates and the history are
 * {@link NarrativeService}'s.
 */
@Entity
@Table(name = "narrative")
public class Narrative extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "swg_id")
    public Swg swg;

    @Column(name = "plan_year")
    public int year;

    @Enumerated(EnumType.STRING)
    public NarrativeStatus status = NarrativeStatus.DRAFT;

    @Embedded
    public Sections texts = new Sections();

    /** The last submission's business date. */
    @Column(name = "submitted_on")
    public LocalDate submittedOn;

    /** The last acceptance's business date. */
    @Column(name = "accepted_on")
    public LocalDate acceptedOn;

    /** The reason given by the last return, kept after resubmission. */
    @Column(name = "returned_reason")
    public String returnedReason;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The narrative of this SWG for this year, with its SWG, if any. */
    public static Optional<Narrative> of(String swgCode, int year) {
        return find("from Narrative n join fetch n.swg s where s.code = ?1 and n.year = ?2", swgCode, year)
                .firstResultOptional();
    }

    /** 404 unless this SWG has a narrative for this year. */
    public static Narrative require(String swgCode, int year) {
        return of(swgCode, year).orElseThrow(() -> new Problems.NotFound("Narrative of " + swgCode + " for", year));
    }

    /** Replaces the texts; 409 unless DRAFT or RETURNED. */
    void edit(Sections replacement) {
        requireStatus("changed", Set.of(NarrativeStatus.DRAFT, NarrativeStatus.RETURNED));
        texts = replacement;
    }

    /** DRAFT or RETURNED -> SUBMITTED; 422 naming the sections when every one is empty in both languages. */
    void submit(LocalDate on) {
        requireStatus("submitted", NarrativeStatus.SUBMITTABLE);
        List<String> empty = (texts == null ? new Sections() : texts).emptySections();
        if (empty.size() == Sections.KEYS.size()) {
            throw new Problems.Invalid(empty.stream().map(k -> new ProblemException.FieldError(k,
                    k + " is empty in English and Lao; write at least one section before submitting")).toList());
        }
        status = NarrativeStatus.SUBMITTED;
        submittedOn = on;
    }

    /** SUBMITTED or ACCEPTED -> RETURNED, with the reason. */
    void returnForRevision(String reason) {
        requireStatus("returned", NarrativeStatus.RETURNABLE);
        status = NarrativeStatus.RETURNED;
        returnedReason = reason;
    }

    /** SUBMITTED -> ACCEPTED. */
    void accept(LocalDate on) {
        requireStatus("accepted", NarrativeStatus.ACCEPTABLE);
        status = NarrativeStatus.ACCEPTED;
        acceptedOn = on;
    }

    /** 409 naming the current status unless the narrative may take this step. */
    private void requireStatus(String step, Set<NarrativeStatus> allowed) {
        if (!allowed.contains(status)) {
            throw new Problems.Conflict("The narrative is " + status + "; it can be " + step + " only when "
                    + String.join(" or ", allowed.stream().sorted().map(Enum::name).toList()));
        }
    }
}
