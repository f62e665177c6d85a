package la.rtp.tracker.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** {@link PinnedClock} gives the next test the real time back, without an {@code @AfterEach}. */
@QuarkusTest
@PinnedClock
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PinnedClockTest {

    private static final Instant PINNED = Instant.parse("2001-02-03T04:05:06Z");

    @Inject
    TestClock clock;

    @Test
    @Order(1)
    void aTestPinsTheClock() {
        clock.pin(PINNED);
        assertEquals(PINNED, clock.instant());
    }

    @Test
    @Order(2)
    void theNextTestSeesTheRealTime() {
        assertTrue(Duration.between(clock.instant(), Instant.now()).abs().toMinutes() < 1, "clock still pinned");
    }
}
