package la.rtp.tracker.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.Status;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A kept value is served only while the change counter vouches for it; the cache enforces it, not its callers. */
class CurrentCacheTest {

    private final FakeTransactions transactions = new FakeTransactions();
    private final Changes changes = changes(transactions);
    private final AtomicInteger loads = new AtomicInteger();
    private final CurrentCache<String, String> cache = new CurrentCache<>(changes, 3);

    private static Changes changes(FakeTransactions transactions) {
        Changes changes = new Changes();
        changes.transactions = transactions;
        return changes;
    }

    private String load(String key) {
        return cache.get(key, () -> key + loads.incrementAndGet());
    }

    @Test
    void servedAgainUntilAChange() {
        changes.complete(true);
        assertEquals("a1", load("a"));
        assertEquals("a1", load("a"));
        assertEquals("a1", cache.peek("a"));
        changes.changed();
        assertNull(cache.peek("a"));
        assertEquals("a2", load("a"));
        assertEquals("a2", load("a"));
        assertEquals(2, loads.get());
        assertEquals(3, cache.stats().hitCount(), "two gets and a peek answered from the cache");
        assertEquals(2, cache.stats().missCount());
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
    void aValueReadInATransactionThatWroteIsNeitherKeptNorServed() {
        changes.complete(true);
        assertEquals("a1", load("a"));
        transactions.begin();
        transactions.putResource(Changes.WROTE, Boolean.TRUE);
        assertTrue(changes.written());
        assertNull(cache.peek("a"), "the transaction reads its own writes, not what others see");
        assertEquals("a2", load("a"));
        assertEquals("a3", load("a"), "read with uncommitted changes: not kept");
        transactions.end(Status.STATUS_ROLLEDBACK);
        assertEquals("a1", load("a"), "nothing was committed: the value kept before is still current");
    }

    @Test
    void aWriteDuringTheLoadIsNotKept() {
        changes.complete(true);
        transactions.begin();
        assertEquals("a1", cache.get("a", () -> {
            // an automatic flush before the query: the transaction wrote while loading
            transactions.putResource(Changes.WROTE, Boolean.TRUE);
            return "a" + loads.incrementAndGet();
        }));
        transactions.end(Status.STATUS_COMMITTED);
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
        for (int i = 0; i < 20; i++) {
            load("k" + i);
        }
        assertTrue(cache.size() <= 3, "at most 3 entries: " + cache.size());
        assertTrue(cache.stats().evictionCount() >= 20, "evictions are counted: " + cache.stats().evictionCount());
    }

    @Test
    void boundedByWeight() {
        changes.complete(true);
        CurrentCache<String, String> weighed = new CurrentCache<>(changes, 10, String::length);
        weighed.get("a", () -> "aaaa");
        weighed.get("b", () -> "bbbb");
        assertEquals(2, weighed.size());
        assertEquals(8, weighed.weight());
        changes.changed();
        assertEquals("aaaaaa", weighed.get("a", () -> "aaaaaa"));
        assertEquals(2, weighed.size(), "a value loaded again replaces the old one and its weight");
        assertEquals(10, weighed.weight());
        weighed.get("c", () -> "cc");
        assertTrue(weighed.weight() <= 10, "4 + 6 + 2 > 10: something was evicted");
        assertEquals("x".repeat(11), weighed.get("big", () -> "x".repeat(11)));
        assertNull(weighed.peek("big"), "a value heavier than the whole cache is served but not kept");
        assertTrue(weighed.weight() <= 10);
    }
}
