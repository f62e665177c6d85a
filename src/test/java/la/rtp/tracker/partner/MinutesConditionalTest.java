package la.rtp.tracker.partner;

import static la.rtp.tracker.partner.PartnerFixtures.attendee;
import static la.rtp.tracker.partner.PartnerFixtures.edit;
import static la.rtp.tracker.partner.PartnerFixtures.published;
import static la.rtp.tracker.partner.PartnerFixtures.token;
import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Api.partner;
import static la.rtp.tracker.support.Fixtures.actionItem;
import static la.rtp.tracker.support.Fixtures.swg;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import la.rtp.tracker.support.Api;
import la.rtp.tracker.support.Fixtures;
import la.rtp.tracker.support.PinnedClock;
import la.rtp.tracker.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ETag / If-None-Match and Last-Modified / If-Modified-Since on the published-minutes API. */
@QuarkusTest
@PinnedClock
class MinutesConditionalTest {

    @Inject
    TestClock clock;

    @BeforeEach
    void pin() {
        clock.pin(Fixtures.NOW);
    }

    private static ExtractableResponse<Response> fresh(String token, String path) {
        return partner(token).get(path).then().statusCode(200).header("ETag", matchesPattern("\"[A-Za-z0-9_-]+\""))
                .header("Cache-Control", "private, no-cache").extract();
    }

    private static void notModified(String token, String path, String etag) {
        partner(token).header("If-None-Match", etag).get(path).then().statusCode(304).header("ETag", etag)
                .body(emptyString());
    }

    @Test
    void listAnswers304UntilMinutesOrTheirActionItemsOrAttendeesChange() {
        String code = swg();
        long m = published(code, "2024-06-10T09:00:00+07:00");
        published(code, "2024-06-03T09:00:00+07:00");
        String token = token();
        String path = "/api/v1/minutes?swg=" + code;
        String etag = fresh(token, path).header("ETag");
        notModified(token, path, etag);
        partner(token).header("If-None-Match", "\"other\", W/" + etag).get(path).then().statusCode(304);
        partner(token).header("If-None-Match", "\"other\"").get(path).then().statusCode(200);

        edit(m, "Corrected minutes");
        partner(token).header("If-None-Match", etag).get(path).then().statusCode(200)
                .body("items[0].body", equalTo("Corrected minutes"));
        String afterEdit = fresh(token, path).header("ETag");
        assertNotEquals(etag, afterEdit);
        notModified(token, path, afterEdit);

        long org = Api.organization("GOVERNMENT");
        long item = actionItem(m, org, "2024-07-01");
        partner(token).header("If-None-Match", afterEdit).get(path).then().statusCode(200)
                .body("items[0].actionItems.size()", equalTo(1));
        String afterAction = fresh(token, path).header("ETag");
        admin().body(Map.of("status", "DONE", "version", 0)).post("/api/v1/action-items/" + item + "/status").then()
                .statusCode(200);
        partner(token).header("If-None-Match", afterAction).get(path).then().statusCode(200)
                .body("items[0].actionItems[0].status", equalTo("DONE"));
        String afterStatus = fresh(token, path).header("ETag");
        attendee(m, "FEMALE", org);
        partner(token).header("If-None-Match", afterStatus).get(path).then().statusCode(200)
                .body("items[0].attendance.women", equalTo(1));
    }

    @Test
    void aPublicationChangesTheEtagOfThePagesItLandsInOnly() {
        String code = swg();
        published(code, "2024-06-10T09:00:00+07:00");
        published(code, "2024-06-05T09:00:00+07:00");
        published(code, "2024-06-01T09:00:00+07:00");
        String token = token();
        String first = "/api/v1/minutes?limit=1&swg=" + code;
        ExtractableResponse<Response> page1 = fresh(token, first);
        String second = first + "&cursor=" + page1.jsonPath().getString("nextCursor");
        String secondEtag = fresh(token, second).header("ETag");
        String all = "/api/v1/minutes?swg=" + code;
        String allEtag = fresh(token, all).header("ETag");
        // Dated 3 June: after both pages (only the row that tells "there is more" changes).
        clock.pin(Fixtures.NOW.plusSeconds(60));
        published(code, "2024-06-03T09:00:00+07:00");
        notModified(token, first, page1.header("ETag"));
        notModified(token, second, secondEtag);
        partner(token).header("If-None-Match", allEtag).get(all).then().statusCode(200).body("items.size()", equalTo(4));
        // Dated 12 June: the newest, so page 1 shows it; page 2 starts after 10 June and does not change.
        published(code, "2024-06-12T09:00:00+07:00");
        partner(token).header("If-None-Match", page1.header("ETag")).get(first).then().statusCode(200)
                .body("items[0].meetingDate", equalTo("2024-06-12"));
        notModified(token, second, secondEtag);
    }

    @Test
    void singleMinutesHaveTheirOwnValidators() {
        String code = swg();
        long m = published(code, "2024-06-10T09:00:00+07:00");
        String token = token();
        String path = "/api/v1/minutes/" + m;
        ExtractableResponse<Response> first = fresh(token, path);
        assertEquals("Sat, 15 Jun 2024 03:00:00 GMT", first.header("Last-Modified"));
        notModified(token, path, first.header("ETag"));
        partner(token).header("If-Modified-Since", "Sat, 15 Jun 2024 03:00:00 GMT").get(path).then().statusCode(304)
                .header("Last-Modified", "Sat, 15 Jun 2024 03:00:00 GMT");
        partner(token).header("If-Modified-Since", "Sat, 15 Jun 2024 02:59:59 GMT").get(path).then().statusCode(200);
        partner(token).header("If-Modified-Since", "not a date").get(path).then().statusCode(200);
        // If-None-Match wins over If-Modified-Since (RFC 9110 13.1.3).
        partner(token).header("If-None-Match", "\"other\"").header("If-Modified-Since", "Sat, 15 Jun 2024 03:00:00 GMT")
                .get(path).then().statusCode(200);

        clock.pin(Fixtures.NOW.plusSeconds(3600));
        edit(m, "Later correction");
        partner(token).header("If-Modified-Since", "Sat, 15 Jun 2024 03:00:00 GMT").get(path).then().statusCode(200)
                .header("Last-Modified", "Sat, 15 Jun 2024 04:00:00 GMT").body("body", equalTo("Later correction"));
        partner(token).header("If-None-Match", first.header("ETag")).get(path).then().statusCode(200);
        // Another meeting's minutes have another ETag.
        long other = published(code, "2024-06-11T09:00:00+07:00");
        assertNotEquals(fresh(token, path).header("ETag"), fresh(token, "/api/v1/minutes/" + other).header("ETag"));
    }
}
