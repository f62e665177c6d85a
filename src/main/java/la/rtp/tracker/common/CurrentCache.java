package la.rtp.tracker.common;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * Values loaded from the database, served again without SQL while nothing has been committed
 * since ({@link Changes}). A null value is never kept. Bounded by the weight of what it holds (each
 * value weighs one unless a weigher says otherwise): when the next value would not fit, it starts again empty.
 *
 * @param <K> what a value is looked up by
 * @param <V> the loaded value, immutable
 */
public final class CurrentCache<K, V> {

    private record Entry<V>(long generation, V value, int weight) {
    }

    private final Changes changes;
    private final long capacity;
    private final ToIntFunction<V> weigher;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private long weight;

    /** At most {@code capacity} values. */
    public CurrentCache(Changes changes, int capacity) {
        this(changes, capacity, value -> 1);
    }

    /** Values whose weights add up to at most {@code capacity} (a heavier value is not kept). */
    public CurrentCache(Changes changes, long capacity, ToIntFunction<V> weigher) {
        this.changes = changes;
        this.capacity = capacity;
        this.weigher = weigher;
    }

    /** The value for this key: kept, if still current; otherwise loaded (and kept if nothing changed meanwhile). */
    public V get(K key, Supplier<V> load) {
        long generation = changes.generation();
        boolean trusted = changes.complete();
        if (trusted) {
            Entry<V> entry = entries.get(key);
            if (entry != null && entry.generation() == generation) {
                return entry.value();
            }
        }
        V value = load.get();
        if (trusted && value != null && changes.complete() && changes.generation() == generation) {
            keep(key, new Entry<>(generation, value, Math.max(1, weigher.applyAsInt(value))));
        }
        return value;
    }

    /** Only after a load (a miss), so one at a time: the weight then adds up exactly. */
    private synchronized void keep(K key, Entry<V> entry) {
        if (entry.weight() > capacity) {
            return;
        }
        Entry<V> replaced = entries.get(key);
        if (weight + entry.weight() - (replaced == null ? 0 : replaced.weight()) > capacity) {
            entries.clear();
            weight = 0;
        }
        Entry<V> previous = entries.put(key, entry);
        weight += entry.weight() - (previous == null ? 0 : previous.weight());
    }

    /** The kept value for this key if it is current, without loading; otherwise null. */
    public V peek(K key) {
        long generation = changes.generation();
        if (!changes.complete()) {
            return null;
        }
        Entry<V> entry = entries.get(key);
        return entry != null && entry.generation() == generation ? entry.value() : null;
    }

    /** Entries held, current or not. */
    public int size() {
        return entries.size();
    }
}
