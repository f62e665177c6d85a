package la.rtp.tracker.compliance;

import jakarta.enterprise.context.ApplicationScoped;
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
 */
@ApplicationScoped
class Rtp3WorkplanEndorsed extends GuidelineRule {

    static final String ENDORSED = "rtp3.endorsed";
    static final String NOT_ENDORSED = "rtp3.notEndorsed";
    static final String PENDING = "rtp3.pending";

    Rtp3WorkplanEndorsed() {
        super("RTP-3", "Workplan endorsed",
                "The RTP secretariat oversees the implementation of the annual SWG workplans;"
                + " each workplan is presented to and endorsed by the RTP secretariat.");
    }

    @Override
    public Verdict evaluate(SwgYearSnapshot snapshot, LocalDate asOf) {
        LocalDate deadline = snapshot.thresholds().endorsementDeadline();
        WorkplanFact workplan = snapshot.workplan();
        Optional<LocalDate> endorsed = workplan == null ? Optional.empty()
                : workplan.endorsedOn(asOf);
        List<String> evidence = Evidence.workplan(workplan);
        if (endorsed.isPresent()) {
            return Verdict.of(Status.COMPLIANT, Detail.of(ENDORSED, endorsed.get()), evidence);
        }
        if (!asOf.isAfter(deadline)) {
            return Verdict.of(Status.PENDING, Detail.of(PENDING, deadline), evidence);
        }
        return Verdict.of(Status.NON_COMPLIANT, Detail.of(NOT_ENDORSED, deadline), evidence);
    }
}
