package la.rtp.tracker.compliance;

import static la.rtp.tracker.compliance.Snapshots.assertVerdict;
import static la.rtp.tracker.compliance.Snapshots.attendee;
import static la.rtp.tracker.compliance.Snapshots.day;
import static la.rtp.tracker.compliance.Snapshots.meeting;
import static la.rtp.tracker.compliance.Snapshots.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Year;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class Rtp6NonStateParticipationTest {

    private final Rtp6NonStateParticipation rule = new Rtp6NonStateParticipation();
    private final AttendeeFact official = attendee("MALE", "GOVERNMENT");

    @Test
    void pendingWhileNoRegularMeetingIsHeld() {
        SwgYearSnapshot snapshot = snapshot().meetings(
                meeting(11, day(2, 1)).kind("CONSULTATION"),
                meeting(12, day(2, 2)).status("SCHEDULED"),
                meeting(13, day(5, 2))).build();
        Verdict verdict = rule.evaluate(snapshot, day(5, 1));
        assertVerdict(verdict, Status.PENDING, "rtp6.noMeeting", Year.of(2025));
        assertEquals(List.of(), verdict.evidence());
    }

    @Test
    void eachNonStateTypeCounts() {
        SwgYearSnapshot snapshot = snapshot().meetings(
                meeting(11, day(2, 1)).attendees(official, attendee("FEMALE", "PRIVATE_SECTOR")),
                meeting(12, day(5, 1)).attendees(attendee("MALE", "NPA")),
                meeting(13, day(8, 1)).attendees(attendee("FEMALE", "NGO"))).build();
        Verdict verdict = rule.evaluate(snapshot, day(9, 1));
        assertVerdict(verdict, Status.COMPLIANT, "rtp6.met", 3);
        assertEquals(List.of("/api/v1/meetings/11", "/api/v1/meetings/12", "/api/v1/meetings/13"),
                verdict.evidence());
    }

    @Test
    void meetingsWithoutNonStateAttendeeAreNamed() {
        SwgYearSnapshot snapshot = snapshot().meetings(
                meeting(11, day(2, 10)).attendees(official, attendee("MALE", "DEVELOPMENT_PARTNER")),
                meeting(12, day(3, 1)).attendees(attendee("FEMALE", "NGO")),
                meeting(13, day(5, 12)).attendees(attendee("FEMALE", null))).build();
        Verdict verdict = rule.evaluate(snapshot, day(6, 1));
        assertVerdict(verdict, Status.NON_COMPLIANT, "rtp6.missing", 2,
                List.of(day(2, 10), day(5, 12)));
        assertEquals(List.of("/api/v1/meetings/11", "/api/v1/meetings/13"), verdict.evidence());
        assertEquals("2 regular meetings without a private sector, NPA or NGO attendee: 10 Feb, 12 May",
                ComplianceMessages.format(verdict.detail(), Locale.ENGLISH));
    }

    @Test
    void otherKindsAndLaterMeetingsAreIgnored() {
        SwgYearSnapshot snapshot = snapshot().meetings(
                meeting(11, day(2, 10)).attendees(attendee("MALE", "NPA")),
                meeting(12, day(3, 1)).kind("CHAIR_CO_CHAIR").attendees(official),
                meeting(13, day(6, 2)).attendees(official)).build();
        assertVerdict(rule.evaluate(snapshot, day(6, 1)), Status.COMPLIANT, "rtp6.met", 1);
        assertVerdict(rule.evaluate(snapshot, day(6, 2)), Status.NON_COMPLIANT, "rtp6.missing", 1,
                List.of(day(6, 2)));
    }
}
