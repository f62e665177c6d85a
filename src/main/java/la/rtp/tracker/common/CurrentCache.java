package la.rtp.tracker.common;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.ConcurrentStatsCounter;
import com.github.benmanes.caffeine.cache.stats.StatsCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * Values loaded from the database, served again without SQL while nothing has been committed
 * since ({@link Changes}). This class alone decides what may be kept, so a caller cannot get it
 * wrong: a value is kept only when the change counter is trusted ({@link Changes#complete()}),
 * did not move while the value was loaded, and the loading thread's transaction has not written
 * ({@link Changes#written()}: it reads its own uncommitted changes); otherwise the value is
 * returned without being kept. A thread whose transaction wrote is never answered from the cache
 * either. A null value is never kept.
 *
 * <p>Bounded by the weight of what it holds (each value weighs one unless a weigher says
 * otherwise; a value heavier than the whole cache is served but not kept): Caffeine evicts what
 * is least likely to be asked again. Entries of a past generation are useless and go first as
 * they are replaced or evicted. Hits, misses and evictions are counted, and shown in
 * {@code /q/metrics} under the cache's name ({@link Caches}).
 *
 * @param <K> what a value is looked up by
 * @param <V> the loaded value, immutable
 */
public final class CurrentCache<K, V> {

    private record Entry<V>(long generation, V value) {
    }

    private final Changes changes;
    private final StatsCounter stats = new ConcurrentStatsCounter();
    private final Cache<K, Entry<V>> entries;

    /** At most {@code capacity} values. */
    public CurrentCache(Changes changes, long capacity) {
        this(changes, capacity, value -> 1);
    }

    /** Values whose weights add up to at most {@code capacity}. */
    public CurrentCache(Changes changes, long capacity, ToIntFunction<V> weigher) {
        this.changes = changes;
        this.entries = Caches.builder()
                .maximumWeight(capacity)
                .weigher((K key, Entry<V> entry) -> Math.max(1, weigher.applyAsInt(entry.value())))
                .recordStats(() -> stats)
                .build();
    }

    /**
     * The value for this key: kept, if still current; otherwise loaded, and kept only if nothing
     * changed meanwhile and this thread's transaction has not written.
     */
    public V get(K key, Supplier<V> load) {
        long generation = changes.generation();
        boolean trusted = changes.complete() && !changes.written();
        if (trusted) {
            Entry<V> entry = entries.asMap().get(key);
            if (entry != null && entry.generation() == generation) {
                stats.recordHits(1);
                return entry.value();
            }
        }
        stats.recordMisses(1);
        long start = System.nanoTime();
        V value = load.get();
        stats.recordLoadSuccess(System.nanoTime() - start);
        if (trusted && value != null && changes.complete() && !changes.written()
                && changes.generation() == generation) {
            entries.put(key, new Entry<>(generation, value));
        }
        return value;
    }

    /**
     * The kept value for this key if it is current, without loading; otherwise null (not counted
     * as a miss: the caller loads with {@link #get} next, which counts it).
     */
    public V peek(K key) {
        long generation = changes.generation();
        if (!changes.complete() || changes.written()) {
            return null;
        }
        Entry<V> entry = entries.asMap().get(key);
        if (entry != null && entry.generation() == generation) {
            stats.recordHits(1);
            return entry.value();
        }
        return null;
    }

    /** Entries held, current or not. */
    public long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }

    /** The weight of the entries held. */
    public long weight() {
        entries.cleanUp();
        return entries.policy().eviction().orElseThrow().weightedSize().orElse(0);
    }

    /** Hits, misses and evictions so far. */
    public com.github.benmanes.caffeine.cache.stats.CacheStats stats() {
        return entries.stats();
    }

    /** Shows this cache's counts in the registry, under {@code cache=name}. */
    public CurrentCache<K, V> monitor(MeterRegistry registry, String name) {
        CaffeineCacheMetrics.monitor(registry, entries, name);
        return this;
    }
}
