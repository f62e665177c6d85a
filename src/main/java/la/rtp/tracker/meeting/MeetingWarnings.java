package la.rtp.tracker.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import la.rtp.tracker.common.Time;
import la.rtp.tracker.swg.Cadence;

/**
 * Advice, not errors, given when a meeting is scheduled or moved: another meeting of the same SWG
 * that day, and periods of the current year before the meeting's own period without a REGULAR
 * meeting (rule RTP-5, per the SWG's cadence: quarters, halves or the year).
 */
@ApplicationScoped
public class MeetingWarnings {

    @Inject
    Clock clock;

    public List<String> of(Meeting m) {
        if (m.rtpLevel()) {
            // The same-day and cadence advice is about an SWG's own meetings.
            return List.of();
        }
        List<String> warnings = new ArrayList<>();
        List<Meeting> sameDay = Meeting.sameDay(m.swg, m.meetingDate, m.id);
        if (!sameDay.isEmpty()) {
            warnings.add("SWG " + m.swg.code + " already has a meeting on " + m.meetingDate + ": "
                    + sameDay.stream().map(o -> "'" + o.title + "' (" + o.id + ")").collect(Collectors.joining(", ")));
        }
        int year = LocalDate.now(clock.withZone(Time.ZONE)).getYear();
        int months = months(m.swg.cadence);
        LocalDate ownPeriod = periodStart(m.meetingDate, months);
        LocalDate yearStart = LocalDate.of(year, 1, 1);
        if (!ownPeriod.isAfter(yearStart)) {
            return warnings;
        }
        LocalDate until = ownPeriod.getYear() > year ? yearStart.plusYears(1) : ownPeriod;
        List<LocalDate> regular = Meeting.regularDates(m.swg, yearStart, until);
        for (LocalDate p = yearStart; p.isBefore(until); p = p.plusMonths(months)) {
            LocalDate start = p;
            LocalDate end = p.plusMonths(months);
            if (regular.stream().noneMatch(d -> !d.isBefore(start) && d.isBefore(end))) {
                warnings.add("SWG " + m.swg.code + " has no REGULAR meeting scheduled or held in "
                        + label(start, months) + " (the RTP Guideline asks for one every "
                        + (months == 3 ? "quarter" : months == 6 ? "half-year" : "year") + ")");
            }
        }
        return warnings;
    }

    private static int months(Cadence cadence) {
        return switch (cadence == null ? Cadence.QUARTERLY : cadence) {
            case QUARTERLY -> 3;
            case HALF_YEARLY -> 6;
            case YEARLY -> 12;
        };
    }

    private static LocalDate periodStart(LocalDate day, int months) {
        int index = (day.getMonthValue() - 1) / months;
        return LocalDate.of(day.getYear(), index * months + 1, 1);
    }

    private static String label(LocalDate start, int months) {
        int n = (start.getMonthValue() - 1) / months + 1;
        return (months == 3 ? "Q" + n + " " : months == 6 ? "H" + n + " " : "") + start.getYear();
    }
}
