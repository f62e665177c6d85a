package la.rtp.tracker.swg;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import la.rtp.tracker.common.BaseEntity;
import la.rtp.tracker.common.Problems;

/** A Sector Working Group, or a sub-sector working group when it has a parent. */
@Entity
@Table(name = "swg")
public class Swg extends BaseEntity {

    public String code;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "name_lo")
    public String nameLo;

    @Column(name = "lead_ministry")
    public String leadMinistry;

    public String mandate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Swg parent;

    @Enumerated(EnumType.STRING)
    public Cadence cadence = Cadence.QUARTERLY;

    @Column(name = "created_at")
    public Instant createdAt;

    /** 404 unless an SWG (or sub-sector group) has this code. */
    public static Swg require(String code) {
        Swg swg = find("code", code).firstResult();
        return Problems.found(swg, "SWG", code);
    }

    public static List<Swg> topLevel() {
        return list("parent is null order by id");
    }

    public static List<Swg> childrenOf(Collection<Long> parentIds) {
        return parentIds.isEmpty() ? List.of() : list("parent.id in ?1 order by code", parentIds);
    }

    public static Set<String> unknownCodes(Collection<String> codes) {
        Set<String> unknown = new TreeSet<>(codes);
        if (!codes.isEmpty()) {
            unknown.removeAll(getEntityManager()
                    .createQuery("select s.code from Swg s where s.code in :codes", String.class)
                    .setParameter("codes", codes).getResultList());
        }
        return unknown;
    }
}
