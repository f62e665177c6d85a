package la.rtp.tracker.common;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Counts events per key in fixed windows, in this replica's memory (with N replicas a key gets
 * at most N times a limit, which needs no shared store; a restart forgets the counts). A key's
 * window opens with its first event and lasts {@code window}; the next event after it opens a new
 * one. Two ways to hold a key back, both answered as seconds to wait (0: go ahead), which the
 * caller turns into its 429 ({@link Problems.TooManyRequests} with {@code Retry-After}):
 * <ul>
 * <li>{@link #hit}: every request counts; beyond {@code limit} in the window, wait for its end
 * (partner tokens);</li>
 * <li>{@link #count} and {@link #backOff}: only failures count; after {@code free} of them, wait
 * 1 s after the last, twice as long after each further one, at most the window (sign-ins).</li>
 * </ul>
 *
 * @param <K> what is limited (a token id, a username and address)
 */
public final class RateLimits<K> {

    private static final long SECOND = 1_000_000_000L;
    /** Above this many keys, ended windows are dropped, so that random keys cannot fill memory. */
    private static final int PURGE_ABOVE = 10_000;

    private final long window;
    private final LongSupplier nanoTime;
    private final Map<K, Window> windows = new ConcurrentHashMap<>();

    /** Events of one key since {@code start}; the last one at {@code last} (nanoTime). */
    private record Window(long start, long last, int count) {
    }

    /**
     * @param window how long a key's window lasts
     * @param nanoTime the clock ({@code System::nanoTime}; tests move their own)
     */
    public RateLimits(Duration window, LongSupplier nanoTime) {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A rate limit's window must be positive: " + window);
        }
        this.window = window.toNanos();
        this.nanoTime = nanoTime;
    }

    /** Counts an event of {@code key}; the seconds to wait if it is beyond {@code limit} in its window, else 0. */
    public long hit(K key, int limit) {
        long now = nanoTime.getAsLong();
        Window w = add(key, now);
        return w.count() > limit ? seconds(w.start() + window - now) : 0;
    }

    /** Counts an event (a failure) of {@code key}. */
    public void count(K key) {
        add(key, nanoTime.getAsLong());
    }

    /**
     * The seconds {@code key} must wait before its next attempt: 0 while fewer than {@code free}
     * events are counted in its open window; then 1 s after the last event, doubling with each
     * further one, at most the window.
     */
    public long backOff(K key, int free) {
        Window w = windows.get(key);
        long now = nanoTime.getAsLong();
        if (w == null || w.count() < free || ended(w, now)) {
            return 0;
        }
        long until = w.last() + backOff(w.count() - free);
        return now < until ? seconds(until - now) : 0;
    }

    /** Forgets {@code key}'s count (a successful sign-in). */
    public void clear(K key) {
        windows.remove(key);
    }

    private Window add(K key, long now) {
        if (windows.size() > PURGE_ABOVE) {
            windows.values().removeIf(w -> ended(w, now));
        }
        return windows.compute(key, (k, old) -> old == null || ended(old, now)
                ? new Window(now, now, 1) : new Window(old.start(), now, old.count() + 1));
    }

    private boolean ended(Window w, long now) {
        return now - w.start() >= window;
    }

    /** 1 s for the first event beyond the free ones, doubling with each next one, at most the window. */
    private long backOff(int extra) {
        long seconds = extra >= 30 ? Long.MAX_VALUE : 1L << extra;
        return seconds >= window / SECOND ? window : Math.min(window, seconds * SECOND);
    }

    /** Whole seconds, rounded up, at least 1 (for Retry-After). */
    private static long seconds(long nanos) {
        return Math.max(1, (nanos + SECOND - 1) / SECOND);
    }
}
