package la.rtp.tracker.common;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * On PostgreSQL, after every Flyway migration, makes sure every table of the schema (Flyway's
 * history excepted) carries the statement trigger {@value #TRIGGER}, which notifies
 * {@value #CHANNEL} when a statement changes its rows, with the writer's {@code application_name}
 * (each replica names its pool's connections, {@link ChangeListener}, to skip its own writes,
 * which {@link ChangeInspector} has already counted). PostgreSQL delivers notifications only when
 * the transaction commits, once per transaction and payload, so the cost is one small message per
 * committed write transaction. Tables added by later migrations get the trigger the same way. H2
 * needs none ({@link ChangeListener}).
 */
@ApplicationScoped
public class ChangeNotifications implements FlywayConfigurationCustomizer {

    public static final String CHANNEL = "rtp_changes";
    public static final String TRIGGER = "rtp_changed";

    @Override
    public void customize(FluentConfiguration configuration) {
        Callback[] existing = configuration.getCallbacks();
        Callback[] callbacks = java.util.Arrays.copyOf(existing, existing.length + 1);
        callbacks[existing.length] = new AfterMigrate();
        configuration.callbacks(callbacks);
    }

    /** The tables of the current schema that lack the trigger, Flyway's history excepted. */
    static final String MISSING = """
            select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = current_schema() and c.relkind in ('r', 'p') and c.relname <> '%s'
              and not exists (select 1 from pg_trigger t where t.tgrelid = c.oid and t.tgname = '%s')
            order by c.relname""";

    static final class AfterMigrate implements Callback {

        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.AFTER_MIGRATE;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            try {
                Connection connection = context.getConnection();
                if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                    return;
                }
                install(connection, context.getConfiguration().getTable());
            } catch (SQLException e) {
                throw new IllegalStateException("The change notification triggers could not be installed", e);
            }
        }

        @Override
        public String getCallbackName() {
            return "rtp change notifications";
        }
    }

    /** An advisory lock of this callback's own: replicas that start together install one at a time. */
    private static final long LOCK = 0x7274705F63686731L;

    static void install(Connection connection, String historyTable) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // In a transaction, a transaction lock (it ends with it, whatever happens); otherwise a
            // session lock, released below (a failed statement does not stop the release then).
            boolean inTransaction = !connection.getAutoCommit();
            statement.execute("select pg_advisory" + (inTransaction ? "_xact" : "") + "_lock(" + LOCK + ")");
            try {
                statement.execute("create or replace function " + TRIGGER + "() returns trigger language plpgsql as $$ "
                        + "begin perform pg_notify('" + CHANNEL + "', coalesce(current_setting('application_name', true), '')); "
                        + "return null; end $$");
                List<String> tables = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery(MISSING.formatted(historyTable, TRIGGER))) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
                for (String table : tables) {
                    statement.execute("create trigger " + TRIGGER + " after insert or update or delete or truncate on "
                            + quote(table) + " for each statement execute function " + TRIGGER + "()");
                }
            } finally {
                if (!inTransaction) {
                    statement.execute("select pg_advisory_unlock(" + LOCK + ")");
                }
            }
        }
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
