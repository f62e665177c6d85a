package la.rtp.tracker.compliance;

import static la.rtp.tracker.compliance.Snapshots.assertVerdict;
import static la.rtp.tracker.compliance.Snapshots.attendee;
import static la.rtp.tracker.compliance.Snapshots.day;
import static la.rtp.tracker.compliance.Snapshots.meeting;
import static la.rtp.tracker.compliance.Snapshots.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class Rtp10ProvincialParticipationTest {

    private final Rtp10ProvincialParticipation rule = new Rtp10ProvincialParticipation();
    private final AttendeeFact province = attendee("FEMALE", "PROVINCIAL_AUTHORITY");
    private final Year year = Year.of(2025);

    @Test
    void anyKindOfMeetingWithAProvincialAttendee() {
        SwgYearSnapshot snapshot = snapshot().meetings(
                meeting(11, day(2, 1)).attendees(attendee("MALE", "GOVERNMENT")),
                meeting(12, day(4, 9)).kind("CONSULTATION").attendees(province)).build();
        Verdict verdict = rule.evaluate(snapshot, day(6, 1));
        assertVerdict(verdict, Status.COMPLIANT, "rtp10.met", 1, List.of(day(4, 9)));
        assertEquals(List.of("/api/v1/meetings/12"), verdict.evidence());
        assertEquals("Provincial authority attended the meeting of 9 Apr",
                ComplianceMessages.format(verdict.detail(), Locale.ENGLISH));
    }

    @Test
    void pendingUpToTheLastDayOfTheYear() {
        SwgYearSnapshot snapshot = snapshot().meetings(
                meeting(11, day(2, 1)).attendees(attendee("MALE", "GOVERNMENT"))).build();
        Verdict verdict = rule.evaluate(snapshot, day(12, 31));
        assertVerdict(verdict, Status.PENDING, "rtp10.pending", year);
        assertEquals(List.of(), verdict.evidence());
    }

    @Test
    void nonCompliantTheDayAfterTheYearEnds() {
        assertVerdict(rule.evaluate(snapshot().build(), LocalDate.of(2026, 1, 1)),
                Status.NON_COMPLIANT, "rtp10.missing", year);
    }

    @Test
    void meetingsNotHeldInTheYearUpToTheAsOfDateDoNotCount() {
        SwgYearSnapshot snapshot = snapshot().meetings(
                meeting(11, LocalDate.of(2024, 12, 15)).attendees(province),
                meeting(12, day(3, 1)).status("CANCELLED").attendees(province),
                meeting(13, day(9, 1)).attendees(province)).build();
        assertVerdict(rule.evaluate(snapshot, day(8, 31)), Status.PENDING, "rtp10.pending", year);
        assertVerdict(rule.evaluate(snapshot, day(9, 1)),
                Status.COMPLIANT, "rtp10.met", 1, List.of(day(9, 1)));
    }
}
