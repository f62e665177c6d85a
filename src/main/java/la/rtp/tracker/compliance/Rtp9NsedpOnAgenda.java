package la.rtp.tracker.compliance;

import java.time.LocalDate;

/**
 * RTP-9 NSEDP on the agenda: every regular meeting held in Y up to D had at least one agenda
 * item linked to an NSEDP outcome.
 *
 * <p>Only meetings of kind {@code REGULAR}, held now and dated in Y on or before D, count. None
 * held: PENDING while the year runs (D on or before 31 December of Y), NOT_APPLICABLE once it
 * has ended (as RTP-6 and RTP-7). Otherwise COMPLIANT, or NON_COMPLIANT naming by date the meetings without
 * such an item. Evidence: those meetings, or all counted meetings when compliant.
 *
 * <p>The Guideline: "NSEDP priorities must be on the agenda of SWG meetings (2022 SWG review,
 * recommendation 5)."
 */
final class Rtp9NsedpOnAgenda implements ComplianceRule {

    @Override
    public Verdict evaluate(SwgYearSnapshot snapshot, LocalDate asOf) {
        return EveryRegularMeeting.evaluate(snapshot, asOf,
                meeting -> meeting.agenda().stream().anyMatch(AgendaFact::linkedToNsedp), "rtp9.noMeeting",
                "rtp9.noMeetingInYear", "rtp9.met", "rtp9.missing");
    }
}
