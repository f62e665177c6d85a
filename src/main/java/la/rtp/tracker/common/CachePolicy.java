package la.rtp.tracker.common;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Pattern;

/**
 * {@code Cache-Control} of every answer, decided here by path alone so that no resource can forget
 * it: what a signed-in user or a partner sees must not be kept by a shared cache or the browser.
 * The partner feeds carry ETags, so clients keep them and revalidate ({@code private, no-cache});
 * the rest of the API, the workspace and the reports are never stored ({@code no-store}), errors
 * included. Static assets and everything else keep what the framework gives them.
 */
@ApplicationScoped
class CachePolicy {

    static final String NO_STORE = "no-store";
    static final String REVALIDATE = "private, no-cache";

    private static final Pattern FEEDS = Pattern.compile(
            "/api/v1/minutes(/[^/]*)?|/feeds/minutes\\.atom|/calendar/meetings\\.ics");
    private static final Pattern PRIVATE = Pattern.compile("/api/v1(/.*)?|/app(/.*)?|/reports(/.*)?");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(rc -> {
            String policy = of(rc.normalizedPath());
            if (policy != null) {
                rc.addHeadersEndHandler(v -> rc.response().headers().set(HttpHeaders.CACHE_CONTROL, policy));
            }
            rc.next();
        });
    }

    /** The {@code Cache-Control} value for a path, or null to leave the answer's own. */
    static String of(String path) {
        if (path == null) {
            return null;
        }
        if (FEEDS.matcher(path).matches()) {
            return REVALIDATE;
        }
        return PRIVATE.matcher(path).matches() ? NO_STORE : null;
    }
}
