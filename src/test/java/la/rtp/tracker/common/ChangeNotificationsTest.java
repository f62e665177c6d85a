package la.rtp.tracker.common;

import static la.rtp.tracker.support.Api.admin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import la.rtp.tracker.support.Api;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Caches answer without SQL only while every committed change advances {@link Changes}: this
 * replica's writes through Hibernate everywhere, and on PostgreSQL any other connection's too
 * (another replica, an operator with psql), through the triggers and the listener.
 */
@QuarkusTest
class ChangeNotificationsTest {

    @Inject
    Changes changes;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private static boolean postgres() {
        return "postgresql".equals(System.getProperty("quarkus.datasource.db-kind"));
    }

    private void awaitComplete() throws InterruptedException {
        for (int i = 0; i < 200 && !changes.complete(); i++) {
            Thread.sleep(50);
        }
        assertTrue(changes.complete(), "the change counter vouches for the data");
    }

    @Test
    void aWriteThroughTheApiAdvancesTheCounterBeforeItsAnswer() throws InterruptedException {
        awaitComplete();
        long before = changes.generation();
        Api.organization("NGO");
        assertTrue(changes.generation() > before);
        long after = changes.generation();
        admin().get("/api/v1/swgs").then().statusCode(200);
        assertEquals(after, changes.generation(), "a read changes nothing");
    }

    @Test
    void ownWritesAreCountedOnceOnPostgresql() throws InterruptedException {
        assumeTrue(postgres(), "PostgreSQL only");
        awaitComplete();
        Api.organization("NGO");
        long after = changes.generation();
        Thread.sleep(1500);
        assertEquals(after, changes.generation(),
                "this process's own notification is skipped: its commit was counted before the answer");
    }

    @Test
    void everyTableNotifiesOnPostgresql() throws SQLException {
        assumeTrue(postgres(), "PostgreSQL only");
        List<String> missing = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, username, password.orElse(""));
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(ChangeNotifications.MISSING.formatted("flyway_schema_history",
                        ChangeNotifications.TRIGGER))) {
            while (rs.next()) {
                missing.add(rs.getString(1));
            }
        }
        assertEquals(List.of(), missing, "tables without the change trigger");
    }

    @Test
    void aUserDeactivatedByAnotherConnectionIsRefusedOnPostgresql() throws Exception {
        assumeTrue(postgres(), "PostgreSQL only");
        awaitComplete();
        String user = Api.user("VIEWER");
        Api.as(user).get("/api/v1/swgs").then().statusCode(200);
        Api.as(user).get("/api/v1/swgs").then().statusCode(200);
        long before = changes.generation();
        // as another replica or an operator would: not through this process
        try (Connection c = DriverManager.getConnection(url, username, password.orElse(""));
                PreparedStatement p = c.prepareStatement("update app_user set active = false where username = ?")) {
            p.setString(1, user);
            assertEquals(1, p.executeUpdate());
        }
        for (int i = 0; i < 200 && changes.generation() == before; i++) {
            Thread.sleep(50);
        }
        assertNotEquals(before, changes.generation(), "the other connection's commit was notified");
        Api.as(user).get("/api/v1/swgs").then().statusCode(401);
    }
}
