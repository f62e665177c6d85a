package la.rtp.tracker.common;

import java.time.LocalDate;

/**
 * The one rule for the business date a caller may give a recorded event (a workplan submitted or
 * endorsed, minutes published, an action item's status changed): today in Vientiane unless
 * given; only the RTP secretariat may record another day (entering paper records), and never a
 * future one. Each caller then checks its own lower bound (the previous change, the meeting).
 */
public final class BusinessDates {

    private BusinessDates() {
    }

    /**
     * The date to record: {@code today} when {@code requested} is null or today; 403 when
     * another day is asked by anyone but the RTP secretariat; 422 on {@code field} for a future
     * day.
     */
    public static LocalDate recorded(String field, LocalDate requested, LocalDate today, boolean rtpSecretariat) {
        if (requested == null || requested.equals(today)) {
            return today;
        }
        if (!rtpSecretariat) {
            throw new Problems.Forbidden("Only the RTP secretariat may give " + field + " a date other than today ("
                    + today + ")");
        }
        if (requested.isAfter(today)) {
            throw new Problems.Invalid(field, field + " must not be in the future (today is " + today + ")");
        }
        return requested;
    }

    /**
     * {@link #recorded}, for a status change: besides, 422 on {@code field} when a date given is
     * before {@code previous}, the business date of the previous change (null when none).
     */
    public static LocalDate transition(String field, LocalDate requested, LocalDate today, boolean rtpSecretariat,
            LocalDate previous) {
        LocalDate on = recorded(field, requested, today, rtpSecretariat);
        if (requested != null && previous != null && on.isBefore(previous)) {
            throw new Problems.Invalid(field, field + " must not be before the previous status change, on "
                    + previous);
        }
        return on;
    }
}
