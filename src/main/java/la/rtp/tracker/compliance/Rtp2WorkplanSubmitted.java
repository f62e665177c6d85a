package la.rtp.tracker.compliance;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * RTP-2 Workplan submitted on time: Y's workplan was first submitted on or before the
 * submission deadline (default 31 January of Y).
 *
 * <p>The submission date is the first {@code SUBMITTED} entry dated on or before D; a
 * resubmission after a return does not move it, and a submission after D has not happened on
 * D. Submitted on or before the deadline: COMPLIANT; after it: NON_COMPLIANT with the days
 * late. Not submitted on D: NON_COMPLIANT when D is after the deadline day, else PENDING (the
 * deadline day itself is still in time). Evidence: the workplan, when there is one.
 *
 * <p>The Guideline: "Chairs and co-chairs create and present an annual SWG workplan to the RTP
 * secretariat."
 */
final class Rtp2WorkplanSubmitted implements ComplianceRule {

    @Override
    public Verdict evaluate(SwgYearSnapshot snapshot, LocalDate asOf) {
        LocalDate deadline = snapshot.thresholds().submissionDeadline();
        Optional<LocalDate> submitted = snapshot.workplanSubmittedOn(asOf);
        List<String> evidence = Evidence.workplan(snapshot.workplan());
        if (submitted.isPresent()) {
            LocalDate on = submitted.get();
            int daysLate = Math.toIntExact(DAYS.between(deadline, on));
            if (daysLate <= 0) {
                return Verdict.of(Status.COMPLIANT, Detail.of("rtp2.onTime", on, deadline), evidence);
            }
            return Verdict.of(Status.NON_COMPLIANT, Detail.of("rtp2.late", daysLate, on, deadline),
                    evidence);
        }
        if (asOf.isAfter(deadline)) {
            return Verdict.of(Status.NON_COMPLIANT, Detail.of("rtp2.notSubmitted", deadline), evidence);
        }
        return Verdict.of(Status.PENDING, Detail.of("rtp2.pending", deadline), evidence);
    }
}
