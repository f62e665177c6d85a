package la.rtp.tracker.recommendation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import la.rtp.tracker.common.Time;
import la.rtp.tracker.meeting.AgendaItem;
import la.rtp.tracker.meeting.Meeting;
import la.rtp.tracker.meeting.MeetingKind;
import la.rtp.tracker.meeting.MeetingStatus;
import la.rtp.tracker.meeting.Minutes;
import la.rtp.tracker.swg.Swg;

/**
 * RTP-level meetings written straight to the database, for tests that need one before the API
 * that schedules them ({@code POST /api/v1/meetings}) is there. Each call commits on its own.
 * Once that API exists, these four methods are the only place to switch to it.
 */
public final class RtpMeetings {

    private RtpMeetings() {
    }

    /** A scheduled RTIM on {@code day}, 09:00 to 17:00 in Vientiane, with these SWGs taking part; returns its id. */
    public static long rtim(String title, LocalDate day, String... swgs) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Meeting m = new Meeting();
            m.title = title;
            m.kind = MeetingKind.RTIM;
            m.startsAt = day.atTime(LocalTime.of(9, 0)).atZone(Time.ZONE).toInstant();
            m.endsAt = day.atTime(LocalTime.of(17, 0)).atZone(Time.ZONE).toInstant();
            m.meetingDate = day;
            m.venue = "National Convention Centre";
            m.createdAt = m.startsAt;
            m.updatedAt = m.startsAt;
            for (String code : swgs) {
                m.participants.add(Swg.require(code));
            }
            m.persist();
            return m.id;
        });
    }

    /** An agenda item at the end of the meeting's agenda, in {@code segment}'s segment (null for none); returns its id. */
    public static long agendaItem(long meetingId, String title, String segment) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Meeting m = Meeting.findById(meetingId);
            AgendaItem a = new AgendaItem();
            a.meeting = m;
            a.title = title;
            a.segment = segment == null ? null : Swg.require(segment);
            a.position = (int) AgendaItem.count("meeting", m) + 1;
            a.persist();
            return a.id;
        });
    }

    /** Marks the meeting held. */
    public static void held(long meetingId) {
        QuarkusTransaction.requiringNew().run(() -> {
            Meeting m = Meeting.findById(meetingId);
            m.status = MeetingStatus.HELD;
            m.heldAt = m.endsAt;
        });
    }

    /** Writes minutes for the held meeting and publishes them on {@code on}. */
    public static void publishMinutes(long meetingId, LocalDate on) {
        QuarkusTransaction.requiringNew().run(() -> {
            Meeting m = Meeting.findById(meetingId);
            Instant at = on.atTime(LocalTime.NOON).atZone(Time.ZONE).toInstant();
            Minutes minutes = new Minutes();
            minutes.meeting = m;
            minutes.createdAt = at;
            minutes.write("# " + m.title + "\n\nRecommendations to the SWGs.", "en", at);
            minutes.publish(on, at);
            minutes.persist();
        });
    }
}
