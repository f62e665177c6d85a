package la.rtp.tracker.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import la.rtp.tracker.common.Problems;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing: after {@code max-failures} failed HTTP Basic sign-ins for one
 * username within {@code window-minutes}, that username is refused with 429 (the password is not
 * even checked) until the window that began with the first failure has passed. A successful
 * sign-in clears the count.
 *
 * <p>Kept in this replica's memory: with N replicas an attacker gets at most N times the limit,
 * which still turns an online guessing attack from hopeless-to-stop into hopeless-to-win, and
 * needs no shared store. Restarting a replica forgets its counts.
 */
@ApplicationScoped
public class SignInThrottle {

    /** Above this many tracked usernames, expired entries are dropped, so random names cannot fill memory. */
    private static final int PURGE_ABOVE = 10_000;

    @ConfigProperty(name = "rtp.security.sign-in.max-failures", defaultValue = "10")
    int maxFailures;

    @ConfigProperty(name = "rtp.security.sign-in.window-minutes", defaultValue = "15")
    long windowMinutes;

    LongSupplier nanoTime = System::nanoTime;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    private record Failures(long start, int count) {
    }

    /** Throws 429 while this username is locked out; call before checking the password. */
    void admit(String username) {
        Failures f = failures.get(key(username));
        long now = nanoTime.getAsLong();
        if (f != null && f.count() >= maxFailures && now - f.start() < window()) {
            long retry = Math.max(1, (f.start() + window() - now + 999_999_999L) / 1_000_000_000L);
            throw new Problems.TooManyRequests("Too many failed sign-ins for this username; try again in "
                    + retry + " s", retry);
        }
    }

    void failed(String username) {
        long now = nanoTime.getAsLong();
        if (failures.size() > PURGE_ABOVE) {
            failures.values().removeIf(f -> now - f.start() >= window());
        }
        failures.compute(key(username), (k, old) -> old == null || now - old.start() >= window()
                ? new Failures(now, 1) : new Failures(old.start(), old.count() + 1));
    }

    void succeeded(String username) {
        failures.remove(key(username));
    }

    private long window() {
        return windowMinutes * 60_000_000_000L;
    }

    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }
}
