package la.rtp.tracker.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import la.rtp.tracker.common.Problems;
import org.junit.jupiter.api.Test;

/** Back-off per username and address, never a lock-out of the account. */
class SignInThrottleUnitTest {

    private static final long SECOND = 1_000_000_000L;
    private final AtomicLong now = new AtomicLong(1_000 * SECOND);

    private SignInThrottle throttle() {
        return new SignInThrottle(3, Duration.ofMinutes(15), now::get);
    }

    @Test
    void backsOffAfterTheLimitDoublingEachTime() {
        SignInThrottle t = throttle();
        for (int i = 0; i < 3; i++) {
            t.admit("admin", "198.51.100.7");
            t.failed("admin", "198.51.100.7");
        }
        assertEquals(1, retryAfter(t, "admin", "198.51.100.7"));
        now.addAndGet(SECOND);
        t.admit("admin", "198.51.100.7");
        t.failed("admin", "198.51.100.7");
        assertEquals(2, retryAfter(t, "admin", "198.51.100.7"));
        now.addAndGet(2 * SECOND);
        t.admit("admin", "198.51.100.7");
        t.failed("admin", "198.51.100.7");
        assertEquals(4, retryAfter(t, "admin", "198.51.100.7"));
        // Case does not open another count for the same name.
        assertEquals(4, retryAfter(t, "ADMIN", "198.51.100.7"));
    }

    @Test
    void anotherAddressIsNotHeldBackSoNobodyCanLockAnAccountOut() {
        SignInThrottle t = throttle();
        for (int i = 0; i < 20; i++) {
            t.failed("admin", "203.0.113.9");
        }
        assertThrows(Problems.TooManyRequests.class, () -> t.admit("admin", "203.0.113.9"));
        assertDoesNotThrow(() -> t.admit("admin", "192.0.2.1"), "the owner at the office signs in");
    }

    @Test
    void theWaitNeverExceedsTheWindowAndASuccessClearsTheCount() {
        SignInThrottle t = throttle();
        for (int i = 0; i < 60; i++) {
            t.failed("someone", "203.0.113.9");
        }
        assertEquals(15 * 60, retryAfter(t, "someone", "203.0.113.9"));
        t.succeeded("someone", "203.0.113.9");
        assertDoesNotThrow(() -> t.admit("someone", "203.0.113.9"));
        now.addAndGet(16 * 60 * SECOND);
        for (int i = 0; i < 60; i++) {
            t.failed("other", "203.0.113.9");
        }
        now.addAndGet(16 * 60 * SECOND);
        assertDoesNotThrow(() -> t.admit("other", "203.0.113.9"), "a new window after the old one ended");
    }

    private static long retryAfter(SignInThrottle t, String user, String client) {
        return assertThrows(Problems.TooManyRequests.class, () -> t.admit(user, client)).retryAfterSeconds();
    }
}
