package la.rtp.tracker.packaged;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import la.rtp.tracker.support.PackagedApp;
import la.rtp.tracker.support.WebSession;
import org.junit.jupiter.api.Test;

/** The packaged workspace: its sign-in form renders, and signing in leads to the home page. */
@QuarkusIntegrationTest
@WithTestResource(PackagedApp.class)
class WorkspaceIT {

    @Test
    void theSignInPageRendersAndTheWorkspaceAsksForIt() {
        given().redirects().follow(false).get("/app").then().statusCode(302).header("Location", endsWith("/login"));
        given().get("/login").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<form method=\"post\" action=\"/login\""))
                .body(containsString("name=\"username\""))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }

    @Test
    void theAdministratorSignsInToTheHomePage() {
        WebSession.admin().get("/app").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("name=\"csrf\""));
    }
}
