package la.rtp.tracker.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * RTP-3 Workplan endorsed: Y's workplan has been endorsed by the RTP secretariat by D.
 *
 * <p>An {@code ENDORSED} entry dated on or before D: COMPLIANT (a later change does not undo
 * the endorsement; an endorsement after the deadline is still one). Otherwise PENDING while D
 * is on or before the endorsement deadline (default 31 March of Y: the deadline day is still in
 * time, as for RTP-2), NON_COMPLIANT from the day after. No workplan at all is treated the same
 * as one not endorsed. Evidence: the workplan, when there is one.
 *
 * <p>The Guideline: "The RTP secretariat oversees the implementation of the annual SWG
 * workplans; each workplan is presented to and endorsed by the RTP secretariat."
 */
final class Rtp3WorkplanEndorsed implements ComplianceRule {

    @Override
    public Verdict evaluate(SwgYearSnapshot snapshot, LocalDate asOf) {
        Optional<LocalDate> endorsed = snapshot.workplanEndorsedOn(asOf);
        List<String> evidence = Evidence.workplan(snapshot.workplan());
        if (endorsed.isPresent()) {
            return Verdict.of(Status.COMPLIANT, Detail.of("rtp3.endorsed", endorsed.get()), evidence);
        }
        LocalDate deadline = snapshot.thresholds().endorsementDeadline();
        if (!asOf.isAfter(deadline)) {
            return Verdict.of(Status.PENDING, Detail.of("rtp3.pending", deadline), evidence);
        }
        return Verdict.of(Status.NON_COMPLIANT, Detail.of("rtp3.notEndorsed", deadline), evidence);
    }
}
