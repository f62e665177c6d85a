package la.rtp.tracker.compliance;

import static la.rtp.tracker.compliance.Snapshots.assertVerdict;
import static la.rtp.tracker.compliance.Snapshots.day;
import static la.rtp.tracker.compliance.Snapshots.meeting;
import static la.rtp.tracker.compliance.Snapshots.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class Rtp7MinutesPublishedTest {

    private final Rtp7MinutesPublished rule = new Rtp7MinutesPublished();
    private final LocalDate held = day(3, 1);

    private SwgYearSnapshot unpublished() {
        return snapshot().meetings(meeting(11, held)).build();
    }

    private SwgYearSnapshot publishedOn(LocalDate on) {
        return snapshot().meetings(meeting(11, held).published(on)).build();
    }

    @Test
    void pendingWithoutHeldMeetingWhileTheYearRuns() {
        SwgYearSnapshot snapshot = snapshot().meetings(meeting(11, day(2, 1)).status("CANCELLED"),
                meeting(12, day(4, 1))).build();
        assertVerdict(rule.evaluate(snapshot, day(3, 31)),
                Status.PENDING, "rtp7.noMeeting", Year.of(2025));
    }

    @Test
    void the13thDayAfterTheMeetingIsStillWithinTheWindow() {
        Verdict verdict = rule.evaluate(unpublished(), held.plusDays(13));
        assertVerdict(verdict, Status.PENDING, "rtp7.pending", List.of(held.plusDays(14)));
        assertEquals(List.of("/api/v1/meetings/11"), verdict.evidence());
        assertEquals("Minutes not published yet; due by 15 Mar (that day included)",
                ComplianceMessages.format(verdict.detail(), Locale.ENGLISH));
    }

    @Test
    void unpublishedOnThe14thDayIsStillInTime() {
        assertVerdict(rule.evaluate(unpublished(), held.plusDays(14)),
                Status.PENDING, "rtp7.pending", List.of(held.plusDays(14)));
    }

    @Test
    void unpublishedOnThe15thDayCounts() {
        Verdict verdict = rule.evaluate(unpublished(), held.plusDays(15));
        assertVerdict(verdict, Status.NON_COMPLIANT, "rtp7.late", 1, List.of(held), 14);
        assertEquals(List.of("/api/v1/meetings/11"), verdict.evidence());
        assertEquals("Minutes not published within 14 days for 1 meeting: 1 Mar",
                ComplianceMessages.format(verdict.detail(), Locale.ENGLISH));
    }

    @Test
    void publishedOnThe14thDayIsOnTime() {
        assertVerdict(rule.evaluate(publishedOn(held.plusDays(14)), held.plusDays(14)),
                Status.COMPLIANT, "rtp7.met", 1, 14);
        assertVerdict(rule.evaluate(publishedOn(held.plusDays(14)), day(12, 31)),
                Status.COMPLIANT, "rtp7.met", 1, 14);
    }

    @Test
    void publishedOnThe15thDayIsLate() {
        assertVerdict(rule.evaluate(publishedOn(held.plusDays(15)), held.plusDays(20)),
                Status.NON_COMPLIANT, "rtp7.late", 1, List.of(held), 14);
    }

    @Test
    void aPublicationAfterTheAsOfDateHasNotHappenedYet() {
        assertVerdict(rule.evaluate(publishedOn(held.plusDays(10)), held.plusDays(5)),
                Status.PENDING, "rtp7.pending", List.of(held.plusDays(14)));
        assertVerdict(rule.evaluate(publishedOn(held.plusDays(20)), held.plusDays(14)),
                Status.PENDING, "rtp7.pending", List.of(held.plusDays(14)));
        assertVerdict(rule.evaluate(publishedOn(held.plusDays(20)), held.plusDays(15)),
                Status.NON_COMPLIANT, "rtp7.late", 1, List.of(held), 14);
    }

    @Test
    void meetingsStillInTheirWindowDoNotSpoilACompliantRecord() {
        SwgYearSnapshot snapshot = snapshot().meetings(meeting(11, held).published(day(3, 5)),
                meeting(12, day(5, 20))).build();
        Verdict verdict = rule.evaluate(snapshot, day(5, 25));
        assertVerdict(verdict, Status.COMPLIANT, "rtp7.met", 1, 14);
        assertEquals(List.of("/api/v1/meetings/11"), verdict.evidence());
    }

    @Test
    void everyKindOfMeetingCounts() {
        SwgYearSnapshot snapshot = snapshot().meetings(meeting(11, held).published(day(3, 5)),
                meeting(12, day(4, 2)).kind("CONSULTATION"),
                meeting(13, day(4, 20)).kind("SUB_SECTOR").published(day(4, 21))).build();
        Verdict verdict = rule.evaluate(snapshot, day(6, 1));
        assertVerdict(verdict, Status.NON_COMPLIANT, "rtp7.late", 1, List.of(day(4, 2)), 14);
        assertEquals(List.of("/api/v1/meetings/12"), verdict.evidence());
    }

    @Test
    void configuredNumberOfDaysIsUsed() {
        SwgYearSnapshot snapshot = snapshot().thresholds(new Thresholds(day(1, 31), day(3, 31), 7, 60))
                .meetings(meeting(11, held)).build();
        assertVerdict(rule.evaluate(snapshot, held.plusDays(7)),
                Status.PENDING, "rtp7.pending", List.of(held.plusDays(7)));
        assertVerdict(rule.evaluate(snapshot, held.plusDays(8)),
                Status.NON_COMPLIANT, "rtp7.late", 1, List.of(held), 7);
    }
}
