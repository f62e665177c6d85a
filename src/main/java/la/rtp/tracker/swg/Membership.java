package la.rtp.tracker.swg;

import io.quarkus.panache.common.Parameters;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import la.rtp.tracker.common.BaseEntity;
import la.rtp.tracker.common.Problems;

/**
 * A post in an SWG (Popolo-style): held by an organisation, a person, or both, over a term.
 * Both the start and the end day belong to the term.
 */
@Entity
@Table(name = "membership")
public class Membership extends BaseEntity {

    private static final String FETCH = "from Membership m join fetch m.swg s left join fetch m.person p "
            + "left join fetch p.organization left join fetch m.organization o ";

    private static final String REPRESENTED_BY = ", represented by ";

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "swg_id")
    public Swg swg;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    public Person person;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id")
    public Organization organization;

    @Enumerated(EnumType.STRING)
    public MembershipRole role;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(name = "created_at")
    public Instant createdAt;

    public boolean activeOn(LocalDate day) {
        return !startDate.isAfter(day) && (endDate == null || !endDate.isBefore(day));
    }

    public boolean overlaps(LocalDate start, LocalDate end) {
        return (end == null || !startDate.isAfter(end)) && (endDate == null || !endDate.isBefore(start));
    }

    /** Memberships of these SWGs active on {@code day}, with SWG, person and organisation. */
    public static List<Membership> activeOn(Collection<Long> swgIds, LocalDate day) {
        return swgIds.isEmpty() ? List.of()
                : find(FETCH + "where s.id in ?1 and m.startDate <= ?2 and (m.endDate is null or m.endDate >= ?2) "
                        + "order by m.role, m.startDate, m.id", swgIds, day).list();
    }

    public static List<Membership> ofPerson(long personId) {
        return find(FETCH + "where p.id = ?1 order by m.startDate desc, m.id", personId).list();
    }

    public static Membership withDetails(long id) {
        return find(FETCH + "where m.id = ?1", id).firstResult();
    }

    /**
     * 409 when the same holder already has this role in this SWG over an overlapping term: the
     * person, or the organisation (an organisation's post is one post whoever represents it).
     * {@code self} is skipped, so that changing a term checks it against the holder's other terms.
     * The message names the membership that is in the way, not the one being recorded.
     */
    public static void requireNoOverlap(Swg swg, MembershipRole role, Person person, Organization org,
            LocalDate start, LocalDate end, Long self) {
        for (Membership other : sameHolder(swg, role, person, org)) {
            if (!other.id.equals(self) && other.overlaps(start, end)) {
                boolean represented = other.organization != null && other.person != null;
                throw new Problems.Conflict(other.holderName() + (represented ? "," : "") + " already holds "
                        + role + " in " + swg.code
                        + " from " + other.startDate + (other.endDate == null ? "" : " to " + other.endDate)
                        + " (membership " + other.id + ")");
            }
        }
    }

    /**
     * Who holds this post, as people read it: "Ministry of Health, represented by Dr A", the
     * organisation alone when nobody is named, the person alone for a personal post.
     */
    public String holderName() {
        if (organization == null) {
            return person.fullName;
        }
        return organization.name + (person == null ? "" : REPRESENTED_BY + person.fullName);
    }

    private static List<Membership> sameHolder(Swg swg, MembershipRole role, Person person, Organization org) {
        List<String> holders = new ArrayList<>();
        Parameters params = Parameters.with("swg", swg.id).and("role", role);
        if (person != null) {
            holders.add("p.id = :person");
            params.and("person", person.id);
        }
        if (org != null) {
            holders.add("o.id = :org");
            params.and("org", org.id);
        }
        return holders.isEmpty() ? List.of()
                : find(FETCH + "where s.id = :swg and m.role = :role and (" + String.join(" or ", holders)
                        + ") order by m.startDate, m.id", params).list();
    }
}
