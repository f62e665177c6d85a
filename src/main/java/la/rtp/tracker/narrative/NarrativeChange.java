package la.rtp.tracker.narrative;

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
 * One row of a narrative's status history: the business date {@code onDate}, the instant it was
 * recorded, who, and why. Creation is the row with no {@code fromStatus}. Append-only.
 */
@Entity
@Table(name = "narrative_status_change")
public class NarrativeChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "narrative_id")
    public Narrative narrative;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public NarrativeStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public NarrativeStatus toStatus;

    @Column(name = "on_date")
    public LocalDate onDate;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    public String actor;

    public String reason;

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
