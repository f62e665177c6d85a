package la.rtp.tracker.compliance;

import static la.rtp.tracker.compliance.Snapshots.assertVerdict;
import static la.rtp.tracker.compliance.Snapshots.change;
import static la.rtp.tracker.compliance.Snapshots.day;
import static la.rtp.tracker.compliance.Snapshots.snapshot;
import static la.rtp.tracker.compliance.Snapshots.workplan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class Rtp2WorkplanSubmittedTest {

    private final Rtp2WorkplanSubmitted rule = new Rtp2WorkplanSubmitted();
    private final LocalDate deadline = day(1, 31);

    private SwgYearSnapshot submittedOn(LocalDate on) {
        return snapshot().workplan(workplan(7, List.of(change("DRAFT", day(1, 5)),
                change("SUBMITTED", on)))).build();
    }

    private SwgYearSnapshot draftOnly() {
        return snapshot().workplan(workplan(7, List.of(change("DRAFT", day(1, 5))))).build();
    }

    @Test
    void submittedBeforeTheDeadline() {
        Verdict verdict = rule.evaluate(submittedOn(day(1, 20)), day(3, 1));
        assertVerdict(verdict, Status.COMPLIANT, "rtp2.onTime", day(1, 20), deadline);
        assertEquals(List.of("/api/v1/workplans/7"), verdict.evidence());
    }

    @Test
    void submittedOnTheDeadlineDayIsOnTime() {
        assertVerdict(rule.evaluate(submittedOn(deadline), deadline),
                Status.COMPLIANT, "rtp2.onTime", deadline, deadline);
    }

    @Test
    void submittedTheDayAfterIsOneDayLate() {
        Verdict verdict = rule.evaluate(submittedOn(day(2, 1)), day(3, 1));
        assertVerdict(verdict, Status.NON_COMPLIANT, "rtp2.late", 1, day(2, 1), deadline);
        assertEquals("Submitted 1 day late (1 Feb; deadline 31 Jan)",
                ComplianceMessages.format(verdict.detail(), Locale.ENGLISH));
    }

    @Test
    void submittedTenDaysLate() {
        Verdict verdict = rule.evaluate(submittedOn(day(2, 10)), day(2, 10));
        assertVerdict(verdict, Status.NON_COMPLIANT, "rtp2.late", 10, day(2, 10), deadline);
        assertEquals("Submitted 10 days late (10 Feb; deadline 31 Jan)",
                ComplianceMessages.format(verdict.detail(), Locale.ENGLISH));
    }

    @Test
    void notSubmittedIsPendingUpToTheDeadlineDay() {
        assertVerdict(rule.evaluate(draftOnly(), deadline), Status.PENDING, "rtp2.pending", deadline);
    }

    @Test
    void notSubmittedTheDayAfterTheDeadline() {
        assertVerdict(rule.evaluate(draftOnly(), deadline.plusDays(1)),
                Status.NON_COMPLIANT, "rtp2.notSubmitted", deadline);
    }

    @Test
    void noWorkplanAtAll() {
        Verdict pending = rule.evaluate(snapshot().build(), day(1, 10));
        assertVerdict(pending, Status.PENDING, "rtp2.pending", deadline);
        assertEquals(List.of(), pending.evidence());
        assertVerdict(rule.evaluate(snapshot().build(), day(2, 1)),
                Status.NON_COMPLIANT, "rtp2.notSubmitted", deadline);
    }

    @Test
    void aSubmissionAfterTheAsOfDateHasNotHappenedYet() {
        assertVerdict(rule.evaluate(submittedOn(day(1, 25)), day(1, 24)),
                Status.PENDING, "rtp2.pending", deadline);
        assertVerdict(rule.evaluate(submittedOn(day(2, 10)), day(2, 9)),
                Status.NON_COMPLIANT, "rtp2.notSubmitted", deadline);
    }

    @Test
    void resubmissionAfterReturnKeepsTheFirstSubmissionDate() {
        SwgYearSnapshot snapshot = snapshot().workplan(workplan(7, List.of(
                change("DRAFT", day(1, 5)), change("SUBMITTED", day(1, 20)),
                change("RETURNED", day(1, 28)), change("SUBMITTED", day(2, 15))))).build();
        assertVerdict(rule.evaluate(snapshot, day(3, 1)),
                Status.COMPLIANT, "rtp2.onTime", day(1, 20), deadline);
    }

    @Test
    void configuredDeadlineIsUsed() {
        LocalDate later = day(2, 15);
        SwgYearSnapshot snapshot = snapshot()
                .thresholds(new Thresholds(later, day(3, 31), 14, 60))
                .workplan(workplan(7, List.of(change("SUBMITTED", day(2, 10))))).build();
        assertVerdict(rule.evaluate(snapshot, day(3, 1)),
                Status.COMPLIANT, "rtp2.onTime", day(2, 10), later);
    }
}
