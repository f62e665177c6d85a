package la.rtp.tracker.common;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * In tests, the public address is the test server's own: it listens on a random port, known only
 * once it is up, after the configuration was read. Built on first use, so after the start.
 */
@Alternative
@Priority(1)
@ApplicationScoped
class TestPublicBaseUrl extends PublicBaseUrl {

    TestPublicBaseUrl() {
        super("http://localhost:" + ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class));
    }
}
