package la.rtp.tracker.compliance;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;

/**
 * The configurable thresholds of the rules for one plan year. The loader fills them from
 * configuration and per-year overrides; {@link #defaults(int)} gives the values of the Guideline ({@code docs/domain.md}).
 *
 * @param submissionDeadline     last day on which a workplan counts as submitted on time
 *                               (RTP-2, RTP-4)
 * @param endorsementDeadline    last day on which a workplan not yet endorsed is still pending;
 *                               from the day after it is non-compliant (RTP-3)
 * @param minutesPublicationDays minutes published on or before meeting date + this many days
 *                               are on time (RTP-7)
 * @param recommendationResponseDays an answer to a recommendation given on or before the
 *                               minutes' publication + this many days is on time (RTP-11)
 */
public record Thresholds(LocalDate submissionDeadline, LocalDate endorsementDeadline,
        int minutesPublicationDays, int recommendationResponseDays) {

    public Thresholds {
        Objects.requireNonNull(submissionDeadline, "submissionDeadline");
        Objects.requireNonNull(endorsementDeadline, "endorsementDeadline");
        if (minutesPublicationDays < 0) {
            throw new IllegalArgumentException(
                    "minutesPublicationDays < 0: " + minutesPublicationDays);
        }
        if (recommendationResponseDays < 0) {
            throw new IllegalArgumentException(
                    "recommendationResponseDays < 0: " + recommendationResponseDays);
        }
    }

    /** 31 January and 31 March of {@code year}, 14 days, 60 days. */
    public static Thresholds defaults(int year) {
        return new Thresholds(LocalDate.of(year, Month.JANUARY, 31),
                LocalDate.of(year, Month.MARCH, 31), 14, 60);
    }
}
