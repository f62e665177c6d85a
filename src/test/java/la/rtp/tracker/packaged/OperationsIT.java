package la.rtp.tracker.packaged;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import la.rtp.tracker.support.PackagedApp;
import org.junit.jupiter.api.Test;

/** The packaged application starts, migrates its database and publishes its contract. */
@QuarkusIntegrationTest
@WithTestResource(PackagedApp.class)
class OperationsIT {

    @Test
    void healthChecksAnswerAndReadinessSeesTheDatabase() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void openApiDescribesThePartnerOperations() {
        given().accept("application/yaml").get("/q/openapi").then().statusCode(200)
                .body(containsString("operationId: listPublishedMinutes"));
        given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/minutes'.get.operationId", equalTo("listPublishedMinutes"));
    }
}
