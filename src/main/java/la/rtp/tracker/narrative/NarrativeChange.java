package la.rtp.tracker.narrative;

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
import la.rtp.tracker.common.StatusTransition;

/** One row of a narrative's status history (see {@link StatusTransition}). */
@Entity
@Table(name = "narrative_status_change")
public class NarrativeChange extends StatusTransition {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "narrative_id")
    public Narrative narrative;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public NarrativeStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public NarrativeStatus toStatus;

    /** Records that {@code n} entered its current status from {@code from}. */
    static void record(Narrative n, NarrativeStatus from, LocalDate on, Instant at, String actor, String reason) {
        NarrativeChange c = new NarrativeChange();
        c.narrative = n;
        c.fromStatus = from;
        c.toStatus = n.status;
        c.stamp(on, at, actor, reason);
    }

    /** The history of these narratives, oldest first, in one statement. */
    static List<NarrativeChange> ofNarratives(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("narrative.id in ?1 order by occurredAt, id", ids);
    }

    /** The latest transition's business date (creation excluded), or null before the first. */
    static LocalDate lastTransitionDate(Narrative n) {
        return getEntityManager().createQuery("select max(c.onDate) from NarrativeChange c "
                + "where c.narrative = ?1 and c.fromStatus is not null", LocalDate.class)
                .setParameter(1, n).getSingleResult();
    }
}
