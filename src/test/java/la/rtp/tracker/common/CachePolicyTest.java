package la.rtp.tracker.common;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Api.anonymous;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import la.rtp.tracker.support.Api;
import la.rtp.tracker.support.WebSession;
import org.junit.jupiter.api.Test;

/** Each family of answers carries its Cache-Control, errors included. */
@QuarkusTest
class CachePolicyTest {

    static final String NO_STORE = "no-store";
    static final String REVALIDATE = "private, no-cache";

    @Test
    void theApiIsNeverStored() {
        admin().get("/api/v1/swgs").then().statusCode(200).header("Cache-Control", NO_STORE);
        admin().accept("text/csv").get("/api/v1/compliance.csv?year=2024").then().statusCode(200).header("Cache-Control", NO_STORE);
        admin().get("/api/v1/organizations/999999999").then().statusCode(404).header("Cache-Control", NO_STORE);
        anonymous().get("/api/v1/audit").then().statusCode(401).header("Cache-Control", NO_STORE);
    }

    @Test
    void thePartnerFeedsAreRevalidated() {
        String token = (String) Api.partnerToken().get("token");
        Api.partner(token).get("/api/v1/minutes").then().statusCode(200).header("Cache-Control", REVALIDATE);
        Api.partner(token).get("/api/v1/minutes/999999999").then().statusCode(404)
                .header("Cache-Control", REVALIDATE);
        Api.partner(token).accept("application/atom+xml").get("/feeds/minutes.atom").then().statusCode(200)
                .header("Cache-Control", REVALIDATE);
        Api.partner(token).accept("text/calendar").get("/calendar/meetings.ics").then().statusCode(200)
                .header("Cache-Control", REVALIDATE);
    }

    @Test
    void theWorkspaceAndTheReportsAreNeverStored() {
        RestAssured.given().redirects().follow(false).get("/app").then().header("Cache-Control", NO_STORE);
        WebSession.admin().get("/app").then().statusCode(200).header("Cache-Control", NO_STORE);
        admin().accept("text/html").get("/reports/compliance?year=2024").then().statusCode(200)
                .header("Cache-Control", NO_STORE);
    }

    @Test
    void staticAssetsMayBeCached() {
        RestAssured.given().get("/static/app.css").then().statusCode(200)
                .header("Cache-Control", not(equalTo(NO_STORE)));
    }
}
