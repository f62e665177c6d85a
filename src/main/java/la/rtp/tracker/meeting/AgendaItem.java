package la.rtp.tracker.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import la.rtp.tracker.common.BaseEntity;
import la.rtp.tracker.swg.NsedpOutcome;
import la.rtp.tracker.swg.Swg;

/** One agenda item, at a 1-based position; linked to NSEDP outcomes (rule RTP-9). */
@Entity
@Table(name = "agenda_item")
public class AgendaItem extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    public Meeting meeting;

    public int position;

    public String title;

    public String presenter;

    /** The SWG whose segment of an RTP-level meeting this item belongs to; null outside segments. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "swg_id")
    public Swg segment;

    /** A workplan activity id; not a mapped association until the workplan package is merged. */
    @Column(name = "activity_id")
    public Long activityId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "action_item_id")
    public ActionItem actionItem;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "agenda_item_outcome", joinColumns = @JoinColumn(name = "agenda_item_id"),
            inverseJoinColumns = @JoinColumn(name = "nsedp_outcome_id"))
    public Set<NsedpOutcome> outcomes = new LinkedHashSet<>();

    /** The agenda of these meetings in one statement, outcomes included, in meeting then position order. */
    public static List<AgendaItem> ofMeetings(Collection<Long> meetingIds) {
        return meetingIds.isEmpty() ? List.of()
                : find("select distinct a from AgendaItem a left join fetch a.outcomes left join fetch a.segment "
                        + "where a.meeting.id in ?1 order by a.meeting.id, a.position", meetingIds).list();
    }

    static int nextPosition(Meeting meeting) {
        Integer max = getEntityManager()
                .createQuery("select max(a.position) from AgendaItem a where a.meeting = :m", Integer.class)
                .setParameter("m", meeting).getSingleResult();
        return max == null ? 1 : max + 1;
    }
}
