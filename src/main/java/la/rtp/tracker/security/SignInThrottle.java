package la.rtp.tracker.security;

import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.common.RateLimits;
import la.rtp.tracker.common.RtpConfig;

/**
 * Slows down password guessing without letting anyone lock an account out. Failures are counted
 * per username and client address: after {@code max-failures} failed sign-ins within
 * {@code window-minutes}, each further attempt from that address for that username must wait,
 * 1 s after the first extra failure and twice as long after each next one, at most the window
 * (429 with {@code Retry-After}, the password not even checked). Another address (the account's
 * owner at the office) signs in as usual. A successful sign-in clears the count.
 *
 * <p>Counted by {@link RateLimits}, in this replica's memory: with N replicas a guesser gets at
 * most N times the limit, which needs no shared store. Restarting a replica forgets its counts.
 */
@ApplicationScoped
public class SignInThrottle {

    private final int maxFailures;
    private final RateLimits<String> failures;

    @Inject
    SignInThrottle(RtpConfig config) {
        this(config.security().signIn().maxFailures(), config.security().signIn().window(), System::nanoTime);
    }

    SignInThrottle(int maxFailures, Duration window, LongSupplier nanoTime) {
        this.maxFailures = maxFailures;
        this.failures = new RateLimits<>(window, nanoTime);
    }

    /** The client address of a request (the proxy's client when {@code RTP_TRUST_PROXY} is on). */
    static String client(RoutingContext context) {
        SocketAddress address = context == null ? null : context.request().remoteAddress();
        return address == null || address.host() == null ? "" : address.host();
    }

    /** Throws 429 while this username must wait at this address; call before checking the password. */
    void admit(String username, String client) {
        long retry = failures.backOff(key(username, client), maxFailures);
        if (retry > 0) {
            throw new Problems.TooManyRequests("Too many failed sign-ins for this username from this address; "
                    + "try again in " + retry + " s", retry);
        }
    }

    void failed(String username, String client) {
        failures.count(key(username, client));
    }

    void succeeded(String username, String client) {
        failures.clear(key(username, client));
    }

    private static String key(String username, String client) {
        return (username == null ? "" : username.toLowerCase(Locale.ROOT)) + '\u0000' + client;
    }
}
