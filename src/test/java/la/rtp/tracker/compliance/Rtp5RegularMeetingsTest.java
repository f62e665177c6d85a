package la.rtp.tracker.compliance;

import static la.rtp.tracker.compliance.Snapshots.assertVerdict;
import static la.rtp.tracker.compliance.Snapshots.day;
import static la.rtp.tracker.compliance.Snapshots.meeting;
import static la.rtp.tracker.compliance.Snapshots.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class Rtp5RegularMeetingsTest {

    private final Rtp5RegularMeetings rule = new Rtp5RegularMeetings();
    private final List<Period> quarters = Cadence.QUARTERLY.periods(2025);
    private final LocalDate nextYear = LocalDate.of(2026, 1, 1);

    private Period q(int n) {
        return quarters.get(n - 1);
    }

    @Test
    void pendingOnTheLastDayOfTheFirstQuarter() {
        Verdict verdict = rule.evaluate(snapshot().build(), day(3, 31));
        assertVerdict(verdict, Status.PENDING, "rtp5.pending", q(1), day(3, 31));
        assertEquals("No period ended yet; Q1 ends on 31 Mar",
                ComplianceMessages.format(verdict.detail(), Locale.ENGLISH));
    }

    @Test
    void firstQuarterMissedTheNextDay() {
        assertVerdict(rule.evaluate(snapshot().build(), day(4, 1)),
                Status.NON_COMPLIANT, "rtp5.missed", List.of(q(1)));
    }

    @Test
    void meetingOnTheLastDayOfTheQuarterCounts() {
        SwgYearSnapshot snapshot = snapshot().meetings(meeting(11, day(3, 31))).build();
        Verdict verdict = rule.evaluate(snapshot, day(4, 1));
        assertVerdict(verdict, Status.COMPLIANT, "rtp5.met", List.of(q(1)));
        assertEquals(List.of("/api/v1/meetings/11"), verdict.evidence());
    }

    @Test
    void meetingOnTheFirstDayOfTheNextQuarterDoesNotCountForThePrevious() {
        SwgYearSnapshot snapshot = snapshot().meetings(meeting(11, day(4, 1))).build();
        assertVerdict(rule.evaluate(snapshot, day(4, 1)),
                Status.NON_COMPLIANT, "rtp5.missed", List.of(q(1)));
    }

    @Test
    void onlyHeldRegularMeetingsCount() {
        SwgYearSnapshot snapshot = snapshot().meetings(
                meeting(11, day(2, 1)).kind("SUB_SECTOR"),
                meeting(12, day(2, 2)).kind("CHAIR_CO_CHAIR"),
                meeting(13, day(2, 3)).status("CANCELLED"),
                meeting(14, day(2, 4)).status("SCHEDULED"),
                meeting(15, LocalDate.of(2024, 12, 20))).build();
        Verdict verdict = rule.evaluate(snapshot, day(4, 1));
        assertVerdict(verdict, Status.NON_COMPLIANT, "rtp5.missed", List.of(q(1)));
        assertEquals(List.of(), verdict.evidence());
    }

    @Test
    void missedQuartersAreListed() {
        SwgYearSnapshot snapshot = snapshot().meetings(
                meeting(11, day(5, 10)), meeting(12, day(11, 20))).build();
        Verdict verdict = rule.evaluate(snapshot, nextYear);
        assertVerdict(verdict, Status.NON_COMPLIANT, "rtp5.missed", List.of(q(1), q(3)));
        assertEquals(List.of("/api/v1/meetings/11", "/api/v1/meetings/12"), verdict.evidence());
        assertEquals("No regular meeting held in Q1, Q3",
                ComplianceMessages.format(verdict.detail(), Locale.ENGLISH));
    }

    @Test
    void everyQuarterMet() {
        SwgYearSnapshot snapshot = snapshot().meetings(meeting(11, day(1, 1)),
                meeting(12, day(6, 30)), meeting(13, day(9, 1)), meeting(14, day(12, 31))).build();
        assertVerdict(rule.evaluate(snapshot, nextYear),
                Status.COMPLIANT, "rtp5.met", List.of(q(1), q(2), q(3), q(4)));
    }

    @Test
    void aMeetingHeldAfterTheAsOfDateDoesNotCount() {
        SwgYearSnapshot snapshot = snapshot().meetings(meeting(11, day(3, 20))).build();
        assertVerdict(rule.evaluate(snapshot, day(3, 19)),
                Status.PENDING, "rtp5.pending", q(1), day(3, 31));
    }

    @Test
    void halfYearlyCadence() {
        List<Period> halves = Cadence.HALF_YEARLY.periods(2025);
        SwgYearSnapshot snapshot = snapshot().cadence(Cadence.HALF_YEARLY)
                .meetings(meeting(11, day(2, 1))).build();
        assertVerdict(rule.evaluate(snapshot, day(6, 30)),
                Status.PENDING, "rtp5.pending", halves.get(0), day(6, 30));
        assertVerdict(rule.evaluate(snapshot, day(7, 1)),
                Status.COMPLIANT, "rtp5.met", List.of(halves.get(0)));
        Verdict verdict = rule.evaluate(snapshot, nextYear);
        assertVerdict(verdict, Status.NON_COMPLIANT, "rtp5.missed", List.of(halves.get(1)));
        assertEquals("No regular meeting held in H2",
                ComplianceMessages.format(verdict.detail(), Locale.ENGLISH));
    }

    @Test
    void yearlyCadence() {
        Period year = Cadence.YEARLY.periods(2025).get(0);
        SwgYearSnapshot none = snapshot().cadence(Cadence.YEARLY).build();
        assertVerdict(rule.evaluate(none, day(12, 31)),
                Status.PENDING, "rtp5.pending", year, day(12, 31));
        Verdict missed = rule.evaluate(none, nextYear);
        assertVerdict(missed, Status.NON_COMPLIANT, "rtp5.missed", List.of(year));
        assertEquals("No regular meeting held in 2025",
                ComplianceMessages.format(missed.detail(), Locale.ENGLISH));
        SwgYearSnapshot one = snapshot().cadence(Cadence.YEARLY).meetings(meeting(11, day(8, 8)))
                .build();
        assertVerdict(rule.evaluate(one, nextYear), Status.COMPLIANT, "rtp5.met", List.of(year));
    }
}
