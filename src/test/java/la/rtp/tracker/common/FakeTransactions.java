package la.rtp.tracker.common;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A JTA transaction registry for plain unit tests: one transaction at a time, begun and ended by the test. */
final class FakeTransactions implements TransactionSynchronizationRegistry {

    private Object key;
    private final Map<Object, Object> resources = new HashMap<>();
    private final List<Synchronization> synchronizations = new ArrayList<>();

    void begin() {
        key = new Object();
    }

    /** Ends the transaction with this status ({@link Status#STATUS_COMMITTED} or rolled back). */
    void end(int status) {
        for (Synchronization s : synchronizations) {
            s.beforeCompletion();
        }
        key = null;
        resources.clear();
        for (Synchronization s : synchronizations) {
            s.afterCompletion(status);
        }
        synchronizations.clear();
    }

    @Override
    public Object getTransactionKey() {
        return key;
    }

    @Override
    public void putResource(Object k, Object value) {
        if (key == null) {
            throw new IllegalStateException("no transaction");
        }
        resources.put(k, value);
    }

    @Override
    public Object getResource(Object k) {
        return key == null ? null : resources.get(k);
    }

    @Override
    public void registerInterposedSynchronization(Synchronization sync) {
        if (key == null) {
            throw new IllegalStateException("no transaction");
        }
        synchronizations.add(sync);
    }

    @Override
    public int getTransactionStatus() {
        return key == null ? Status.STATUS_NO_TRANSACTION : Status.STATUS_ACTIVE;
    }

    @Override
    public void setRollbackOnly() {
    }

    @Override
    public boolean getRollbackOnly() {
        return false;
    }
}
