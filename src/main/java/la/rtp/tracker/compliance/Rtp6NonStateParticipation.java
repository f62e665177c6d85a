package la.rtp.tracker.compliance;

import java.time.LocalDate;

/**
 * RTP-6 Non-state participation: every regular meeting held in Y up to D had at least one
 * attendee from a non-state actor (organisation type {@code PRIVATE_SECTOR}, {@code NPA} or
 * {@code NGO}).
 *
 * <p>Only meetings of kind {@code REGULAR}, held now and dated in Y on or before D, count. None
 * held: PENDING while the year runs (D on or before 31 December of Y), NOT_APPLICABLE once it
 * has ended (RTP-5 is the rule that flags a year without meetings). Otherwise
 * COMPLIANT, or NON_COMPLIANT naming by date the meetings without one. Evidence: the meetings
 * without one, or all counted meetings when compliant.
 *
 * <p>The Guideline: "Regular quarterly SWG meetings involve non-state development actors,
 * including the private sector, Non-Profit Associations (NPAs) and NGOs, in discussions."
 */
final class Rtp6NonStateParticipation implements ComplianceRule {

    @Override
    public Verdict evaluate(SwgYearSnapshot snapshot, LocalDate asOf) {
        return EveryRegularMeeting.evaluate(snapshot, asOf,
                meeting -> meeting.attendees().stream().anyMatch(AttendeeFact::nonState), "rtp6.noMeeting",
                "rtp6.noMeetingInYear", "rtp6.met", "rtp6.missing");
    }
}
