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

class Rtp3WorkplanEndorsedTest {

    private final Rtp3WorkplanEndorsed rule = new Rtp3WorkplanEndorsed();
    private final LocalDate deadline = day(3, 31);

    private SwgYearSnapshot endorsedOn(LocalDate on) {
        return snapshot().workplan(workplan(7, List.of(change("SUBMITTED", day(1, 20)),
                change("ENDORSED", on)))).build();
    }

    @Test
    void endorsedByTheAsOfDate() {
        Verdict verdict = rule.evaluate(endorsedOn(day(3, 10)), day(3, 10));
        assertVerdict(verdict, Status.COMPLIANT, "rtp3.endorsed", day(3, 10));
        assertEquals(List.of("/api/v1/workplans/7"), verdict.evidence());
        assertEquals("Workplan endorsed on 10 Mar",
                ComplianceMessages.format(verdict.detail(), Locale.ENGLISH));
    }

    @Test
    void endorsedLateIsStillEndorsed() {
        assertVerdict(rule.evaluate(endorsedOn(day(4, 5)), day(4, 5)),
                Status.COMPLIANT, "rtp3.endorsed", day(4, 5));
    }

    @Test
    void pendingTheDayBeforeTheDeadline() {
        assertVerdict(rule.evaluate(endorsedOn(day(4, 5)), deadline.minusDays(1)),
                Status.PENDING, "rtp3.pending", deadline);
    }

    @Test
    void stillPendingOnTheDeadlineDayItself() {
        assertVerdict(rule.evaluate(endorsedOn(day(4, 5)), deadline),
                Status.PENDING, "rtp3.pending", deadline);
    }

    @Test
    void endorsedOnTheDeadlineDayIsCompliant() {
        assertVerdict(rule.evaluate(endorsedOn(deadline), deadline),
                Status.COMPLIANT, "rtp3.endorsed", deadline);
    }

    @Test
    void nonCompliantAfterTheDeadline() {
        SwgYearSnapshot submitted = snapshot()
                .workplan(workplan(7, List.of(change("SUBMITTED", day(1, 20))))).build();
        assertVerdict(rule.evaluate(submitted, day(4, 1)),
                Status.NON_COMPLIANT, "rtp3.notEndorsed", deadline);
    }

    @Test
    void noWorkplanIsNotEndorsed() {
        Verdict verdict = rule.evaluate(snapshot().build(), day(2, 1));
        assertVerdict(verdict, Status.PENDING, "rtp3.pending", deadline);
        assertEquals(List.of(), verdict.evidence());
        assertVerdict(rule.evaluate(snapshot().build(), deadline),
                Status.PENDING, "rtp3.pending", deadline);
        assertVerdict(rule.evaluate(snapshot().build(), deadline.plusDays(1)),
                Status.NON_COMPLIANT, "rtp3.notEndorsed", deadline);
    }

    @Test
    void configuredDeadlineIsUsed() {
        LocalDate later = day(4, 30);
        SwgYearSnapshot snapshot = snapshot().thresholds(new Thresholds(day(1, 31), later, 14, 60))
                .workplan(workplan(7, List.of(change("SUBMITTED", day(1, 20))))).build();
        assertVerdict(rule.evaluate(snapshot, later), Status.PENDING, "rtp3.pending", later);
        assertVerdict(rule.evaluate(snapshot, later.plusDays(1)), Status.NON_COMPLIANT, "rtp3.notEndorsed", later);
    }
}
