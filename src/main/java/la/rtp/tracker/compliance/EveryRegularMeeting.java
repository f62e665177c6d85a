package la.rtp.tracker.compliance;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.function.Predicate;

/**
 * The shape shared by rules that ask something of every regular meeting held in the year up to
 * D (RTP-6, RTP-9): none held is PENDING while the year runs and NOT_APPLICABLE once it has
 * ended (see {@link #noMeeting}); all meet the condition, COMPLIANT; otherwise NON_COMPLIANT
 * naming the meetings that do not, with them as evidence.
 */
final class EveryRegularMeeting {

    private EveryRegularMeeting() {
    }

    /**
     * Detail keys: {@code noMeeting}(year), {@code noMeetingInYear}(year), {@code met}(count),
     * {@code missing}(count, dates).
     */
    static Verdict evaluate(SwgYearSnapshot snapshot, LocalDate asOf, Predicate<MeetingFact> condition,
            String noMeeting, String noMeetingInYear, String met, String missing) {
        List<MeetingFact> held = snapshot.heldRegularMeetings(asOf);
        if (held.isEmpty()) {
            return noMeeting(snapshot, asOf, noMeeting, noMeetingInYear);
        }
        List<MeetingFact> without = held.stream().filter(condition.negate()).toList();
        if (without.isEmpty()) {
            return Verdict.of(Status.COMPLIANT, Detail.of(met, held.size()), Evidence.meetings(held));
        }
        return Verdict.of(Status.NON_COMPLIANT, Detail.of(missing, without.size(), MeetingFact.dates(without)),
                Evidence.meetings(without));
    }

    /**
     * The verdict of a rule about held meetings when none was held (RTP-6, RTP-7, RTP-9):
     * PENDING while the year runs (up to and including 31 December of Y), NOT_APPLICABLE once it
     * has ended, since there is nothing to judge; RTP-5 is the rule that reports the missing
     * meetings.
     */
    static Verdict noMeeting(SwgYearSnapshot snapshot, LocalDate asOf, String pendingKey, String endedKey) {
        Year year = Year.of(snapshot.year());
        return snapshot.yearEndedBy(asOf) ? Verdict.of(Status.NOT_APPLICABLE, Detail.of(endedKey, year))
                : Verdict.of(Status.PENDING, Detail.of(pendingKey, year));
    }
}
