package la.rtp.tracker.compliance;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A period of a plan year: a quarter (code {@code Q1}..{@code Q4}), a half ({@code H1},
 * {@code H2}) or the whole year ({@code Y}). Used as a {@link Detail} argument, so that
 * {@link ComplianceMessages} can name it in each language ("Q3", "ໄຕມາດ 3").
 */
public record Period(String code, int year, LocalDate start, LocalDate end) {

    public Period {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /** The quarter of {@code date}, Q1..Q4. */
    public static Period quarterOf(LocalDate date) {
        return Cadence.QUARTERLY.periods(date.getYear()).get((date.getMonthValue() - 1) / 3);
    }

    /** A period has ended by D when D is after its last day: its last day is still in it. */
    public boolean endedBy(LocalDate asOf) {
        return asOf.isAfter(end);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
