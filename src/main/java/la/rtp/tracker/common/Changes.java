package la.rtp.tracker.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A counter of committed changes to the database, for caches that answer without any SQL. It
 * advances after every transaction of this replica that wrote ({@link ChangeInspector}) and, on
 * PostgreSQL, whenever any other connection commits a write ({@link ChangeListener}: a trigger on
 * every table notifies, this replica listens).
 *
 * <p>{@link CurrentCache} is the one place that applies the rule: it serves an entry without
 * asking the database only while {@link #complete()} is true and the entry was loaded under the
 * current {@link #generation()}, and keeps a loaded value only if the generation did not move
 * while it was loaded and the reader's own transaction had not written ({@link #written()}: such
 * a transaction sees data nobody else sees yet, and may never commit). Because the counter
 * advances after the commit, a reader that loaded old data before a commit keeps it under the old
 * generation, which is already past by the time the writer's response is sent.
 */
@ApplicationScoped
public class Changes {

    /** The resource {@link ChangeInspector} puts on a JTA transaction once one of its statements wrote. */
    static final Object WROTE = new Object();

    /**
     * Set on a thread that sent a write outside any JTA transaction (auto-commit), until it gives
     * its connection back to the pool ({@link ChangeListener#onConnectionReturn}): only then is the
     * write certainly committed and visible, and the counter advances again.
     */
    private static final ThreadLocal<Boolean> UNFINISHED = new ThreadLocal<>();

    private final AtomicLong generation = new AtomicLong();
    private volatile boolean complete;

    @Inject
    TransactionSynchronizationRegistry transactions;

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

    /**
     * Whether the current thread's work has written what is not yet certainly committed: its JTA
     * transaction has sent a write, or it sent one outside a transaction and still holds the
     * connection. What such a thread reads must be neither kept nor answered from a cache.
     */
    public boolean written() {
        if (UNFINISHED.get() != null) {
            return true;
        }
        TransactionSynchronizationRegistry t = transactions;
        return t != null && t.getTransactionKey() != null && t.getResource(WROTE) != null;
    }

    /** Something was committed: every entry loaded before is stale. */
    public void changed() {
        generation.incrementAndGet();
    }

    /**
     * A write is being sent outside a JTA transaction: advance now and once more when this thread
     * gives its connection back ({@link #connectionReturned()}), after the write is committed, so
     * that no reader keeps what it read before the write became visible.
     */
    void unfinishedWrite() {
        UNFINISHED.set(Boolean.TRUE);
        changed();
    }

    /** This thread gave a pool connection back: a write it sent outside a transaction is now done. */
    void connectionReturned() {
        if (UNFINISHED.get() != null) {
            UNFINISHED.remove();
            changed();
        }
    }

    /** Starts or stops trusting that every change is seen; either way, what was loaded before is stale. */
    void complete(boolean value) {
        changed();
        complete = value;
        changed();
    }
}
