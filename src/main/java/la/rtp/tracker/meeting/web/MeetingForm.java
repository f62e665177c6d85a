package la.rtp.tracker.meeting.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Map;
import la.rtp.tracker.common.Time;
import la.rtp.tracker.web.FormErrors;

/**
 * What the meeting forms read differently from the API ({@link la.rtp.tracker.web.Forms} parses
 * the fields): a date and two times in Vientiane instead of two instants, and so other field names.
 */
final class MeetingForm {

    private static final Map<String, String> FIELDS = Map.of("startsAt", "startTime", "endsAt", "endTime",
            "onlineLink", "venue");

    private MeetingForm() {
    }

    static OffsetDateTime vientiane(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(Time.ZONE).toOffsetDateTime();
    }

    /** The API names the instants; the form has a date and two times. */
    static FormErrors renamed(FormErrors apiErrors) {
        FormErrors result = FormErrors.none();
        for (Map.Entry<String, String> e : apiErrors.fields().entrySet()) {
            result = result.and(FormErrors.field(FIELDS.getOrDefault(e.getKey(), e.getKey()), e.getValue()));
        }
        for (String general : apiErrors.general()) {
            result = result.and(FormErrors.general(general));
        }
        return result;
    }
}
