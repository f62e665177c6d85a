package la.rtp.tracker.common;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import la.rtp.tracker.web.FormErrors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Test-only endpoints that run into real database failures, so that the answers to them can be
 * checked from outside: a duplicate and a check violation written by native SQL on the test
 * database, and the exception of a real H2 connection whose database was shut down.
 */
public class FailingEndpoints {

    @Path("/api/v1/test-failures")
    @Produces(MediaType.APPLICATION_JSON)
    public static class Api {

        @Inject
        EntityManager em;

        @GET
        @Path("{kind}")
        @Operation(hidden = true)
        @Transactional
        public String fail(@PathParam("kind") String kind) {
            FailingEndpoints.fail(em, kind);
            return "not reached";
        }
    }

    /** As a workspace page does: the refusal goes through {@link FormErrors}, which throws on what is not the user's. */
    @Path("/app/test-failures")
    @Produces(MediaType.TEXT_HTML)
    public static class Page {

        @Inject
        EntityManager em;

        @GET
        @Path("{kind}")
        @Operation(hidden = true)
        @Transactional
        public String fail(@PathParam("kind") String kind) {
            try {
                FailingEndpoints.fail(em, kind);
            } catch (RuntimeException e) {
                return "refused: " + FormErrors.from(e, Locale.ENGLISH).general();
            }
            return "not reached";
        }
    }

    static void fail(EntityManager em, String kind) {
        switch (kind) {
            case "duplicate" -> em.createNativeQuery("insert into app_user (username, password_hash, display_name, role) "
                    + "values ('admin', 'x', 'Second admin', 'VIEWER')").executeUpdate();
            case "check" -> em.createNativeQuery("insert into app_user (username, password_hash, display_name, role) "
                    + "values ('check-" + System.nanoTime() + "', 'x', 'Bad role', 'EMPEROR')").executeUpdate();
            case "closed" -> throw new JDBCConnectionException("could not execute statement", closedConnectionFailure());
            default -> throw new IllegalArgumentException(kind);
        }
    }

    /** What the driver throws on a connection whose H2 database has been shut down. */
    static SQLException closedConnectionFailure() {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:closed-" + System.nanoTime(), "sa", "");
                Statement s = c.createStatement()) {
            s.execute("shutdown");
            s.execute("select 1");
        } catch (SQLException e) {
            return e;
        }
        throw new IllegalStateException("a shut-down database answered");
    }
}
