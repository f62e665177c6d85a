package la.rtp.tracker.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The one keyed counter behind the partner rate limit and the sign-in back-off. */
class RateLimitsTest {

    private static final long SECOND = 1_000_000_000L;
    private final AtomicLong now = new AtomicLong(5_000 * SECOND);

    @Test
    void aFixedWindowRefusesBeyondTheLimitUntilItEnds() {
        RateLimits<Long> limits = new RateLimits<>(Duration.ofMinutes(1), now::get);
        for (int i = 0; i < 3; i++) {
            assertEquals(0, limits.hit(7L, 3));
        }
        now.addAndGet(20 * SECOND + 1);
        assertEquals(40, limits.hit(7L, 3), "the rest of the window, rounded up");
        assertEquals(0, limits.hit(8L, 3), "another key has its own window");
        now.addAndGet(40 * SECOND);
        assertEquals(0, limits.hit(7L, 3), "a new window");
    }

    @Test
    void aBackOffStartsAfterTheFreeEventsDoublesAndStopsAtTheWindow() {
        RateLimits<String> limits = new RateLimits<>(Duration.ofSeconds(10), now::get);
        for (int i = 0; i < 2; i++) {
            assertEquals(0, limits.backOff("k", 2));
            limits.count("k");
        }
        assertEquals(1, limits.backOff("k", 2));
        limits.count("k");
        assertEquals(2, limits.backOff("k", 2));
        limits.count("k");
        limits.count("k");
        assertEquals(8, limits.backOff("k", 2));
        limits.count("k");
        assertEquals(10, limits.backOff("k", 2), "never longer than the window");
        limits.clear("k");
        assertEquals(0, limits.backOff("k", 2));
    }

    @Test
    void theWindowMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new RateLimits<String>(Duration.ZERO, now::get));
    }
}
