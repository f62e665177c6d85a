package la.rtp.tracker.recommendation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import la.rtp.tracker.common.Time;
import la.rtp.tracker.meeting.Meeting;
import la.rtp.tracker.meeting.MeetingStatus;
import la.rtp.tracker.meeting.Minutes;
import la.rtp.tracker.support.Api;

/**
 * RTP-level meetings for the tests: scheduled and given an agenda through the API as the RTP
 * secretariat; marked held and given published minutes straight in the database, so that a
 * test may use a meeting in the future of the real clock (the API marks a meeting held only once
 * it has started). Each call commits on its own.
 */
public final class RtpMeetings {

    private RtpMeetings() {
    }

    /** A scheduled RTIM on {@code day}, 09:00 to 17:00 in Vientiane, with these SWGs taking part; returns its id. */
    public static long rtim(String title, LocalDate day, String... swgs) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("kind", "RTIM");
        body.put("startsAt", day + "T09:00:00+07:00");
        body.put("endsAt", day + "T17:00:00+07:00");
        body.put("venue", "National Convention Centre");
        body.put("swgs", List.of(swgs));
        return Api.admin().body(body).post("/api/v1/meetings").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    /** An agenda item at the end of the meeting's agenda, in {@code segment}'s segment (null for none); returns its id. */
    public static long agendaItem(long meetingId, String title, String segment) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("swg", segment);
        return Api.admin().body(body).post("/api/v1/meetings/" + meetingId + "/agenda-items").then().statusCode(201)
                .extract().jsonPath().getLong("id");
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
