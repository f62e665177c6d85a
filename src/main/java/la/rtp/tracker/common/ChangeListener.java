package la.rtp.tracker.common;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * On PostgreSQL, holds one connection of its own (outside the pool) that listens on
 * {@value ChangeNotifications#CHANNEL}: every committed write to any table, by any replica or
 * any other client, notifies it ({@link ChangeNotifications}), and {@link Changes} advances. While
 * the connection is down, {@link Changes#complete()} is false and caches ask the database; it
 * reconnects every {@code rtp.changes.reconnect-seconds}. Its own process's commits are skipped
 * (their notifications carry its name); {@link ChangeInspector} counted them before answering. On H2 (one process, every write seen
 * by {@link ChangeInspector}) nothing is needed.
 */
@ApplicationScoped
public class ChangeListener implements AgroalPoolInterceptor {

    private static final Logger LOG = Logger.getLogger(ChangeListener.class);
    private static final int POLL_MILLIS = 1000;
    private static final Duration CHECK_EVERY = Duration.ofSeconds(15);

    @Inject
    Changes changes;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String kind;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    Optional<String> url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @Inject
    RtpConfig config;

    /** This process's name on its pool's connections: the payload of its own notifications. */
    final String name = "swg-tracker " + UUID.randomUUID();

    private volatile boolean running;
    private Thread thread;

    void start(@Observes StartupEvent event) {
        if (!"postgresql".equals(kind)) {
            changes.complete(true);
            return;
        }
        if (url.isEmpty()) {
            LOG.warn("No JDBC URL: change notifications are not followed, caches always ask the database");
            return;
        }
        running = true;
        thread = new Thread(this::run, "rtp-change-listener");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Names every new pool connection after this process, so that the notifications its own
     * commits cause (already counted by {@link ChangeInspector} before the answer) are skipped.
     */
    @Override
    public void onConnectionCreate(Connection connection) {
        if ("postgresql".equals(kind)) {
            try {
                connection.setClientInfo("ApplicationName", name);
            } catch (SQLClientInfoException e) {
                LOG.warnf("A pool connection could not be named (%s); its changes are counted twice", e.getMessage());
            }
        }
    }

    /**
     * A connection goes back to the pool, on the thread that used it: a write that thread sent
     * outside a transaction is committed by now, so the counter advances again ({@link Changes#connectionReturned()}).
     */
    @Override
    public void onConnectionReturn(Connection connection) {
        changes.connectionReturned();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void run() {
        boolean warned = false;
        while (running) {
            try (Connection connection = connect()) {
                listen(connection);
                warned = false;
            } catch (SQLException e) {
                if (running && !warned) {
                    LOG.warnf("Not listening for changes (%s); caches ask the database until it is back",
                            e.getMessage());
                    warned = true;
                }
            } finally {
                changes.complete(false);
            }
            sleep(config.changes().reconnect().toMillis());
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        username.ifPresent(u -> properties.setProperty("user", u));
        password.ifPresent(p -> properties.setProperty("password", p));
        properties.setProperty("ApplicationName", "swg-tracker change listener");
        properties.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(url.get(), properties);
    }

    private void listen(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("listen " + ChangeNotifications.CHANNEL);
        }
        PGConnection pg = connection.unwrap(PGConnection.class);
        changes.complete(true);
        LOG.debug("Listening for changes");
        long nextCheck = System.nanoTime() + CHECK_EVERY.toNanos();
        while (running) {
            PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
            if (notifications != null) {
                for (PGNotification notification : notifications) {
                    if (!name.equals(notification.getParameter())) {
                        changes.changed();
                        break;
                    }
                }
            }
            if (System.nanoTime() - nextCheck > 0) {
                if (!connection.isValid(5)) {
                    throw new SQLException("the listening connection stopped answering");
                }
                nextCheck = System.nanoTime() + CHECK_EVERY.toNanos();
            }
        }
    }

    private void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
