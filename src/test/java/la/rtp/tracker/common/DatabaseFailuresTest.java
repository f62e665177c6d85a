package la.rtp.tracker.common;

import static la.rtp.tracker.support.Api.admin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.SQLException;
import la.rtp.tracker.support.WebSession;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/**
 * Only unique and foreign-key violations are the client's conflict; a lost connection is 503 with
 * Retry-After; a check violation is our defect (500, logged). The workspace says nothing was saved.
 */
@QuarkusTest
class DatabaseFailuresTest {

    @Test
    void aDuplicateIs409NamingTheClash() {
        admin().get("/api/v1/test-failures/duplicate").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("A user with this username already exists"))
                .body("errors[0].field", equalTo("username"));
    }

    @Test
    void aCheckViolationIsOurDefect500WithoutInternals() {
        admin().get("/api/v1/test-failures/check").then().statusCode(500)
                .contentType("application/problem+json")
                .body("type", containsString("internal"))
                .body("instance", startsWith("urn:uuid:"))
                .body(not(containsString("ck_app_user_role")))
                .body(not(containsString("duplicate")));
    }

    @Test
    void aClosedConnectionIs503WithRetryAfter() {
        admin().get("/api/v1/test-failures/closed").then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("5"))
                .body("type", containsString("unavailable"))
                .body("detail", containsString("nothing was saved"));
    }

    @Test
    void theWorkspaceSaysNothingWasSaved() {
        WebSession web = WebSession.admin();
        web.get("/app/test-failures/closed").then().statusCode(503)
                .contentType(containsString("text/html"))
                .header("Retry-After", equalTo("5"))
                .body(containsString("Nothing was saved: the database could not be reached"))
                .body(not(containsString("Please correct the fields")));
        web.get("/app/test-failures/check").then().statusCode(500)
                .contentType(containsString("text/html"))
                .body(containsString("nothing was saved"))
                .body(not(containsString("Please correct the fields")));
        web.get("/app/test-failures/duplicate").then().statusCode(200)
                .body(containsString("This would duplicate a record that already exists"));
    }

    @Test
    void classification() {
        assertInstanceOf(Problems.Unavailable.class, DatabaseFailures.classify(
                new JDBCConnectionException("x", FailingEndpoints.closedConnectionFailure())));
        assertInstanceOf(Problems.Unavailable.class, DatabaseFailures.classify(
                new RuntimeException(FailingEndpoints.closedConnectionFailure())));
        assertInstanceOf(Problems.Unavailable.class, DatabaseFailures.classify(
                new RuntimeException(new SQLException("terminating connection due to administrator command", "57P01"))));
        assertInstanceOf(Problems.Unavailable.class, DatabaseFailures.classify(
                new RuntimeException(new SQLException("Sorry, acquisition timeout!"))));

        ProblemException unique = DatabaseFailures.classify(new ConstraintViolationException("x",
                new SQLException("dup", "23505"), "insert", ConstraintKind.UNIQUE,
                "public.uq_workplan_swg_year_index_5 on public.workplan(swg_id, plan_year)"));
        assertEquals(409, unique.status());
        assertEquals("year", unique.errors().get(0).field());
        assertEquals(409, DatabaseFailures.classify(new ConstraintViolationException("x",
                new SQLException("fk", "23503"), "insert", ConstraintKind.FOREIGN_KEY, "fk_meeting_swg")).status());
        assertEquals(409, DatabaseFailures.classify(new ConstraintViolationException("x",
                new SQLException("dup", "23505"), "insert", ConstraintKind.UNIQUE, "something_new")).status());

        assertNull(DatabaseFailures.classify(new ConstraintViolationException("x",
                new SQLException("check", "23514"), "insert", ConstraintKind.CHECK, "ck_meeting_kind")));
        assertNull(DatabaseFailures.classify(new ConstraintViolationException("x",
                new SQLException("null", "23502"), "insert", ConstraintKind.NOT_NULL, "title")));
        assertNull(DatabaseFailures.classify(new IllegalStateException("a defect")));
    }
}
