package la.rtp.tracker.common;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.ToIntFunction;

/**
 * Makes every cache of the application: bounded Caffeine caches whose hits, misses and evictions
 * are shown in {@code /q/metrics} ({@code cache_gets_total}, {@code cache_evictions_total}, ...,
 * tagged {@code cache=<name>}, one name per cache).
 *
 * <ul>
 * <li>{@link #current}: values loaded from the database, kept while nothing has been committed
 * since ({@link CurrentCache}, which enforces when a value may be kept);</li>
 * <li>{@link #bounded}: values that stay right whatever is committed, because their key says
 * exactly what they are (a page keyed by its strong ETag) or because they expire by time.</li>
 * </ul>
 */
@ApplicationScoped
public class Caches {

    private final Changes changes;
    private final MeterRegistry registry;

    @Inject
    Caches(Changes changes, MeterRegistry registry) {
        this.changes = changes;
        this.registry = registry;
    }

    /** At most {@code entries} values loaded from the database, kept while they are current. */
    public <K, V> CurrentCache<K, V> current(String name, long entries) {
        return new CurrentCache<K, V>(changes, entries).monitor(registry, name);
    }

    /** Values loaded from the database, their weights adding up to at most {@code capacity}. */
    public <K, V> CurrentCache<K, V> current(String name, long capacity, ToIntFunction<V> weigher) {
        return new CurrentCache<K, V>(changes, capacity, weigher).monitor(registry, name);
    }

    /** A cache built from a bound ({@link #builder()}, with a size or weight), with its counts shown. */
    public <K, V> Cache<K, V> bounded(String name, Caffeine<K, V> bounded) {
        return monitor(name, bounded.recordStats().build());
    }

    /** Shows the counts of a cache built elsewhere (with {@code recordStats()}) under this name. */
    public <K, V> Cache<K, V> monitor(String name, Cache<K, V> cache) {
        CaffeineCacheMetrics.monitor(registry, cache, name);
        return cache;
    }

    /**
     * The start of every cache: its upkeep (eviction) runs on the thread that wrote to it, so that
     * the bound holds when a write returns and nothing depends on a shared pool.
     */
    public static Caffeine<Object, Object> builder() {
        return Caffeine.newBuilder().executor(Runnable::run);
    }
}
