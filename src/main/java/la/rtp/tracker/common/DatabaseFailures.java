package la.rtp.tracker.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * What a database failure means to the client. Only a unique or foreign-key violation is the
 * client's conflict (409, naming the clash): two writers raced past the application's own checks.
 * A lost or closed connection is 503: nothing was written and a retry may succeed. Anything else,
 * a check constraint included, is a defect: input validation should have refused the request, so
 * it is logged and answered 500 by the caller.
 */
public final class DatabaseFailures {

    /** Unique constraints by name: the request field at fault and the message. */
    private static final Map<String, String[]> UNIQUE = load();

    private DatabaseFailures() {
    }

    /** The problem this failure means for the client; null when it is not the client's (a 500). */
    public static ProblemException classify(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof ConstraintViolationException v) {
                return switch (v.getKind()) {
                    case UNIQUE -> duplicate(v.getConstraintName());
                    case FOREIGN_KEY -> new Problems.Conflict(
                            "This refers to a record that does not exist, or the record is still referred to");
                    default -> null;
                };
            }
            if (isConnectionFailure(c)) {
                return new Problems.Unavailable();
            }
        }
        return null;
    }

    static boolean isConnectionFailure(Throwable c) {
        if (c instanceof JDBCConnectionException || c instanceof SQLTransientConnectionException
                || c instanceof SQLNonTransientConnectionException || c instanceof SQLRecoverableException) {
            return true;
        }
        if (c instanceof SQLException s) {
            String state = s.getSQLState();
            String message = s.getMessage();
            // 08: connection exception; 57P01-57P03: the PostgreSQL server is shutting down or starting
            return state != null && (state.startsWith("08") || state.startsWith("57P"))
                    // Agroal, when no connection could be had from the pool in time
                    || state == null && message != null && message.toLowerCase(Locale.ROOT).contains("acquisition timeout");
        }
        return false;
    }

    private static ProblemException duplicate(String constraint) {
        String[] known = constraint == null ? null : known(constraint.toLowerCase(Locale.ROOT));
        if (known == null) {
            return new Problems.Conflict("This would duplicate a record that already exists");
        }
        return new Problems.Conflict(known[1], new ProblemException.FieldError(known[0], known[1]));
    }

    /** The longest known name within the reported one (H2 reports e.g. {@code public.uq_x_index_8 on ...}). */
    private static String[] known(String reported) {
        String best = null;
        for (String name : UNIQUE.keySet()) {
            if (reported.contains(name) && (best == null || name.length() > best.length())) {
                best = name;
            }
        }
        return best == null ? null : UNIQUE.get(best);
    }

    private static Map<String, String[]> load() {
        Properties p = new Properties();
        try (InputStream in = DatabaseFailures.class.getResourceAsStream("/constraints.properties")) {
            if (in == null) {
                throw new IllegalStateException("constraints.properties is part of the build");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        Map<String, String[]> map = new TreeMap<>();
        p.forEach((k, v) -> map.put(k.toString(), v.toString().split("\\|", 2)));
        return Map.copyOf(map);
    }
}
