package la.rtp.tracker.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * RTP-7 Minutes published: the minutes of every meeting held in Y up to D (any kind) were
 * published within N days (default 14) of the meeting.
 *
 * <p>The due day of a meeting's minutes is its date + N days, and it is still in time (as for
 * every deadline day of the rules). Each meeting is on time when its minutes were published on
 * or before D and on or before the due day; waiting (not counted against the SWG) when
 * unpublished on D and D is on or before the due day; a failure otherwise (unpublished from
 * the day after the due day, or published after it). Any failure: NON_COMPLIANT listing the
 * meetings. No meeting held: PENDING while the year runs (D on or before 31 December of Y),
 * NOT_APPLICABLE once it has ended (RTP-5 reports missing meetings). Every held meeting
 * waiting: PENDING. Otherwise COMPLIANT.
 *
 * <p>The Guideline: "SWG secretariats keep the minutes of SWG meetings; publishing them promptly
 * serves transparency and mutual accountability (Vientiane Declaration principle 5)."
 */
final class Rtp7MinutesPublished implements ComplianceRule {

    @Override
    public Verdict evaluate(SwgYearSnapshot snapshot, LocalDate asOf) {
        List<MeetingFact> held = snapshot.heldMeetings(asOf);
        if (held.isEmpty()) {
            return EveryRegularMeeting.noMeeting(snapshot, asOf, "rtp7.noMeeting", "rtp7.noMeetingInYear");
        }
        int days = snapshot.thresholds().minutesPublicationDays();
        List<MeetingFact> onTime = new ArrayList<>();
        List<MeetingFact> waiting = new ArrayList<>();
        List<MeetingFact> failed = new ArrayList<>();
        for (MeetingFact meeting : held) {
            boolean published = meeting.minutesPublishedBy(asOf);
            LocalDate due = meeting.date().plusDays(days);
            if (published && !meeting.minutesPublishedOn().isAfter(due)) {
                onTime.add(meeting);
            } else if (!published && !asOf.isAfter(due)) {
                waiting.add(meeting);
            } else {
                failed.add(meeting);
            }
        }
        if (!failed.isEmpty()) {
            return Verdict.of(Status.NON_COMPLIANT,
                    Detail.of("rtp7.late", failed.size(), MeetingFact.dates(failed), days),
                    Evidence.meetings(failed));
        }
        if (onTime.isEmpty()) {
            List<LocalDate> dueDates = waiting.stream().map(m -> m.date().plusDays(days)).toList();
            return Verdict.of(Status.PENDING, Detail.of("rtp7.pending", dueDates),
                    Evidence.meetings(waiting));
        }
        return Verdict.of(Status.COMPLIANT, Detail.of("rtp7.met", onTime.size(), days),
                Evidence.meetings(onTime));
    }
}
