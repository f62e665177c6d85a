package la.rtp.tracker.common;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Refuses, with 400, a request whose path is not written in its one canonical form: empty or dot
 * segments ({@code //app}, {@code /./app}, {@code /x/../app}), or percent-encoding of a letter,
 * digit, {@code -._~}, {@code /} or {@code \}. The router would otherwise route them like the
 * canonical path while a check on the path as written (what is a workspace page, which path is
 * public) would see another one. No client of ours writes such paths.
 */
@ApplicationScoped
public class CanonicalPaths {

    /** Percent-encoded unreserved characters (RFC 3986), slash and backslash. */
    private static final Pattern ENCODED = Pattern.compile(
            "%(4[1-9a-f]|5[0-9a]|6[1-9a-f]|7[0-9a]|3[0-9]|2d|2e|5f|7e|2f|5c)", Pattern.CASE_INSENSITIVE);

    void register(@Observes Filters filters) {
        filters.register(this::check, 1_000);
    }

    private void check(RoutingContext rc) {
        String path = rc.request().path();
        if (path == null || canonical(path)) {
            rc.next();
            return;
        }
        rc.response().setStatusCode(400).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end("{\"type\":\"" + Problem.TYPE_BASE + "bad-request\",\"title\":\"Malformed request\","
                        + "\"status\":400,\"detail\":\"The path is not in canonical form: no empty or dot segments, "
                        + "no percent-encoded letters, digits or slashes\"}");
    }

    static boolean canonical(String path) {
        if (!path.startsWith("/") || path.contains("//") || path.contains("\\")) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return !ENCODED.matcher(path.toLowerCase(Locale.ROOT)).find();
    }
}
