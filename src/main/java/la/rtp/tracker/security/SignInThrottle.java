package la.rtp.tracker.security;

import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import la.rtp.tracker.common.Problems;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing without letting anyone lock an account out. Failures are counted
 * per username and client address: after {@code max-failures} failed sign-ins within
 * {@code window-minutes}, each further attempt from that address for that username must wait,
 * 1 s after the first extra failure and twice as long after each next one, at most the window
 * (429 with {@code Retry-After}, the password not even checked). Another address (the account's
 * owner at the office) signs in as usual. A successful sign-in clears the count.
 *
 * <p>Kept in this replica's memory: with N replicas a guesser gets at most N times the limit,
 * which needs no shared store. Restarting a replica forgets its counts.
 */
@ApplicationScoped
public class SignInThrottle {

    /** Above this many tracked keys, expired entries are dropped, so random names cannot fill memory. */
    private static final int PURGE_ABOVE = 10_000;
    private static final long SECOND = 1_000_000_000L;

    @ConfigProperty(name = "rtp.security.sign-in.max-failures", defaultValue = "10")
    int maxFailures;

    @ConfigProperty(name = "rtp.security.sign-in.window-minutes", defaultValue = "15")
    long windowMinutes;

    LongSupplier nanoTime = System::nanoTime;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    /** Failures since {@code start}; the last one at {@code last}. */
    private record Failures(long start, long last, int count) {
    }

    /** The client address of a request (the proxy's client when {@code RTP_TRUST_PROXY} is on). */
    static String client(RoutingContext context) {
        SocketAddress address = context == null ? null : context.request().remoteAddress();
        return address == null || address.host() == null ? "" : address.host();
    }

    /** Throws 429 while this username must wait at this address; call before checking the password. */
    void admit(String username, String client) {
        Failures f = failures.get(key(username, client));
        long now = nanoTime.getAsLong();
        if (f == null || f.count() < maxFailures || now - f.start() >= window()) {
            return;
        }
        long until = f.last() + backOff(f.count());
        if (now < until) {
            long retry = Math.max(1, (until - now + SECOND - 1) / SECOND);
            throw new Problems.TooManyRequests("Too many failed sign-ins for this username from this address; "
                    + "try again in " + retry + " s", retry);
        }
    }

    void failed(String username, String client) {
        long now = nanoTime.getAsLong();
        if (failures.size() > PURGE_ABOVE) {
            failures.values().removeIf(f -> now - f.start() >= window());
        }
        failures.compute(key(username, client), (k, old) -> old == null || now - old.start() >= window()
                ? new Failures(now, now, 1) : new Failures(old.start(), now, old.count() + 1));
    }

    void succeeded(String username, String client) {
        failures.remove(key(username, client));
    }

    /** 1 s after the first failure beyond the limit, doubling with each one, at most the window. */
    private long backOff(int count) {
        int extra = count - maxFailures;
        long seconds = extra >= 30 ? Long.MAX_VALUE : 1L << extra;
        return Math.min(window(), seconds >= window() / SECOND ? window() : seconds * SECOND);
    }

    private long window() {
        return windowMinutes * 60 * SECOND;
    }

    private static String key(String username, String client) {
        return (username == null ? "" : username.toLowerCase(Locale.ROOT)) + '\u0000' + client;
    }
}
