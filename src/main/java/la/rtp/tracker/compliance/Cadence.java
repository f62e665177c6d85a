package la.rtp.tracker.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How often an SWG must hold a regular meeting (RTP-5). The Guideline asks for quarterly
 * meetings; the RTP secretariat may set half-yearly or yearly for an SWG that historically
 * met less often.
 */
public enum Cadence {
    QUARTERLY(4, "Q"),
    HALF_YEARLY(2, "H"),
    YEARLY(1, "Y");

    private final int periodsPerYear;
    private final String codePrefix;

    Cadence(int periodsPerYear, String codePrefix) {
        this.periodsPerYear = periodsPerYear;
        this.codePrefix = codePrefix;
    }

    public int periodsPerYear() {
        return periodsPerYear;
    }

    /** The periods of {@code year}, in order: Q1..Q4, H1..H2, or the year itself ("Y"). */
    public List<Period> periods(int year) {
        int months = 12 / periodsPerYear;
        List<Period> periods = new ArrayList<>(periodsPerYear);
        for (int i = 0; i < periodsPerYear; i++) {
            LocalDate start = LocalDate.of(year, 1 + i * months, 1);
            LocalDate end = start.plusMonths(months).minusDays(1);
            String code = periodsPerYear == 1 ? codePrefix : codePrefix + (i + 1);
            periods.add(new Period(code, year, start, end));
        }
        return List.copyOf(periods);
    }
}
