package la.rtp.tracker.compliance;

import static la.rtp.tracker.compliance.Snapshots.activity;
import static la.rtp.tracker.compliance.Snapshots.assertVerdict;
import static la.rtp.tracker.compliance.Snapshots.change;
import static la.rtp.tracker.compliance.Snapshots.day;
import static la.rtp.tracker.compliance.Snapshots.snapshot;
import static la.rtp.tracker.compliance.Snapshots.workplan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class Rtp4NsedpAlignmentTest {

    private final Rtp4NsedpAlignment rule = new Rtp4NsedpAlignment();
    private final LocalDate deadline = day(1, 31);
    private final List<StatusChange> draft = List.of(change("DRAFT", day(1, 5)));

    @Test
    void everyActivityLinked() {
        SwgYearSnapshot snapshot = snapshot().workplan(workplan(7, draft,
                activity(1, "Survey", 1), activity(2, "Training", 3))).build();
        Verdict verdict = rule.evaluate(snapshot, day(5, 1));
        assertVerdict(verdict, Status.COMPLIANT, "rtp4.aligned", 2);
        assertEquals(List.of("/api/v1/workplans/7"), verdict.evidence());
    }

    @Test
    void unlinkedActivitiesAreNamedEvenBeforeTheDeadline() {
        SwgYearSnapshot snapshot = snapshot().workplan(workplan(7, draft,
                activity(1, "Survey", 0), activity(2, "Training", 0), activity(3, "Audit", 2)))
                .build();
        Verdict verdict = rule.evaluate(snapshot, day(1, 10));
        assertVerdict(verdict, Status.NON_COMPLIANT, "rtp4.unlinked", 2, 3,
                List.of("Survey", "Training"));
        assertEquals(List.of("/api/v1/workplans/7"), verdict.evidence());
        assertEquals("2 of 3 activities not linked to an NSEDP outcome: Survey, Training",
                ComplianceMessages.format(verdict.detail(), Locale.ENGLISH));
    }

    @Test
    void noWorkplanIsPendingUpToTheSubmissionDeadlineDay() {
        assertVerdict(rule.evaluate(snapshot().build(), deadline),
                Status.PENDING, "rtp4.pending", deadline);
    }

    @Test
    void noWorkplanTheDayAfterTheSubmissionDeadline() {
        Verdict verdict = rule.evaluate(snapshot().build(), deadline.plusDays(1));
        assertVerdict(verdict, Status.NON_COMPLIANT, "rtp4.noWorkplan", Year.of(2025), deadline);
        assertEquals(List.of(), verdict.evidence());
    }

    @Test
    void workplanWithoutActivities() {
        SwgYearSnapshot snapshot = snapshot().workplan(workplan(7, draft)).build();
        assertVerdict(rule.evaluate(snapshot, deadline), Status.PENDING, "rtp4.pending", deadline);
        Verdict late = rule.evaluate(snapshot, deadline.plusDays(1));
        assertVerdict(late, Status.NON_COMPLIANT, "rtp4.noActivities", deadline);
        assertEquals(List.of("/api/v1/workplans/7"), late.evidence());
    }
}
