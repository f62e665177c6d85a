package la.rtp.tracker.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Business dates and quarters are computed in Vientiane; the clock is injected so tests control it. */
public final class Time {

    public static final ZoneId ZONE = ZoneId.of("Asia/Vientiane");

    private Time() {
    }

    public static LocalDate dateOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    public static LocalDate dateOf(OffsetDateTime time) {
        return time.atZoneSameInstant(ZONE).toLocalDate();
    }

    public static int quarterOf(LocalDate date) {
        return (date.getMonthValue() - 1) / 3 + 1;
    }

    /** Produces the system clock in Vientiane; tests replace it with an adjustable one. */
    @ApplicationScoped
    public static class ClockProducer {
        @Produces
        @ApplicationScoped
        Clock clock() {
            return Clock.system(ZONE);
        }
    }
}
