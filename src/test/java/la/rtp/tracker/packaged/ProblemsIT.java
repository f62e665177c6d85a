package la.rtp.tracker.packaged;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Api.anonymous;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import la.rtp.tracker.support.PackagedApp;
import org.junit.jupiter.api.Test;

/** Errors of the packaged application are problem+json, as in the tests of the running code. */
@QuarkusIntegrationTest
@WithTestResource(PackagedApp.class)
class ProblemsIT {

    @Test
    void anonymousIs401WithChallengeAndProblem() {
        anonymous().get("/api/v1/users").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Basic"))
                .body("status", equalTo(401)).body("type", containsString("unauthenticated"));
    }

    @Test
    void unknownThingsAre404Problems() {
        admin().get("/api/v1/swgs/atlantis").then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("type", endsWith("/not-found"))
                .body("detail", containsString("atlantis"));
        admin().get("/no-such-page").then().statusCode(404).contentType("application/problem+json");
    }
}
