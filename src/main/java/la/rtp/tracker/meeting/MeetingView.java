package la.rtp.tracker.meeting;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import la.rtp.tracker.common.Time;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A meeting. Instants are answered at Vientiane's offset (+07:00); {@code date}, {@code quarter}
 * and {@code year} are of the Vientiane start date. {@code attendees} and {@code actionItems}
 * only on the single view (and not to partners); {@code warnings} only on create and reschedule.
 * {@code organiser} is SWG for an SWG's own meeting ({@code swg} its code) or RTP for one the RTP
 * secretariat organises ({@code swg} null, {@code swgs} the SWGs taking part, {@code province}
 * the provincial authority of a provincial consultation).
 */
@Schema(examples = MeetingExamples.ONE)
public record MeetingView(long id, String swg, String organiser, List<String> swgs, Province province, String title,
        MeetingKind kind, MeetingStatus status,
        OffsetDateTime startsAt, OffsetDateTime endsAt, LocalDate date, int quarter, int year, String venue,
        String onlineLink, String cancelReason, OffsetDateTime heldAt, OffsetDateTime cancelledAt, int sequence,
        long version, List<AgendaItemView> agenda, Attendance attendance, MinutesView.Status minutes,
        long actionItemCount,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<AttendeeView> attendees,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<ActionItemView> actionItems,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> warnings) {

    /** The provincial authority a provincial consultation is held with. */
    @Schema(name = "MeetingProvince")
    public record Province(long id, String name) {
    }

    static MeetingView of(Meeting m, List<String> swgs, List<AgendaItemView> agenda, Attendance attendance,
            Minutes minutes, long actionItemCount, List<AttendeeView> attendees, List<ActionItemView> actionItems) {
        return new MeetingView(m.id, m.swg == null ? null : m.swg.code, m.rtpLevel() ? Meeting.ORGANISER_RTP : "SWG",
                swgs, m.province == null ? null : new Province(m.province.id, m.province.name), m.title, m.kind,
                m.status, local(m.startsAt), local(m.endsAt), m.meetingDate, m.quarter(), m.meetingDate.getYear(), m.venue, m.onlineLink, m.cancelReason,
                local(m.heldAt), local(m.cancelledAt), m.sequence, m.version, agenda,
                attendance == null ? Attendance.NONE : attendance, MinutesView.Status.from(minutes),
                actionItemCount, attendees, actionItems, null);
    }

    MeetingView withWarnings(List<String> newWarnings) {
        return new MeetingView(id, swg, organiser, swgs, province, title, kind, status, startsAt, endsAt, date,
                quarter, year, venue, onlineLink, cancelReason, heldAt, cancelledAt, sequence, version, agenda, attendance, minutes, actionItemCount,
                attendees, actionItems, newWarnings);
    }

    static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(Time.ZONE).toOffsetDateTime();
    }
}
