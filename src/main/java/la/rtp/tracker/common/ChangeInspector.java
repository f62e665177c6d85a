package la.rtp.tracker.common;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Locale;
import java.util.regex.Pattern;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.jboss.logging.Logger;

/**
 * Sees every SQL statement Hibernate sends (entity writes, bulk HQL and native SQL alike) and,
 * when one writes, marks its transaction as one that wrote ({@link Changes#written()}: what it
 * reads is not kept) and advances {@link Changes} once the transaction has ended. A write outside
 * any JTA transaction (auto-commit) advances the counter before it is sent and again once the
 * thread gives its connection back, after the write is visible: a reader that loaded the old
 * data in between sees the counter move and does not keep it. The statement is returned
 * unchanged.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class ChangeInspector implements StatementInspector {

    private static final Logger LOG = Logger.getLogger(ChangeInspector.class);
    private static final Pattern DML = Pattern.compile("\\b(insert|update|delete|merge|truncate)\\b");
    private static final Pattern LITERAL = Pattern.compile("'(?:[^']|'')*'");

    @Inject
    Changes changes;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Override
    public String inspect(String sql) {
        if (writes(sql)) {
            afterTransaction();
        }
        return sql;
    }

    /**
     * Whether a statement may change data: anything but a query. A query is a statement that
     * starts with {@code select} ({@code select ... for update} included), {@code values} or
     * {@code with} without a data-changing clause.
     */
    static boolean writes(String sql) {
        String s = sql.stripLeading();
        int end = 0;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        String verb = s.substring(0, end).toLowerCase(Locale.ROOT);
        return switch (verb) {
            case "select", "values" -> false;
            case "with" -> DML.matcher(LITERAL.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("''")).find();
            default -> true;
        };
    }

    private void afterTransaction() {
        if (transactions.getTransactionKey() == null) {
            changes.unfinishedWrite();
            return;
        }
        if (transactions.getResource(Changes.WROTE) != null) {
            return;
        }
        try {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    changes.changed();
                    if (status != Status.STATUS_COMMITTED) {
                        LOG.debugf("A transaction that wrote ended with status %d", status);
                    }
                }
            });
            transactions.putResource(Changes.WROTE, Boolean.TRUE);
        } catch (IllegalStateException e) {
            // The transaction is already completing: the counter cannot wait for its end; it
            // advances now and again when this thread gives its connection back.
            LOG.warnf("A write at the end of a transaction could not be followed (%s); caches are reset", e.getMessage());
            changes.unfinishedWrite();
        }
    }
}
