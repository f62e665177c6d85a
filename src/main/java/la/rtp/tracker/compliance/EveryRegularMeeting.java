package la.rtp.tracker.compliance;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.function.Predicate;

/**
 * The shape shared by rules that ask something of every regular meeting held in the year up to
 * D (RTP-6, RTP-9): none held yet is PENDING; all meet the condition, COMPLIANT; otherwise
 * NON_COMPLIANT naming the meetings that do not, with them as evidence.
 */
final class EveryRegularMeeting {

    private EveryRegularMeeting() {
    }

    /** Detail keys: {@code noMeeting}(year), {@code met}(count), {@code missing}(count, dates). */
    static Verdict evaluate(SwgYearSnapshot snapshot, LocalDate asOf, Predicate<MeetingFact> condition,
            String noMeeting, String met, String missing) {
        List<MeetingFact> held = snapshot.heldRegularMeetings(asOf);
        if (held.isEmpty()) {
            return Verdict.of(Status.PENDING, Detail.of(noMeeting, Year.of(snapshot.year())));
        }
        List<MeetingFact> without = held.stream().filter(condition.negate()).toList();
        if (without.isEmpty()) {
            return Verdict.of(Status.COMPLIANT, Detail.of(met, held.size()), Evidence.meetings(held));
        }
        return Verdict.of(Status.NON_COMPLIANT, Detail.of(missing, without.size(), MeetingFact.dates(without)),
                Evidence.meetings(without));
    }
}
