package la.rtp.tracker.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import la.rtp.tracker.common.BaseEntity;
import la.rtp.tracker.common.Problems;

/**
 * The minutes of one meeting: Markdown as written, and the sanitised HTML rendered when it was
 * written (feeds serve it as stored). Publishing fixes {@code publishedOn}/{@code publishedAt};
 * later edits only move {@code updatedAt}.
 */
@Entity
@Table(name = "minutes")
public class Minutes extends BaseEntity {

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    public Meeting meeting;

    public String language;

    public String body;

    @Column(name = "body_html")
    public String bodyHtml;

    public boolean published;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Writes or rewrites the text; published minutes keep their publication date. */
    public void write(String markdown, String lang, Instant now) {
        body = markdown;
        language = lang;
        bodyHtml = MinutesRenderer.render(markdown);
        updatedAt = now;
    }

    /** Publishes as of {@code on}: 409 when already published. */
    public void publish(LocalDate on, Instant now) {
        if (published) {
            throw new Problems.Conflict("The minutes of meeting " + meeting.id + " were already published on "
                    + publishedOn);
        }
        published = true;
        publishedOn = on;
        publishedAt = now;
        // Feeds poll by updatedSince: a publication is news to them.
        updatedAt = now;
    }

    public static Minutes ofMeeting(long meetingId) {
        return find("meeting.id", meetingId).firstResult();
    }

    /** Minutes of these meetings by meeting id, in one statement. */
    public static Map<Long, Minutes> ofMeetings(Collection<Long> meetingIds) {
        List<Minutes> found = meetingIds.isEmpty() ? List.of() : list("meeting.id in ?1", meetingIds);
        return found.stream().collect(Collectors.toMap(m -> m.meeting.id, Function.identity()));
    }
}
