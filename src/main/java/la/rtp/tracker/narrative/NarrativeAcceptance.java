package la.rtp.tracker.narrative;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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
 * The texts of a narrative as the RTP secretariat accepted them on {@code acceptedOn}. Append-only:
 * a later return and re-acceptance adds a row, so the text in force on any date stays known.
 */
@Entity
@Table(name = "narrative_acceptance")
public class NarrativeAcceptance extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "narrative_id")
    public Narrative narrative;

    @Column(name = "accepted_on")
    public LocalDate acceptedOn;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    public String actor;

    @Embedded
    public Sections texts;

    /** The acceptances of these narratives, oldest first, in one statement. */
    static List<NarrativeAcceptance> ofNarratives(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("narrative.id in ?1 order by acceptedOn, id", ids);
    }

    /**
     * For each SWG with a narrative of {@code year}, the acceptance in force on {@code asOf}: the
     * latest accepted on or before that day (the last recorded when two share a day), with the SWG
     * code. One statement whatever the number of SWGs.
     */
    static List<Object[]> inForce(int year, LocalDate asOf) {
        return getEntityManager().createQuery("select s.code, a from NarrativeAcceptance a join a.narrative n "
                + "join n.swg s where n.year = :year and a.acceptedOn <= :asOf and not exists ("
                + "select 1 from NarrativeAcceptance b where b.narrative = a.narrative and b.acceptedOn <= :asOf "
                + "and (b.acceptedOn > a.acceptedOn or (b.acceptedOn = a.acceptedOn and b.id > a.id)))",
                Object[].class).setParameter("year", year).setParameter("asOf", asOf).getResultList();
    }
}
