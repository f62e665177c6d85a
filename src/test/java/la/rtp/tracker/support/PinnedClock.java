package la.rtp.tracker.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On a test class whose tests pin the application's {@link TestClock}: after each test the clock
 * is released to the real time ({@link ClockRelease}), even when the test failed, so that no pin
 * leaks into the next test class that shares the running application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(ClockRelease.class)
public @interface PinnedClock {
}
