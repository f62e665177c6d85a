package la.rtp.tracker.compliance;

import static la.rtp.tracker.compliance.Snapshots.action;
import static la.rtp.tracker.compliance.Snapshots.assertVerdict;
import static la.rtp.tracker.compliance.Snapshots.change;
import static la.rtp.tracker.compliance.Snapshots.day;
import static la.rtp.tracker.compliance.Snapshots.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class Rtp8ActionFollowUpTest {

    private final Rtp8ActionFollowUp rule = new Rtp8ActionFollowUp();
    private final LocalDate due = day(3, 10);
    private final StatusChange created = change("OPEN", day(2, 1));

    private SwgYearSnapshot withActions(ActionItemFact... items) {
        return snapshot().actions(items).build();
    }

    @Test
    void compliantWithoutActionItems() {
        Verdict verdict = rule.evaluate(snapshot().build(), due);
        assertVerdict(verdict, Status.COMPLIANT, "rtp8.none");
        assertEquals(List.of(), verdict.evidence());
    }

    @Test
    void openItemIsStillInTimeOnItsDueDay() {
        assertVerdict(rule.evaluate(withActions(action(21, due, created)), due), Status.COMPLIANT, "rtp8.none");
    }

    @Test
    void openItemIsOverdueTheDayAfterItsDueDay() {
        Verdict verdict = rule.evaluate(withActions(action(21, due, created)), due.plusDays(1));
        assertVerdict(verdict, Status.NON_COMPLIANT, "rtp8.overdue", 1, due);
        assertEquals(List.of("/api/v1/action-items/21"), verdict.evidence());
        assertEquals("1 action item overdue (oldest due 10 Mar)",
                ComplianceMessages.format(verdict.detail(), Locale.ENGLISH));
    }

    @Test
    void openItemNotYetDueTheDayBefore() {
        assertVerdict(rule.evaluate(withActions(action(21, due, created)), due.minusDays(1)),
                Status.COMPLIANT, "rtp8.none");
    }

    @Test
    void inProgressIsStillOpen() {
        ActionItemFact item = action(21, due, created, change("IN_PROGRESS", day(2, 15)));
        assertVerdict(rule.evaluate(withActions(item), day(4, 1)),
                Status.NON_COMPLIANT, "rtp8.overdue", 1, due);
    }

    @Test
    void doneOrCancelledByTheAsOfDateIsNotOverdue() {
        ActionItemFact done = action(21, due, created, change("DONE", day(3, 20)));
        ActionItemFact cancelled = action(22, due, created, change("CANCELLED", day(3, 1)));
        assertVerdict(rule.evaluate(withActions(done, cancelled), day(3, 20)),
                Status.COMPLIANT, "rtp8.none");
    }

    @Test
    void closedAfterTheAsOfDateWasOpenOnIt() {
        ActionItemFact done = action(21, due, created, change("DONE", day(3, 20)));
        assertVerdict(rule.evaluate(withActions(done), day(3, 19)),
                Status.NON_COMPLIANT, "rtp8.overdue", 1, due);
    }

    @Test
    void reopenedItemCountsAgain() {
        ActionItemFact item = action(21, due, created, change("DONE", day(3, 5)),
                change("OPEN", day(3, 15)));
        assertVerdict(rule.evaluate(withActions(item), day(3, 14)), Status.COMPLIANT, "rtp8.none");
        assertVerdict(rule.evaluate(withActions(item), day(3, 15)),
                Status.NON_COMPLIANT, "rtp8.overdue", 1, due);
    }

    @Test
    void anItemCreatedAfterTheAsOfDateDidNotExist() {
        ActionItemFact item = action(21, due, change("OPEN", day(4, 1)));
        assertVerdict(rule.evaluate(withActions(item), day(3, 31)), Status.COMPLIANT, "rtp8.none");
        assertVerdict(rule.evaluate(withActions(item), day(4, 1)),
                Status.NON_COMPLIANT, "rtp8.overdue", 1, due);
    }

    @Test
    void itemsOfEarlierYearsCountOldestFirst() {
        LocalDate lastYear = LocalDate.of(2024, 11, 30);
        SwgYearSnapshot snapshot = withActions(
                action(21, due, created),
                action(22, lastYear, change("OPEN", LocalDate.of(2024, 10, 1))),
                action(23, day(6, 1), created));
        Verdict verdict = rule.evaluate(snapshot, day(4, 1));
        assertVerdict(verdict, Status.NON_COMPLIANT, "rtp8.overdue", 2, lastYear);
        assertEquals(List.of("/api/v1/action-items/22", "/api/v1/action-items/21"),
                verdict.evidence());
        assertEquals("2 action items overdue (oldest due 30 Nov)",
                ComplianceMessages.format(verdict.detail(), Locale.ENGLISH));
    }
}
