package la.rtp.tracker.meeting;

import java.time.Instant;
import la.rtp.tracker.swg.Gender;

/**
 * An attendee as recorded (snapshot). {@code organizationType} is {@code UNKNOWN} when the person
 * had no organisation; {@code walkIn} when they are not in the directory.
 */
public record AttendeeView(long id, long meetingId, Long personId, boolean walkIn, String fullName, Gender gender,
        Long organizationId, String organizationName, String organizationType, Instant recordedAt) {

    public static AttendeeView from(Attendee a) {
        return new AttendeeView(a.id, a.meeting.id, a.personId, a.personId == null, a.fullName, a.gender,
                a.organizationId, a.organizationName,
                a.organizationType == null ? Attendance.UNKNOWN : a.organizationType.name(), a.recordedAt);
    }
}
