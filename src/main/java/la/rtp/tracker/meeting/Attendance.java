package la.rtp.tracker.meeting;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import la.rtp.tracker.swg.Gender;
import la.rtp.tracker.swg.OrganizationType;

/**
 * {@code {total, women, byOrganizationType}}. Only the types present are listed (count > 0), in
 * the enum's order, with {@code UNKNOWN} last for attendees who had no organisation.
 */
public record Attendance(long total, long women, Map<String, Long> byOrganizationType) {

    public static final String UNKNOWN = "UNKNOWN";
    public static final Attendance NONE = new Attendance(0, 0, Map.of());

    public static Attendance of(Collection<Attendee> attendees) {
        Map<OrganizationType, long[]> counts = new HashMap<>();
        for (Attendee a : attendees) {
            long[] c = counts.computeIfAbsent(a.organizationType, t -> new long[2]);
            c[0]++;
            c[1] += a.gender == Gender.FEMALE ? 1 : 0;
        }
        return from(counts);
    }

    /** Summaries per meeting id from {@link Attendee#countsByMeetingAndType} rows. */
    public static Map<Long, Attendance> byMeeting(Collection<Long> meetingIds) {
        Map<Long, Map<OrganizationType, long[]>> rows = new HashMap<>();
        for (Object[] r : Attendee.countsByMeetingAndType(meetingIds)) {
            rows.computeIfAbsent((Long) r[0], k -> new HashMap<>())
                    .put((OrganizationType) r[1], new long[] {((Number) r[2]).longValue(), ((Number) r[3]).longValue()});
        }
        Map<Long, Attendance> result = new HashMap<>();
        rows.forEach((id, counts) -> result.put(id, from(counts)));
        return result;
    }

    private static Attendance from(Map<OrganizationType, long[]> counts) {
        long total = 0;
        long women = 0;
        Map<String, Long> byType = new LinkedHashMap<>();
        for (OrganizationType t : OrganizationType.values()) {
            long[] c = counts.get(t);
            if (c != null && c[0] > 0) {
                byType.put(t.name(), c[0]);
            }
        }
        long[] unknown = counts.get(null);
        if (unknown != null && unknown[0] > 0) {
            byType.put(UNKNOWN, unknown[0]);
        }
        for (long[] c : counts.values()) {
            total += c[0];
            women += c[1];
        }
        return new Attendance(total, women, byType);
    }
}
