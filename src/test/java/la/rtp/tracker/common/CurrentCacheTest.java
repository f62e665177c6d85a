package la.rtp.tracker.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A kept value is served only while the change counter vouches for it. */
class CurrentCacheTest {

    private final Changes changes = new Changes();
    private final AtomicInteger loads = new AtomicInteger();
    private final CurrentCache<String, String> cache = new CurrentCache<>(changes, 3);

    private String load(String key) {
        return cache.get(key, () -> key + loads.incrementAndGet());
    }

    @Test
    void servedAgainUntilAChange() {
        changes.complete(true);
        assertEquals("a1", load("a"));
        assertEquals("a1", load("a"));
        changes.changed();
        assertEquals("a2", load("a"));
        assertEquals("a2", load("a"));
        assertEquals(2, loads.get());
    }

    @Test
    void neverKeptWhileChangesCannotBeSeen() {
        assertEquals("a1", load("a"));
        assertEquals("a2", load("a"));
        changes.complete(true);
        assertEquals("a3", load("a"));
        assertEquals("a3", load("a"));
        changes.complete(false);
        assertEquals("a4", load("a"), "what was kept while listening is not trusted after");
        changes.complete(true);
        assertEquals("a5", load("a"), "nor after listening again: changes may have been missed meanwhile");
    }

    @Test
    void aChangeDuringTheLoadIsNotKept() {
        changes.complete(true);
        assertEquals("a1", cache.get("a", () -> {
            changes.changed();
            return "a" + loads.incrementAndGet();
        }));
        assertEquals("a2", load("a"));
        assertEquals("a2", load("a"));
    }

    @Test
    void nullIsNeverKeptAndTheSizeIsBounded() {
        changes.complete(true);
        assertNull(cache.get("x", () -> null));
        assertEquals(0, cache.size());
        load("a");
        load("b");
        load("c");
        assertEquals(3, cache.size());
        load("d");
        assertEquals(1, cache.size(), "full: starts again empty");
        assertEquals("d4", load("d"));
    }

    @Test
    void boundedByWeight() {
        changes.complete(true);
        CurrentCache<String, String> weighed = new CurrentCache<>(changes, 10, String::length);
        weighed.get("a", () -> "aaaa");
        weighed.get("b", () -> "bbbb");
        assertEquals(2, weighed.size());
        changes.changed();
        assertEquals("aaaaaa", weighed.get("a", () -> "aaaaaa"));
        assertEquals(2, weighed.size(), "a value loaded again replaces the old one and its weight");
        weighed.get("c", () -> "cc");
        assertEquals(1, weighed.size(), "4 + 6 + 2 > 10: starts again empty");
        assertEquals("x".repeat(11), weighed.get("big", () -> "x".repeat(11)));
        assertNull(weighed.peek("big"), "a value heavier than the whole cache is served but not kept");
        assertEquals("cc", weighed.peek("c"));
    }
}
