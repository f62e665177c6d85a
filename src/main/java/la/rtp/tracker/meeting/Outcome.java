package la.rtp.tracker.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import la.rtp.tracker.common.BaseEntity;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.swg.Organization;
import la.rtp.tracker.swg.Swg;

/**
 * An outcome of an agenda item, in English and/or Lao. A recommendation (of an RTP-level meeting)
 * is addressed to one or more SWGs, optionally to an organisation too, and is due by a date; the
 * addressed SWGs answer it (package {@code recommendation}).
 */
@Entity
@Table(name = "outcome")
public class Outcome extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agenda_item_id")
    public AgendaItem agendaItem;

    /** The agenda item's meeting, kept here for the register's queries. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    public Meeting meeting;

    @Enumerated(EnumType.STRING)
    public OutcomeType type;

    @Column(name = "text_en")
    public String textEn;

    @Column(name = "text_lo")
    public String textLo;

    /** A recommendation's addressed organisation besides the SWGs, e.g. a ministry. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id")
    public Organization organization;

    @Column(name = "due_date")
    public LocalDate dueDate;

    /** The SWGs a recommendation is addressed to; empty for a decision or information. */
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "outcome_swg", joinColumns = @JoinColumn(name = "outcome_id"),
            inverseJoinColumns = @JoinColumn(name = "swg_id"))
    public Set<Swg> addressees = new LinkedHashSet<>();

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /**
     * Writes what the outcome says. The addressees are changed in place (removed ones deleted,
     * new ones added) rather than the set replaced, so that the rows an SWG's answer refers to are
     * never deleted and re-inserted.
     */
    public void write(OutcomeType newType, String en, String lo, Collection<Swg> swgs, Organization org,
            LocalDate due, Instant now) {
        type = newType;
        textEn = en;
        textLo = lo;
        addressees.retainAll(swgs);
        addressees.addAll(swgs);
        organization = org;
        dueDate = due;
        updatedAt = now;
    }

    /** The outcome with its meeting (and the meeting's SWG, if any) and agenda item, or 404. */
    public static Outcome require(Long id) {
        Outcome o = id == null ? null : find("from Outcome o join fetch o.meeting m left join fetch m.swg "
                + "join fetch o.agendaItem a left join fetch a.segment left join fetch o.organization "
                + "where o.id = ?1", id).firstResult();
        return Problems.found(o, "Outcome", id);
    }
}
