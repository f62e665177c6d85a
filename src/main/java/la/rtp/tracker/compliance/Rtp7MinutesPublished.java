package la.rtp.tracker.compliance;

import static java.time.temporal.ChronoUnit.DAYS;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

/**
 * RTP-7 Minutes published: the minutes of every meeting held in Y up to D (any kind) were
 * published within N days (default 14) of the meeting.
 *
 * <p>Each meeting is on time when its minutes were published on or before D and on or before
 * its date + N days; waiting (not counted against the SWG) when unpublished on D and D is
 * less than N days after the meeting; a failure otherwise. So on day N after the meeting,
 * unpublished minutes count as a failure, as RTP.md excuses only meetings "held less than N
 * days before D". Any failure: NON_COMPLIANT listing the meetings. No meeting held yet:
 * NOT_APPLICABLE. Every held meeting waiting: PENDING. Otherwise COMPLIANT.
 */
@ApplicationScoped
class Rtp7MinutesPublished implements ComplianceRule {

    static final String MET = "rtp7.met";
    static final String LATE = "rtp7.late";
    static final String PENDING = "rtp7.pending";
    static final String NO_MEETING = "rtp7.noMeeting";

    @Override
    public String id() {
        return "RTP-7";
    }

    @Override
    public String name() {
        return "Minutes published";
    }

    @Override
    public String guideline() {
        return "SWG secretariats keep the minutes of SWG meetings; publishing them promptly serves"
                + " transparency and mutual accountability (Vientiane Declaration principle 5).";
    }

    @Override
    public Verdict evaluate(SwgYearSnapshot snapshot, LocalDate asOf) {
        List<MeetingFact> held = snapshot.heldMeetings(asOf);
        if (held.isEmpty()) {
            return Verdict.of(Status.NOT_APPLICABLE,
                    Detail.of(NO_MEETING, Year.of(snapshot.year())));
        }
        int days = snapshot.thresholds().minutesPublicationDays();
        List<MeetingFact> onTime = new ArrayList<>();
        List<MeetingFact> waiting = new ArrayList<>();
        List<MeetingFact> failed = new ArrayList<>();
        for (MeetingFact meeting : held) {
            boolean published = meeting.minutesPublishedBy(asOf);
            if (published && !meeting.minutesPublishedOn().isAfter(meeting.date().plusDays(days))) {
                onTime.add(meeting);
            } else if (!published && DAYS.between(meeting.date(), asOf) < days) {
                waiting.add(meeting);
            } else {
                failed.add(meeting);
            }
        }
        if (!failed.isEmpty()) {
            return Verdict.of(Status.NON_COMPLIANT,
                    Detail.of(LATE, failed.size(), MeetingFact.dates(failed), days),
                    Evidence.meetings(failed));
        }
        if (onTime.isEmpty()) {
            List<LocalDate> dueDates = waiting.stream().map(m -> m.date().plusDays(days)).toList();
            return Verdict.of(Status.PENDING, Detail.of(PENDING, dueDates),
                    Evidence.meetings(waiting));
        }
        return Verdict.of(Status.COMPLIANT, Detail.of(MET, onTime.size(), days),
                Evidence.meetings(onTime));
    }
}
