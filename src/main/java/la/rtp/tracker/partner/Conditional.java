package la.rtp.tracker.partner;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Conditional GET (RFC 9110 section 13): {@code If-None-Match} against a strong ETag (weak
 * comparison, as the RFC prescribes for GET) and, only when no {@code If-None-Match} is sent,
 * {@code If-Modified-Since} against {@code Last-Modified} at one-second precision. Answers carry
 * {@code Cache-Control: private, no-cache}: they depend on who asks, and must be revalidated.
 *
 * <p>Why not JAX-RS {@code Request.evaluatePreconditions(...)}: Quarkus REST's implementation
 * (checked in 3.34) differs from what partners get here, and from RFC 9110, where it matters:
 * <ul>
 * <li>it compares {@code If-None-Match} strongly ({@code EntityTag.equals}, which includes the
 * weak flag), so a client that sends back {@code W/"..."} (as caches and proxies that weaken
 * tags do) never gets a 304; the RFC prescribes the weak comparison for GET;</li>
 * <li>a malformed entity tag in the list ({@code EntityTag.valueOf}) or an unparseable
 * {@code If-Modified-Since} date makes it throw (an error answer) where the RFC says to ignore
 * the header and answer 200;</li>
 * <li>its 304 carries the ETag only: {@code Last-Modified} and {@code Cache-Control} would be
 * added here anyway.</li>
 * </ul>
 * {@code MinutesConditionalTest} and {@code AtomFeedTest} pin this behaviour down.
 */
final class Conditional {

    static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private Conditional() {
    }

    /** 304 with the validators when the client's copy is current, otherwise null. */
    static Response notModified(HttpHeaders headers, String etag, Instant lastModified) {
        String ifNoneMatch = headers.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        boolean current;
        if (ifNoneMatch != null) {
            current = matches(ifNoneMatch, etag);
        } else {
            Instant since = parse(headers.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE));
            current = since != null && lastModified != null
                    && !lastModified.truncatedTo(ChronoUnit.SECONDS).isAfter(since);
        }
        return current ? validators(Response.notModified(), etag, lastModified).build() : null;
    }

    static Response.ResponseBuilder validators(Response.ResponseBuilder response, String etag, Instant lastModified) {
        response.header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        if (lastModified != null) {
            response.header(HttpHeaders.LAST_MODIFIED, HTTP_DATE.format(lastModified));
        }
        return response;
    }

    /**
     * A feed answered whole, its ETag a hash of its bytes: polling readers that revalidate get a
     * 304 without the download (the feed is still built; feeds are small).
     */
    static Response whole(String body, String type, HttpHeaders headers, Instant lastModified) {
        String etag = MinutesFingerprint.etag(body);
        Response notModified = notModified(headers, etag, lastModified);
        return notModified != null ? notModified : validators(Response.ok(body, type), etag, lastModified).build();
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /** Null for a date that does not parse: the RFC says to ignore such a header. */
    private static Instant parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
