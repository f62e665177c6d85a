package la.rtp.tracker.compliance;

import static la.rtp.tracker.compliance.Snapshots.assertVerdict;
import static la.rtp.tracker.compliance.Snapshots.day;
import static la.rtp.tracker.compliance.Snapshots.meeting;
import static la.rtp.tracker.compliance.Snapshots.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Year;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class Rtp9NsedpOnAgendaTest {

    private final Rtp9NsedpOnAgenda rule = new Rtp9NsedpOnAgenda();

    @Test
    void pendingWhileNoRegularMeetingIsHeld() {
        SwgYearSnapshot snapshot = snapshot().meetings(
                meeting(11, day(2, 1)).kind("SUB_SECTOR"),
                meeting(12, day(2, 2)).status("CANCELLED"),
                meeting(13, day(3, 2)).agenda(1)).build();
        assertVerdict(rule.evaluate(snapshot, day(3, 1)),
                Status.PENDING, "rtp9.noMeeting", Year.of(2025));
    }

    @Test
    void everyRegularMeetingHadAnNsedpItem() {
        SwgYearSnapshot snapshot = snapshot().meetings(
                meeting(11, day(2, 1)).agenda(0, 2),
                meeting(12, day(5, 1)).agenda(1),
                meeting(13, day(6, 1)).kind("CONSULTATION")).build();
        Verdict verdict = rule.evaluate(snapshot, day(6, 30));
        assertVerdict(verdict, Status.COMPLIANT, "rtp9.met", 2);
        assertEquals(List.of("/api/v1/meetings/11", "/api/v1/meetings/12"), verdict.evidence());
    }

    @Test
    void meetingsWithoutAnNsedpItemAreNamed() {
        SwgYearSnapshot snapshot = snapshot().meetings(
                meeting(11, day(2, 1)).agenda(0, 0),
                meeting(12, day(5, 1)).agenda(1),
                meeting(13, day(6, 1))).build();
        Verdict verdict = rule.evaluate(snapshot, day(6, 30));
        assertVerdict(verdict, Status.NON_COMPLIANT, "rtp9.missing", 2,
                List.of(day(2, 1), day(6, 1)));
        assertEquals(List.of("/api/v1/meetings/11", "/api/v1/meetings/13"), verdict.evidence());
        assertEquals("2 regular meetings without an NSEDP outcome on the agenda: 1 Feb, 1 Jun",
                ComplianceMessages.format(verdict.detail(), Locale.ENGLISH));
    }

    @Test
    void meetingsAfterTheAsOfDateAreIgnored() {
        SwgYearSnapshot snapshot = snapshot().meetings(
                meeting(11, day(2, 1)).agenda(1), meeting(12, day(5, 1))).build();
        assertVerdict(rule.evaluate(snapshot, day(4, 30)), Status.COMPLIANT, "rtp9.met", 1);
        assertVerdict(rule.evaluate(snapshot, day(5, 1)),
                Status.NON_COMPLIANT, "rtp9.missing", 1, List.of(day(5, 1)));
    }
}
