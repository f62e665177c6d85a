package la.rtp.tracker.support;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Releases the application's {@link TestClock} after each test (after the test's own
 * {@code @AfterEach} methods); use it through {@link PinnedClock}.
 */
public class ClockRelease implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        ArcContainer container = Arc.container();
        if (container == null) {
            throw new IllegalStateException("@PinnedClock on " + context.getRequiredTestClass().getName()
                    + ": no running application to release the clock of (only for @QuarkusTest classes)");
        }
        container.instance(TestClock.class).get().release();
    }
}
