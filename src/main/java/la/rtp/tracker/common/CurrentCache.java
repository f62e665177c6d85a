package la.rtp.tracker.common;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Values loaded from the database, served again without SQL while nothing has been committed
 * since ({@link Changes}). A null value is never kept. Bounded: when full, it starts again empty.
 *
 * @param <K> what a value is looked up by
 * @param <V> the loaded value, immutable
 */
public final class CurrentCache<K, V> {

    private record Entry<V>(long generation, V value) {
    }

    private final Changes changes;
    private final int capacity;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

    public CurrentCache(Changes changes, int capacity) {
        this.changes = changes;
        this.capacity = capacity;
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
            if (entries.size() >= capacity) {
                entries.clear();
            }
            entries.put(key, new Entry<>(generation, value));
        }
        return value;
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
