package la.rtp.tracker.compliance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.common.Time;

/** The year and as-of date of a report: asOf defaults to today, year to asOf's year. */
public record ReportRequest(int year, LocalDate asOf) {

    public static ReportRequest of(Integer year, LocalDate asOf, Clock clock) {
        LocalDate day = asOf != null ? asOf : LocalDate.now(clock.withZone(Time.ZONE));
        int y = year != null ? year : day.getYear();
        if (y < 2000 || y > 2200) {
            throw new Problems.BadRequest("year", "year must be between 2000 and 2200");
        }
        return new ReportRequest(y, day);
    }

    public static Locale locale(String lang) {
        if (lang == null || lang.isBlank() || lang.equalsIgnoreCase("en")) {
            return Locale.ENGLISH;
        }
        if (lang.equalsIgnoreCase("lo")) {
            return ComplianceMessages.LAO;
        }
        throw new Problems.BadRequest("lang", "lang must be en or lo");
    }
}
