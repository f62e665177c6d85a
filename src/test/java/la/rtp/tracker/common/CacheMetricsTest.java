package la.rtp.tracker.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import la.rtp.tracker.support.Api;
import org.junit.jupiter.api.Test;

/** Every cache shows its hits, misses and evictions in /q/metrics, under a name of its own. */
@QuarkusTest
class CacheMetricsTest {

    @Test
    void everyCacheIsCounted() {
        Api.admin().get("/api/v1/minutes").then().statusCode(200);
        Api.admin().get("/api/v1/minutes").then().statusCode(200);
        Api.admin().get("/api/v1/compliance?year=2024").then().statusCode(200);
        Api.admin().accept("text/html").get("/reports/compliance?year=2024").then().statusCode(200);
        String viewer = Api.user("VIEWER");
        var metrics = given().auth().preemptive().basic(viewer, Api.passwordOf(viewer)).get("/q/metrics").then()
                .statusCode(200);
        for (String cache : new String[] {"accounts", "partner-tokens", "password-checks", "minutes-queries",
            "minutes-pages", "compliance-reports", "compliance-matrices"}) {
            metrics.body(containsString("cache_gets_total{cache=\"" + cache + "\",result=\"hit\"}"))
                    .body(containsString("cache_gets_total{cache=\"" + cache + "\",result=\"miss\"}"))
                    .body(containsString("cache_evictions_total{cache=\"" + cache + "\"}"));
        }
        metrics.body(matchesPattern("(?s).*cache_gets_total\\{cache=\"minutes-queries\",result=\"hit\"} [1-9].*"));
    }
}
