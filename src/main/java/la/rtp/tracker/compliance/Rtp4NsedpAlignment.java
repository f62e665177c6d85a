package la.rtp.tracker.compliance;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;

/**
 * RTP-4 NSEDP alignment: every activity of Y's workplan is linked to at least one NSEDP
 * outcome.
 *
 * <p>No workplan, or a workplan without activities: NON_COMPLIANT once the submission deadline
 * of RTP-2 has passed (D after the deadline day), else PENDING. Otherwise COMPLIANT when every
 * activity has at least one outcome, NON_COMPLIANT (naming the unlinked activities) when one
 * has none, whatever D: an unlinked activity is a fact to fix now, not a deadline to wait for.
 * Activities carry no history, so they are judged as they are now, not as of D. Evidence: the
 * workplan.
 *
 * <p>The Guideline: "SWG workplans are aligned with and contribute to the implementation of the
 * National Socio-Economic Development Plan (NSEDP)."
 */
final class Rtp4NsedpAlignment implements ComplianceRule {

    @Override
    public Verdict evaluate(SwgYearSnapshot snapshot, LocalDate asOf) {
        WorkplanFact workplan = snapshot.workplan();
        LocalDate deadline = snapshot.thresholds().submissionDeadline();
        List<String> evidence = Evidence.workplan(workplan);
        if (workplan == null || workplan.activities().isEmpty()) {
            if (!asOf.isAfter(deadline)) {
                return Verdict.of(Status.PENDING, Detail.of("rtp4.pending", deadline), evidence);
            }
            Detail detail = workplan == null
                    ? Detail.of("rtp4.noWorkplan", Year.of(snapshot.year()), deadline)
                    : Detail.of("rtp4.noActivities", deadline);
            return Verdict.of(Status.NON_COMPLIANT, detail, evidence);
        }
        List<ActivityFact> activities = workplan.activities();
        List<String> unlinked = activities.stream()
                .filter(activity -> !activity.linkedToNsedp())
                .map(ActivityFact::title)
                .toList();
        if (unlinked.isEmpty()) {
            return Verdict.of(Status.COMPLIANT, Detail.of("rtp4.aligned", activities.size()), evidence);
        }
        return Verdict.of(Status.NON_COMPLIANT,
                Detail.of("rtp4.unlinked", unlinked.size(), activities.size(), unlinked), evidence);
    }
}
