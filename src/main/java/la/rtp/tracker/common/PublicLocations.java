package la.rtp.tracker.common;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;

/**
 * Every {@code Location} header (201s of the API, redirects of the workspace and of the form
 * sign-in) points at the public base URL: the REST layer and the form sign-in make relative
 * locations absolute from the request's {@code Host}, which the client chooses. A location on
 * the request's own host is moved to the public one; any other is left alone.
 */
@ApplicationScoped
class PublicLocations {

    @Inject
    PublicBaseUrl publicBaseUrl;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(rc -> {
            rc.addHeadersEndHandler(v -> {
                String location = rc.response().headers().get(HttpHeaders.LOCATION);
                if (location != null) {
                    var authority = rc.request().authority();
                    rc.response().headers().set(HttpHeaders.LOCATION,
                            rewrite(location, authority == null ? null : authority.host()));
                }
            });
            rc.next();
        });
    }

    String rewrite(String location, String requestHost) {
        URI uri;
        try {
            uri = URI.create(location);
        } catch (IllegalArgumentException e) {
            return location;
        }
        if (!uri.isAbsolute()) {
            return location.startsWith("/") ? publicBaseUrl.rebase(uri).toString() : location;
        }
        boolean ours = uri.getHost() != null && requestHost != null
                && bare(uri.getHost()).equalsIgnoreCase(bare(requestHost));
        return ours ? publicBaseUrl.rebase(uri).toString() : location;
    }

    private static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
