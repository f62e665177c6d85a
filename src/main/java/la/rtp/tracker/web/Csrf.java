package la.rtp.tracker.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Double-submit-cookie CSRF protection (OWASP): a random token in an HttpOnly, SameSite=Strict
 * cookie, repeated by every workspace form in a hidden field; {@link CsrfFilter} refuses a form
 * post to {@code /app} whose field does not match the cookie. Another site can make a browser
 * post a form, but can neither read nor set this cookie. Kept in the cookie, not in server
 * memory, so that any replica accepts it.
 */
@RequestScoped
public class Csrf {

    public static final String COOKIE = "rtp-csrf";
    public static final String FIELD = "csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    HttpServerRequest request;

    private String token;

    /** The request's token: the cookie's, or a new one that the response sets as the cookie. */
    public String token() {
        if (token == null) {
            Cookie cookie = request.getCookie(COOKIE);
            if (cookie != null && cookie.getValue().length() >= 32) {
                token = cookie.getValue();
            } else {
                byte[] bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                HttpServerResponse response = request.response();
                response.addCookie(Cookie.cookie(COOKIE, token).setPath("/").setHttpOnly(true)
                        .setSameSite(CookieSameSite.STRICT).setSecure(request.isSSL()));
            }
        }
        return token;
    }

    /** Whether a posted value matches the cookie (constant time). */
    static boolean matches(String cookie, String posted) {
        if (cookie == null || posted == null || cookie.length() < 32) {
            return false;
        }
        return MessageDigest.isEqual(cookie.getBytes(StandardCharsets.UTF_8), posted.getBytes(StandardCharsets.UTF_8));
    }
}
