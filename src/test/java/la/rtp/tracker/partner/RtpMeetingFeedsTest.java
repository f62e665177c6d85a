package la.rtp.tracker.partner;

import static io.restassured.RestAssured.given;
import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Api.partner;
import static la.rtp.tracker.support.Fixtures.meetingBody;
import static la.rtp.tracker.support.Fixtures.swg;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import la.rtp.tracker.support.Api;
import la.rtp.tracker.support.Fixtures;
import la.rtp.tracker.support.PinnedClock;
import la.rtp.tracker.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Partners see RTP-level meetings in the calendar and their published minutes in the feeds, never drafts. */
@QuarkusTest
@PinnedClock
class RtpMeetingFeedsTest {

    @Inject
    TestClock clock;

    @BeforeEach
    void pin() {
        clock.pin(Fixtures.NOW);
    }

    private static long rtim(String title, String startsAt, String endsAt, String... swgs) {
        Map<String, Object> body = meetingBody(title, "RTIM", startsAt, endsAt);
        body.put("swgs", List.of(swgs));
        long id = admin().body(body).post("/api/v1/meetings").then().statusCode(201).extract().jsonPath().getLong("id");
        admin().post("/api/v1/meetings/" + id + "/held").then().statusCode(200);
        admin().body(Map.of("body", "Minutes of " + title, "language", "en")).put("/api/v1/meetings/" + id + "/minutes")
                .then().statusCode(201);
        return id;
    }

    @Test
    void publishedRtimMinutesAndTheRtimAppearInTheFeedsOfTheSwgsTakingPart() {
        String a = swg();
        String b = swg();
        String outsider = swg();
        long published = rtim("RTIM 2024", "2024-06-13T07:00:00+07:00", "2024-06-13T08:00:00+07:00", a, b);
        long draft = rtim("Chairs 2024", "2024-06-13T08:00:00+07:00", "2024-06-13T09:00:00+07:00", a);
        admin().body(Map.of()).post("/api/v1/meetings/" + published + "/minutes/publish").then().statusCode(200);
        String token = (String) Api.partnerToken().get("token");

        for (String query : List.of("?from=2024-06-13&to=2024-06-13&limit=200", "?swg=" + a, "?swg=" + b)) {
            partner(token).get("/api/v1/minutes" + query).then().statusCode(200)
                    .body("items.meetingId", hasItem((int) published)).body("items.meetingId", not(hasItem((int) draft)));
        }
        partner(token).get("/api/v1/minutes?swg=" + a).then().body("items.size()", equalTo(1))
                .body("items[0].swg", equalTo("RTP"));
        partner(token).get("/api/v1/minutes?swg=" + outsider).then().body("items.size()", equalTo(0));
        partner(token).get("/api/v1/minutes/" + published).then().statusCode(200);
        partner(token).get("/api/v1/minutes/" + draft).then().statusCode(404);

        String atom = given().queryParam("token", token).get("/feeds/minutes.atom?swg=" + b).then().statusCode(200).extract().asString();
        assertTrue(atom.contains("minutes/" + published + "</id>"), atom);
        assertTrue(atom.contains("term=\"RTP\""), atom);
        assertFalse(atom.contains("minutes/" + draft + "</id>"), atom);
        String all = given().queryParam("token", token).get("/feeds/minutes.atom").then().statusCode(200).extract().asString();
        assertTrue(all.contains("minutes/" + published + "</id>"));
        assertFalse(all.contains("minutes/" + draft + "</id>"));

        for (String query : List.of("", "?swg=" + a)) {
            String ics = given().queryParam("token", token).get("/calendar/meetings.ics" + query).then().statusCode(200).extract()
                    .asString();
            assertTrue(ics.contains("UID:meeting-" + published + "@"), ics);
            assertTrue(ics.contains("UID:meeting-" + draft + "@"), ics);
        }
        String ofB = given().queryParam("token", token).get("/calendar/meetings.ics?swg=" + b).then().statusCode(200).extract().asString();
        assertTrue(ofB.contains("UID:meeting-" + published + "@"));
        assertFalse(ofB.contains("UID:meeting-" + draft + "@"));
        assertTrue(ofB.contains("SUMMARY:RTP: RTIM 2024"), ofB);
        String ofOutsider = given().queryParam("token", token).get("/calendar/meetings.ics?swg=" + outsider).then().statusCode(200)
                .extract().asString();
        assertFalse(ofOutsider.contains("UID:meeting-" + published + "@"));
    }

    @Test
    void theMinutesEtagChangesWhenAnRtimIsPublishedForTheSwg() {
        String a = swg();
        String token = (String) Api.partnerToken().get("token");
        String before = partner(token).get("/api/v1/minutes?swg=" + a).then().statusCode(200).extract().header("ETag");
        long id = rtim("RTIM etag", "2024-06-12T09:00:00+07:00", "2024-06-12T12:00:00+07:00", a);
        partner(token).header("If-None-Match", before).get("/api/v1/minutes?swg=" + a).then().statusCode(304);
        admin().body(Map.of()).post("/api/v1/meetings/" + id + "/minutes/publish").then().statusCode(200);
        partner(token).header("If-None-Match", before).get("/api/v1/minutes?swg=" + a).then().statusCode(200)
                .body("items[0].meetingId", equalTo((int) id));
    }
}
