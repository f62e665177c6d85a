package la.rtp.tracker.compliance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * RTP-8 Action follow-up: no action item of the SWG due before D is still open ({@code OPEN} or
 * {@code IN_PROGRESS}) on D. The due day is still in time, as every deadline day of the rules
 * (RTP-2, RTP-3, RTP-7): an item due on D and still open on D is overdue from D + 1.
 *
 * <p>All the SWG's action items count, not only those of year Y: an item left open from last
 * year is still unfinished business. The status on D is the last history entry dated on or
 * before D, so an item closed after D was open on D, and an item whose first entry is after D
 * did not exist on D. Never PENDING: a due date is its own deadline. Evidence: the overdue
 * items, oldest due first.
 *
 * <p>The Guideline: "The true measure of success and progress lies in the actions taken between
 * meetings (RTIM 2023): SWGs follow up the actions they agree."
 */
final class Rtp8ActionFollowUp implements ComplianceRule {

    @Override
    public Verdict evaluate(SwgYearSnapshot snapshot, LocalDate asOf) {
        List<ActionItemFact> overdue = snapshot.actionItems().stream()
                .filter(item -> item.overdueOn(asOf))
                .sorted(Comparator.comparing(ActionItemFact::dueDate)
                        .thenComparingLong(ActionItemFact::id))
                .toList();
        if (overdue.isEmpty()) {
            return Verdict.of(Status.COMPLIANT, Detail.of("rtp8.none"));
        }
        List<String> evidence = overdue.stream()
                .map(item -> Evidence.actionItem(item.id()))
                .toList();
        return Verdict.of(Status.NON_COMPLIANT,
                Detail.of("rtp8.overdue", overdue.size(), overdue.get(0).dueDate()), evidence);
    }
}
