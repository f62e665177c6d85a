package la.rtp.tracker.compliance;

import java.time.LocalDate;
import java.util.List;

/**
 * RTP-5 Quarterly meetings: every period of Y that has ended by D had at least one regular
 * meeting held in it.
 *
 * <p>The periods follow the SWG's cadence: quarters by default, halves or the whole year when
 * the RTP secretariat set so. A period has ended by D when D is after its last day. Only
 * meetings of kind {@code REGULAR}, held now and dated in Y on or before D, count. No period
 * ended yet: PENDING (a meeting already held in the running period does not change that).
 * Otherwise COMPLIANT when each ended period had one, else NON_COMPLIANT listing the missed
 * periods. Evidence: the regular meetings held.
 *
 * <p>The Guideline: "The annual SWG workplan guides the effective implementation of quarterly
 * SWG meetings across all SWGs: regular SWG meetings are held every quarter."
 */
final class Rtp5RegularMeetings implements ComplianceRule {

    @Override
    public Verdict evaluate(SwgYearSnapshot snapshot, LocalDate asOf) {
        List<Period> periods = snapshot.cadence().periods(snapshot.year());
        List<Period> ended = periods.stream().filter(period -> period.endedBy(asOf)).toList();
        List<MeetingFact> held = snapshot.heldRegularMeetings(asOf);
        List<String> evidence = Evidence.meetings(held);
        if (ended.isEmpty()) {
            Period first = periods.get(0);
            return Verdict.of(Status.PENDING, Detail.of("rtp5.pending", first, first.end()), evidence);
        }
        List<Period> missed = ended.stream()
                .filter(period -> held.stream().map(MeetingFact::date).noneMatch(period::contains))
                .toList();
        if (missed.isEmpty()) {
            return Verdict.of(Status.COMPLIANT, Detail.of("rtp5.met", ended), evidence);
        }
        return Verdict.of(Status.NON_COMPLIANT, Detail.of("rtp5.missed", missed), evidence);
    }
}
