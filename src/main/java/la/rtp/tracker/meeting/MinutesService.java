package la.rtp.tracker.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import la.rtp.tracker.audit.Audit;
import la.rtp.tracker.common.BusinessDates;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.security.Access;

/** The minutes of a meeting: written in Markdown, rewritten, published once the meeting was held. */
@ApplicationScoped
public class MinutesService {

    /** The minutes as saved, and whether this save created them. */
    public record Saved(MinutesView minutes, boolean created) {
    }

    @Inject
    Access access;

    @Inject
    Audit audit;

    /** The minutes, draft or published; 404 when the meeting has none. */
    public MinutesView get(Long id) {
        Meeting m = Meeting.requireReadable(id, access);
        Minutes minutes = Problems.found(Minutes.ofMeeting(m.id), "Minutes of meeting", m.id);
        return MinutesView.from(minutes);
    }

    /**
     * Writes the minutes, or rewrites them: then the version read is required (428 without it, 409
     * when stale). Published minutes keep their publication date.
     */
    @Transactional
    public Saved save(Long id, @Valid @NotNull MinutesResource.MinutesRequest request) {
        Meeting m = Meeting.require(id);
        m.requireWrite(access);
        m.refuseIfCancelled(() -> "Meeting " + m.id + " was cancelled; it has no minutes");
        Minutes minutes = Minutes.ofMeeting(m.id);
        boolean created = minutes == null;
        Instant now = audit.now();
        if (created) {
            minutes = new Minutes();
            minutes.meeting = m;
            minutes.createdAt = now;
        } else {
            minutes.requireVersion(request.version());
        }
        minutes.write(request.body(), request.language(), now);
        if (created) {
            minutes.persist();
        }
        audit.record("Minutes", m.id, created ? "create" : minutes.published ? "update-published" : "update",
                m.organiserCode() + ": minutes of meeting " + m.id + " (" + minutes.language + ", "
                        + minutes.body.length() + " characters)" + (minutes.published ? ", already published" : ""));
        Minutes.flush();
        return new Saved(MinutesView.from(minutes), created);
    }

    /**
     * Publishes the minutes of a held meeting; {@code publishedOn} defaults to today, and only the
     * RTP secretariat may record another date.
     */
    @Transactional
    public MinutesView publish(Long id, @Valid MinutesResource.PublishRequest request) {
        Meeting m = Meeting.require(id);
        m.requireWrite(access);
        if (m.status != MeetingStatus.HELD) {
            throw new Problems.Conflict("Only the minutes of a held meeting can be published; meeting " + m.id
                    + " is " + m.status);
        }
        Minutes minutes = Minutes.ofMeeting(m.id);
        if (minutes == null) {
            throw new Problems.Conflict("Meeting " + m.id + " has no minutes to publish yet");
        }
        if (minutes.published) {
            throw new Problems.Conflict("The minutes of meeting " + m.id + " were already published on "
                    + minutes.publishedOn);
        }
        LocalDate today = audit.today();
        LocalDate on = BusinessDates.recorded("publishedOn", request == null ? null : request.publishedOn(), today,
                access.isSecretariat());
        if (on.isBefore(m.meetingDate)) {
            throw new Problems.Invalid("publishedOn", "publishedOn must not be before the meeting date "
                    + m.meetingDate);
        }
        minutes.publish(on, audit.now());
        audit.record("Minutes", m.id, "publish", m.organiserCode() + ": minutes of meeting " + m.id + " published on "
                + on);
        Minutes.flush();
        return MinutesView.from(minutes);
    }
}
