package la.rtp.tracker.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A counter of committed changes to the database, for caches that answer without any SQL. It
 * advances after every transaction of this replica that wrote ({@link ChangeInspector}) and, on
 * PostgreSQL, whenever any other connection commits a write ({@link ChangeListener}: a trigger on
 * every table notifies, this replica listens).
 *
 * <p>A cache may serve an entry without asking the database only while {@link #complete()} is
 * true and the entry was loaded under the current {@link #generation()}: read the generation
 * before loading, keep the result only if the generation is still the same afterwards. Because
 * the counter advances after the commit, a reader that loaded old data before a commit keeps it
 * under the old generation, which is already past by the time the writer's response is sent.
 */
@ApplicationScoped
public class Changes {

    private final AtomicLong generation = new AtomicLong();
    private volatile boolean complete;

    /** The current generation of the data. */
    public long generation() {
        return generation.get();
    }

    /**
     * True while every committed change, from any replica or client, advances the generation:
     * always on the embedded H2 database (one process), on PostgreSQL while this replica
     * listens for the change notifications.
     */
    public boolean complete() {
        return complete;
    }

    /** Something was committed: every entry loaded before is stale. */
    public void changed() {
        generation.incrementAndGet();
    }

    /** Starts or stops trusting that every change is seen; either way, what was loaded before is stale. */
    void complete(boolean value) {
        changed();
        complete = value;
        changed();
    }
}
