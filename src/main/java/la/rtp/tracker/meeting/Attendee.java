package la.rtp.tracker.meeting;

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
import java.util.Collection;
import java.util.List;
import la.rtp.tracker.swg.Gender;
import la.rtp.tracker.swg.OrganizationType;

/**
 * Someone who attended, with name, gender and organisation copied at recording time: later
 * directory edits do not rewrite who came. Recorded or removed, never edited, so no version.
 */
@Entity
@Table(name = "attendee")
public class Attendee extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    public Meeting meeting;

    /** Null for a walk-in who is not in the directory. */
    @Column(name = "person_id")
    public Long personId;

    @Column(name = "full_name")
    public String fullName;

    @Enumerated(EnumType.STRING)
    public Gender gender;

    @Column(name = "organization_id")
    public Long organizationId;

    @Column(name = "organization_name")
    public String organizationName;

    /** Null when the person had no organisation; counted as UNKNOWN. */
    @Enumerated(EnumType.STRING)
    @Column(name = "organization_type")
    public OrganizationType organizationType;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    public static List<Attendee> ofMeeting(long meetingId) {
        return list("meeting.id = ?1 order by fullName, id", meetingId);
    }

    static boolean attends(Meeting meeting, long personId) {
        return count("meeting = ?1 and personId = ?2", meeting, personId) > 0;
    }

    /**
     * Rows of {meetingId, organizationType, attendees, women} for these meetings: the attendance
     * summaries of a whole page in one aggregate statement.
     */
    public static List<Object[]> countsByMeetingAndType(Collection<Long> meetingIds) {
        return meetingIds.isEmpty() ? List.of()
                : getEntityManager().createQuery("select a.meeting.id, a.organizationType, count(a), "
                        + "sum(case when a.gender = :female then 1 else 0 end) from Attendee a "
                        + "where a.meeting.id in :ids group by a.meeting.id, a.organizationType", Object[].class)
                        .setParameter("female", Gender.FEMALE).setParameter("ids", meetingIds).getResultList();
    }
}
