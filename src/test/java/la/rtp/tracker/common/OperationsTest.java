package la.rtp.tracker.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void healthChecksAnswerAndReadinessChecksTheDatabase() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void prometheusMetricsIncludeHttpServerRequests() {
        la.rtp.tracker.support.Api.admin().get("/api/v1/swgs").then().statusCode(200);
        String viewer = la.rtp.tracker.support.Api.user("VIEWER");
        given().auth().preemptive().basic(viewer, la.rtp.tracker.support.Api.passwordOf(viewer)).get("/q/metrics")
                .then().statusCode(200).body(containsString("http_server_requests_seconds"));
    }

    /** Metrics tell who calls what how often: signed-in users only, never a partner token or anyone. */
    @Test
    void metricsAreNotOpenToAnyone() {
        given().get("/q/metrics").then().statusCode(401);
        String token = (String) la.rtp.tracker.support.Api.partnerToken().get("token");
        given().header("Authorization", "Bearer " + token).get("/q/metrics").then().statusCode(403);
        String secretariat = la.rtp.tracker.support.Api.user("SWG_SECRETARIAT", "health");
        given().auth().preemptive().basic(secretariat, la.rtp.tracker.support.Api.passwordOf(secretariat))
                .get("/q/metrics").then().statusCode(403);
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    /** The suite really runs on the database the build chose; nothing silently falls back to H2. */
    @Test
    void runsOnTheDatabaseTheBuildSelected() throws SQLException {
        String kind = System.getProperty("quarkus.datasource.db-kind", "h2");
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase();
            assertEquals(kind.equals("postgresql") ? "postgresql" : "h2", product);
        }
    }
}
