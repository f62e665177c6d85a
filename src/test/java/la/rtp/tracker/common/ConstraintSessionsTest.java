package la.rtp.tracker.common;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Api.unique;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Check constraints must hold whichever connection writes. H2 2.4.240 kept the session that
 * created a {@code check (x in (...))} constraint and failed every later write once that session
 * was closed ("Check constraint invalid", "The database has been closed"): on a fresh file database
 * that happened when the pool retired the connection that had run the migrations. Both tests run
 * on H2 and on PostgreSQL.
 */
@QuarkusTest
class ConstraintSessionsTest {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> configuredPassword;

    /** The application's migrations on a fresh database by one connection, closed; then writes by another. */
    @Test
    void everyConstrainedTableAcceptsWritesFromAConnectionOtherThanTheMigrations() throws SQLException {
        String fresh = freshDatabase();
        String password = configuredPassword.orElse("");
        Flyway.configure().dataSource(fresh, username, password).locations("classpath:db/migration").load().migrate();

        try (Connection c = DriverManager.getConnection(fresh, username, password); Statement s = c.createStatement()) {
            Set<String> covered = writeEveryConstrainedTable(s);
            Set<String> missing = new TreeSet<>(constrainedTables(c));
            missing.removeAll(covered);
            assertTrue(missing.isEmpty(), "tables with a check constraint that this test does not write: " + missing);
        }
    }

    /** Every idle pooled connection closed mid-run, as the pool does after its idle timeout: writes go on. */
    @Test
    void writesSucceedAfterThePoolClosedEveryConnection() {
        admin().get("/api/v1/swgs").then().statusCode(200);
        dataSource.flush(AgroalDataSource.FlushMode.IDLE);

        String name = unique("flushed");
        admin().body(Map.of("username", name, "password", "pw-for-a-flushed-pool", "displayName", name,
                "role", "VIEWER", "swgs", java.util.List.of())).post("/api/v1/users").then().statusCode(201);
        long org = admin().body(Map.of("name", unique("Org"), "acronym", "O", "type", "GOVERNMENT"))
                .post("/api/v1/organizations").then().statusCode(201).extract().jsonPath().getLong("id");
        long person = admin().body(Map.of("fullName", unique("Person"), "gender", "FEMALE", "organizationId", org))
                .post("/api/v1/people").then().statusCode(201).extract().jsonPath().getLong("id");
        admin().body(Map.of("title", unique("Meeting"), "kind", "REGULAR", "startsAt", "2025-03-20T09:00:00+07:00",
                "endsAt", "2025-03-20T12:00:00+07:00", "venue", "Vientiane"))
                .post("/api/v1/swgs/health/meetings").then().statusCode(201);
        dataSource.flush(AgroalDataSource.FlushMode.IDLE);
        long meeting = admin().body(Map.of("title", unique("Meeting"), "kind", "REGULAR",
                "startsAt", "2025-06-20T09:00:00+07:00", "endsAt", "2025-06-20T12:00:00+07:00"))
                .post("/api/v1/swgs/health/meetings").then().statusCode(201).extract().jsonPath().getLong("id");
        admin().body(Map.of("personId", person)).post("/api/v1/meetings/" + meeting + "/attendees")
                .then().statusCode(201);
        admin().body(Map.of("description", "Share the draft", "ownerOrganizationId", org, "dueDate", "2025-07-31"))
                .post("/api/v1/meetings/" + meeting + "/action-items").then().statusCode(201);
    }

    private String freshDatabase() throws SQLException {
        String name = "fresh_" + UUID.randomUUID().toString().replace("-", "");
        if (url.startsWith("jdbc:h2:")) {
            return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        return base.substring(0, base.lastIndexOf('/') + 1) + name + (query < 0 ? "" : url.substring(query));
    }

    private static Set<String> constrainedTables(Connection c) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "select table_name, constraint_name from information_schema.table_constraints "
                        + "where constraint_type = 'CHECK' and lower(table_schema) = 'public'")) {
            while (r.next()) {
                if (!r.getString(2).toLowerCase().endsWith("_not_null")) {
                    tables.add(r.getString(1).toLowerCase());
                }
            }
        }
        assertFalse(tables.isEmpty(), "check constraints found");
        return tables;
    }

    /** One valid row (or update) per constrained table; returns the tables written. */
    private static Set<String> writeEveryConstrainedTable(Statement s) throws SQLException {
        s.executeUpdate("update swg set cadence = 'HALF_YEARLY' where code = 'health'");
        s.executeUpdate("insert into nsedp_plan (number, title, start_year, end_year) values (90, 'Test plan', 2031, 2035)");
        s.executeUpdate("insert into organization (name, name_key, acronym, type) values ('Ministry T', 'ministry t', 'MT', 'GOVERNMENT')");
        long org = id(s, "select id from organization where name_key = 'ministry t'");
        s.executeUpdate("insert into person (full_name, gender, organization_id) values ('Ms T', 'FEMALE', " + org + ")");
        long person = id(s, "select id from person where full_name = 'Ms T'");
        long swg = id(s, "select id from swg where code = 'health'");
        s.executeUpdate("insert into membership (swg_id, person_id, organization_id, role, start_date) values ("
                + swg + ", " + person + ", " + org + ", 'CHAIR', date '2025-01-01')");
        s.executeUpdate("insert into app_user (username, password_hash, display_name, role, language) values "
                + "('t-user', 'x', 'T', 'SWG_SECRETARIAT', 'lo')");
        s.executeUpdate("insert into workplan (swg_id, plan_year, status) values (" + swg + ", 2025, 'DRAFT')");
        long workplan = id(s, "select id from workplan where swg_id = " + swg + " and plan_year = 2025");
        s.executeUpdate("insert into workplan_activity (workplan_id, title) values (" + workplan + ", 'A')");
        long activity = id(s, "select id from workplan_activity where workplan_id = " + workplan);
        s.executeUpdate("insert into budget_line (activity_id, source, currency, planned_amount) values ("
                + activity + ", 'ODA_GRANT', 'LAK', 100)");
        long line = id(s, "select id from budget_line where activity_id = " + activity);
        s.executeUpdate("insert into disbursement (budget_line_id, plan_quarter, amount, disbursed_on, recorded_at, "
                + "recorded_by) values (" + line + ", 2, 50, date '2025-05-02', current_timestamp, 't-user')");
        s.executeUpdate("insert into activity_progress (activity_id, plan_quarter, status, reported_on, recorded_at, "
                + "recorded_by) values (" + activity + ", 2, 'DELAYED', date '2025-05-02', current_timestamp, 't-user')");
        s.executeUpdate("insert into exchange_rate (plan_year, lak_per_usd, updated_by) values (2188, 21500, 't-user')");
        s.executeUpdate("insert into meeting (swg_id, title, kind, status, starts_at, ends_at, meeting_date) values ("
                + swg + ", 'M', 'REGULAR', 'HELD', timestamp with time zone '2025-03-20 02:00:00+00', "
                + "timestamp with time zone '2025-03-20 05:00:00+00', date '2025-03-20')");
        long meeting = id(s, "select id from meeting where title = 'M'");
        s.executeUpdate("insert into agenda_item (meeting_id, position, title, activity_id) values ("
                + meeting + ", 1, 'Item', " + activity + ")");
        s.executeUpdate("insert into attendee (meeting_id, person_id, full_name, gender, organization_id, recorded_at) "
                + "values (" + meeting + ", " + person + ", 'Ms T', 'FEMALE', " + org + ", current_timestamp)");
        s.executeUpdate("insert into minutes (meeting_id, language, body, body_html, created_at, updated_at) values ("
                + meeting + ", 'en', '# M', '<h1>M</h1>', current_timestamp, current_timestamp)");
        s.executeUpdate("insert into action_item (meeting_id, swg_id, description, owner_organization_id, due_date, "
                + "status, status_on, opened_on) values (" + meeting + ", " + swg + ", 'Do', " + org
                + ", date '2025-04-30', 'OPEN', date '2025-03-20', date '2025-03-20')");
        long item = id(s, "select id from action_item where meeting_id = " + meeting);
        s.executeUpdate("insert into action_item_change (action_item_id, status, changed_on, recorded_at, actor) values ("
                + item + ", 'DONE', date '2025-04-01', current_timestamp, 't-user')");
        s.executeUpdate("insert into meeting (title, kind, status, starts_at, ends_at, meeting_date) values ("
                + "'RTIM', 'RTIM', 'HELD', timestamp with time zone '2025-11-20 02:00:00+00', "
                + "timestamp with time zone '2025-11-20 05:00:00+00', date '2025-11-20')");
        long rtim = id(s, "select id from meeting where title = 'RTIM'");
        s.executeUpdate("insert into meeting_swg (meeting_id, swg_id) values (" + rtim + ", " + swg + ")");
        s.executeUpdate("insert into agenda_item (meeting_id, position, title, swg_id) values (" + rtim + ", 1, 'Review', "
                + swg + ")");
        long review = id(s, "select id from agenda_item where meeting_id = " + rtim);
        s.executeUpdate("insert into outcome (agenda_item_id, meeting_id, type, text_en, due_date, created_at, updated_at) "
                + "values (" + review + ", " + rtim + ", 'RECOMMENDATION', 'Act', date '2026-03-31', current_timestamp, "
                + "current_timestamp)");
        long outcome = id(s, "select id from outcome where meeting_id = " + rtim);
        s.executeUpdate("insert into outcome_swg (outcome_id, swg_id) values (" + outcome + ", " + swg + ")");
        s.executeUpdate("insert into recommendation_response (outcome_id, swg_id, decision, reason, responded_on, "
                + "recorded_at, actor) values (" + outcome + ", " + swg + ", 'NOT_ACCEPTED', 'No budget', "
                + "date '2026-01-10', current_timestamp, 't-user')");
        return Set.of("swg", "nsedp_plan", "membership", "app_user", "workplan", "budget_line", "disbursement",
                "activity_progress", "exchange_rate", "meeting",
                "agenda_item", "attendee", "minutes", "action_item", "action_item_change", "outcome",
                "recommendation_response");
    }

    private static long id(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            assertTrue(r.next(), sql);
            return r.getLong(1);
        }
    }
}
