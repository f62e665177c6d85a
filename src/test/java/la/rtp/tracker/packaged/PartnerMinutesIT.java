package la.rtp.tracker.packaged;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Api.partner;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.util.Map;
import la.rtp.tracker.support.Api;
import la.rtp.tracker.support.Fixtures;
import la.rtp.tracker.support.PackagedApp;
import org.junit.jupiter.api.Test;

/** A development partner reads a SWG's published minutes, and only those, from the packaged application. */
@QuarkusIntegrationTest
@WithTestResource(PackagedApp.class)
class PartnerMinutesIT {

    @Test
    void aPartnerReadsPublishedMinutesOnly() {
        String code = Fixtures.swg();
        long published = minutes(code, "2024-06-10T09:00:00+07:00");
        admin().post("/api/v1/meetings/" + published + "/minutes/publish").then().statusCode(200);
        long draft = minutes(code, "2024-06-12T09:00:00+07:00");
        String token = (String) Api.partnerToken().get("token");

        partner(token).get("/api/v1/minutes?swg=" + code).then().statusCode(200).contentType("application/json")
                .body("items.meetingId", contains((int) published))
                .body("items[0].swg", equalTo(code))
                .body("items[0].bodyHtml", containsString("<h1>Minutes of 2024-06-10"));
        partner(token).get("/api/v1/minutes/" + draft).then().statusCode(404)
                .contentType("application/problem+json").body("type", endsWith("/not-found"));
        partner("not-a-token").get("/api/v1/minutes?swg=" + code).then().statusCode(401);
    }

    /** A held meeting of the past with draft minutes; returns its id. */
    private static long minutes(String code, String startsAt) {
        long id = Fixtures.meetingTitled(code, startsAt, "Meeting of " + startsAt);
        admin().post("/api/v1/meetings/" + id + "/held").then().statusCode(200);
        admin().body(Map.of("body", "# Minutes of " + startsAt.substring(0, 10) + "\n\nAgreed.", "language", "en"))
                .put("/api/v1/meetings/" + id + "/minutes").then().statusCode(201);
        return id;
    }
}
