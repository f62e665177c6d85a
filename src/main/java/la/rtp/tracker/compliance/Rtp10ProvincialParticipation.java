package la.rtp.tracker.compliance;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;

/**
 * RTP-10 Provincial participation: at least one meeting held in Y up to D (any kind) had an
 * attendee from a provincial authority.
 *
 * <p>Met: COMPLIANT, naming the meetings. Not met: PENDING while D is on or before 31 December
 * of Y (the year can still bring one), NON_COMPLIANT after. Evidence: the meetings with a
 * provincial attendee.
 *
 * <p>The Guideline: "Provinces should take part more in the work of the SWGs (2022 SWG review,
 * recommendation 2)."
 */
final class Rtp10ProvincialParticipation implements ComplianceRule {

    @Override
    public Verdict evaluate(SwgYearSnapshot snapshot, LocalDate asOf) {
        List<MeetingFact> with = snapshot.heldMeetings(asOf).stream()
                .filter(meeting -> meeting.attendees().stream()
                        .anyMatch(AttendeeFact::provincialAuthority))
                .toList();
        Year year = Year.of(snapshot.year());
        if (!with.isEmpty()) {
            return Verdict.of(Status.COMPLIANT,
                    Detail.of("rtp10.met", with.size(), MeetingFact.dates(with)), Evidence.meetings(with));
        }
        if (!snapshot.yearEndedBy(asOf)) {
            return Verdict.of(Status.PENDING, Detail.of("rtp10.pending", year));
        }
        return Verdict.of(Status.NON_COMPLIANT, Detail.of("rtp10.missing", year));
    }
}
