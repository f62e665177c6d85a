package la.rtp.tracker.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The service's public address ({@code rtp.public-base-url}, env {@code RTP_PUBLIC_BASE_URL}): every
 * absolute URL the service emits is built from it, never from the request's {@code Host} or
 * {@code X-Forwarded-Host}, which any client can forge. Checked at start by {@link RtpConfig}'s
 * converter ({@link #parse(String)}).
 */
@ApplicationScoped
public class PublicBaseUrl {

    static final String PROPERTY = "rtp.public-base-url";

    /** Absolute, with a path ending in "/". */
    private final URI base;

    @Inject
    PublicBaseUrl(RtpConfig config) {
        this.base = config.publicBaseUrl();
    }

    PublicBaseUrl(String value) {
        this.base = parse(value);
    }

    /** The base itself, ending with "/". */
    public URI base() {
        return base;
    }

    /** A path of this service (with or without a leading "/") as a public absolute URI. */
    public URI resolve(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /** The same path, query and fragment at the public address (under the base's path, if any). */
    public URI rebase(URI uri) {
        String raw = uri.getRawPath() == null ? "" : uri.getRawPath();
        StringBuilder s = new StringBuilder(resolve(raw).toString());
        if (uri.getRawQuery() != null) {
            s.append('?').append(uri.getRawQuery());
        }
        if (uri.getRawFragment() != null) {
            s.append('#').append(uri.getRawFragment());
        }
        return URI.create(s.toString());
    }

    static URI parse(String value) {
        URI uri;
        try {
            uri = new URI(value == null ? "" : value.trim());
        } catch (URISyntaxException e) {
            throw invalid(value, "it is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw invalid(value, "it must start with http:// or https://");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw invalid(value, "it must name a host, without user information");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw invalid(value, "it must have no query or fragment");
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return URI.create(scheme + "://" + uri.getRawAuthority() + (path.endsWith("/") ? path : path + "/"));
    }

    private static IllegalStateException invalid(String value, String why) {
        return new IllegalStateException(PROPERTY + " (RTP_PUBLIC_BASE_URL) '" + value + "' is not an absolute "
                + "http(s) URL: " + why);
    }
}
