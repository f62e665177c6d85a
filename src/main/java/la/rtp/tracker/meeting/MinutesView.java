package la.rtp.tracker.meeting;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The minutes, draft or published, as the SWG and the secretariat read them. */
public record MinutesView(long meetingId, String swg, String title, LocalDate meetingDate, String language,
        String body, String bodyHtml, boolean published, LocalDate publishedOn, Instant publishedAt,
        Instant createdAt, Instant updatedAt, long version) {

    public static MinutesView from(Minutes m) {
        return new MinutesView(m.meeting.id, m.meeting.swg == null ? null : m.meeting.swg.code, m.meeting.title,
                m.meeting.meetingDate, m.language,
                m.body, m.bodyHtml, m.published, m.publishedOn, m.publishedAt, m.createdAt, m.updatedAt, m.version);
    }

    /**
     * What a meeting shows of its minutes: status only, never the draft text. Its schema name is
     * the one the published contract has (the compliance rule status is "Status"); pinned so that
     * the order in which the generator meets the two classes cannot swap them.
     */
    @Schema(name = "Status1")
    public record Status(String language, boolean published, LocalDate publishedOn, Instant publishedAt,
            Instant updatedAt, long version) {

        public static Status from(Minutes m) {
            return m == null ? null
                    : new Status(m.language, m.published, m.publishedOn, m.publishedAt, m.updatedAt, m.version);
        }
    }
}
