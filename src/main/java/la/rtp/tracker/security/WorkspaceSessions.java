package la.rtp.tracker.security;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.function.LongSupplier;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import la.rtp.tracker.common.RtpConfig;
import org.jboss.logging.Logger;

/**
 * The web workspace's sessions: an AES-GCM encrypted cookie naming the user, the user's session
 * version when the session began, a random session id and when it ends. Nothing is kept in
 * memory, so any replica with the same key reads it; raising the user's session version (sign-out,
 * a password change, deactivation) ends every session of that user at once. The CSRF token of a
 * session is derived from its id, so a token is worth nothing in another session.
 *
 * <p>The cookie is sent only to the workspace and its reports, never accepted by the JSON API
 * (which takes HTTP Basic and bearer tokens only): HttpOnly, SameSite=Strict, Secure when the
 * request came over TLS (directly or, with {@code RTP_TRUST_PROXY}, through the proxy).
 */
@ApplicationScoped
public class WorkspaceSessions {

    public static final String COOKIE = "rtp-session";
    static final Duration IDLE_TIMEOUT = Duration.ofMinutes(30);
    static final Duration RENEW_AFTER = Duration.ofMinutes(1);
    private static final int MIN_KEY_LENGTH = RtpConfig.Session.MIN_KEY_LENGTH;
    private static final Logger LOG = Logger.getLogger(WorkspaceSessions.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec cipherKey;
    private final SecretKeySpec csrfKey;
    /** Real time, not the business clock that tests pin to a past date: sessions expire in real time. */
    LongSupplier now = System::currentTimeMillis;

    @Inject
    WorkspaceSessions(RtpConfig config) {
        this(config.session().key());
    }

    WorkspaceSessions(Optional<String> configured) {
        byte[] secret;
        if (configured.filter(k -> !k.isBlank()).isPresent()) {
            String key = configured.get();
            if (key.length() < MIN_KEY_LENGTH) {
                throw new IllegalStateException("RTP_SESSION_KEY must have at least " + MIN_KEY_LENGTH + " characters");
            }
            secret = key.getBytes(StandardCharsets.UTF_8);
        } else {
            secret = new byte[32];
            RANDOM.nextBytes(secret);
            // The key itself is never logged: whoever reads the log could forge any user's session.
            LOG.warn("RTP_SESSION_KEY is not set: workspace sessions use a random key of this process, "
                    + "so they end at restart and are not recognised by other replicas");
        }
        this.cipherKey = new SecretKeySpec(derive(secret, "session cookie"), "AES");
        this.csrfKey = new SecretKeySpec(derive(secret, "csrf token"), "HmacSHA256");
    }

    /** Built at start, so that a key that is too short stops the start with its name. */
    void onStart(@Observes StartupEvent event) {
        LOG.debug("Workspace sessions ready");
    }

    /** A session of the workspace, as its cookie carries it. */
    public record Session(String username, int version, String id, long expiresAtMillis, long issuedAtMillis) {
    }

    /** Whether the session cookie is read on this path: the workspace, its sign-in and the HTML reports. */
    public static boolean readsSession(String path) {
        return path.equals("/app") || path.startsWith("/app/") || path.equals("/login")
                || path.equals("/reports") || path.startsWith("/reports/");
    }

    /** Starts a session for a user who just signed in: sets its cookie on the response. */
    public void start(HttpServerRequest request, SecurityIdentity user) {
        Integer version = user.getAttribute(WorkspaceAuthenticationMechanism.SESSION_VERSION);
        if (version == null) {
            throw new IllegalStateException("Only a user's identity starts a workspace session");
        }
        start(request, user.getPrincipal().getName(), version);
    }

    private void start(HttpServerRequest request, String username, int version) {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        write(request, new Session(username, version, Base64.getUrlEncoder().withoutPadding().encodeToString(id), 0, 0));
    }

    /** The session the request's cookie carries, if it decrypts and has not expired. */
    public Optional<Session> read(HttpServerRequest request) {
        Cookie cookie = request.getCookie(COOKIE);
        if (cookie == null) {
            return Optional.empty();
        }
        try {
            ByteBuffer in = ByteBuffer.wrap(Base64.getUrlDecoder().decode(cookie.getValue()));
            byte[] iv = new byte[12];
            in.get(iv);
            byte[] sealed = new byte[in.remaining()];
            in.get(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, cipherKey, new GCMParameterSpec(128, iv));
            String[] parts = new String(cipher.doFinal(sealed), StandardCharsets.UTF_8).split("\n", -1);
            Session session = new Session(parts[0], Integer.parseInt(parts[1]), parts[2], Long.parseLong(parts[3]),
                    Long.parseLong(parts[4]));
            return session.expiresAtMillis() > now.getAsLong() ? Optional.of(session) : Optional.empty();
        } catch (GeneralSecurityException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Sets a fresh cookie (a new idle deadline) once the current one is a minute old. */
    void renewIfDue(HttpServerRequest request, Session session) {
        if (now.getAsLong() - session.issuedAtMillis() >= RENEW_AFTER.toMillis()) {
            write(request, session);
        }
    }

    /** Removes the session cookie from the browser. */
    public void clear(HttpServerRequest request) {
        request.response().addCookie(cookie(request, "").setMaxAge(0));
    }

    /** The CSRF token of a session: every form of that session posts it back. */
    public String csrfToken(String sessionId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(csrfKey);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(sessionId.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Whether a posted token is the session's (constant time). */
    public boolean csrfMatches(String sessionId, String posted) {
        return sessionId != null && posted != null && MessageDigest.isEqual(
                csrfToken(sessionId).getBytes(StandardCharsets.UTF_8), posted.getBytes(StandardCharsets.UTF_8));
    }

    private void write(HttpServerRequest request, Session session) {
        long at = now.getAsLong();
        String plain = String.join("\n", session.username(), Integer.toString(session.version()), session.id(),
                Long.toString(at + IDLE_TIMEOUT.toMillis()), Long.toString(at));
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, cipherKey, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] value = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            request.response().addCookie(cookie(request, Base64.getUrlEncoder().withoutPadding().encodeToString(value)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is part of every JDK", e);
        }
    }

    private static Cookie cookie(HttpServerRequest request, String value) {
        return Cookie.cookie(COOKIE, value).setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.STRICT)
                .setSecure(overTls(request));
    }

    /** TLS to this process, or to the trusted proxy in front of it (Quarkus applies X-Forwarded-Proto then). */
    static boolean overTls(HttpServerRequest request) {
        return request.isSSL() || "https".equalsIgnoreCase(request.scheme());
    }

    private static byte[] derive(byte[] secret, String purpose) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(purpose.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return sha.digest(secret);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
