package la.rtp.tracker.compliance;

import static java.time.temporal.ChronoUnit.DAYS;

import jakarta.enterprise.context.ApplicationScoped;
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
 */
@ApplicationScoped
class Rtp2WorkplanSubmitted extends GuidelineRule {

    static final String ON_TIME = "rtp2.onTime";
    static final String LATE = "rtp2.late";
    static final String NOT_SUBMITTED = "rtp2.notSubmitted";
    static final String PENDING = "rtp2.pending";

    Rtp2WorkplanSubmitted() {
        super("RTP-2", "Workplan submitted on time",
                "Chairs and co-chairs create and present an annual SWG workplan to the RTP"
                + " secretariat.");
    }

    @Override
    public Verdict evaluate(SwgYearSnapshot snapshot, LocalDate asOf) {
        LocalDate deadline = snapshot.thresholds().submissionDeadline();
        WorkplanFact workplan = snapshot.workplan();
        Optional<LocalDate> submitted = workplan == null ? Optional.empty()
                : workplan.submittedOn(asOf);
        List<String> evidence = Evidence.workplan(workplan);
        if (submitted.isPresent()) {
            LocalDate on = submitted.get();
            int daysLate = Math.toIntExact(DAYS.between(deadline, on));
            if (daysLate <= 0) {
                return Verdict.of(Status.COMPLIANT, Detail.of(ON_TIME, on, deadline), evidence);
            }
            return Verdict.of(Status.NON_COMPLIANT, Detail.of(LATE, daysLate, on, deadline),
                    evidence);
        }
        if (asOf.isAfter(deadline)) {
            return Verdict.of(Status.NON_COMPLIANT, Detail.of(NOT_SUBMITTED, deadline), evidence);
        }
        return Verdict.of(Status.PENDING, Detail.of(PENDING, deadline), evidence);
    }
}
