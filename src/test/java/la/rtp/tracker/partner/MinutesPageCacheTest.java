package la.rtp.tracker.partner;

import static la.rtp.tracker.partner.PartnerFixtures.edit;
import static la.rtp.tracker.partner.PartnerFixtures.published;
import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Fixtures.actionItem;
import static la.rtp.tracker.support.Fixtures.swg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import la.rtp.tracker.support.Api;
import la.rtp.tracker.support.Fixtures;
import la.rtp.tracker.support.PinnedClock;
import la.rtp.tracker.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A cached minutes page is served only while it is what a fresh load would answer. */
@QuarkusTest
@PinnedClock
class MinutesPageCacheTest {

    @Inject
    TestClock clock;

    @BeforeEach
    void pin() {
        clock.pin(Fixtures.NOW);
    }

    private static Response page(String code) {
        Response r = admin().get("/api/v1/minutes?limit=10&swg=" + code);
        assertEquals(200, r.statusCode());
        return r;
    }

    @Test
    void everyChangeToThePageIsServedAtOnce() {
        String code = swg();
        long meeting = published(code, "2024-05-03T09:00:00+07:00");
        Response first = page(code);
        Response again = page(code);
        assertEquals(first.asString(), again.asString(), "unchanged page, same bytes");
        assertEquals(first.header("ETag"), again.header("ETag"));

        edit(meeting, "Minutes, corrected after the meeting.");
        Response edited = page(code);
        assertNotEquals(first.header("ETag"), edited.header("ETag"));
        assertEquals("Minutes, corrected after the meeting.", edited.jsonPath().getString("items[0].body"));

        actionItem(meeting, Api.organization("GOVERNMENT"), "2024-08-01");
        Response withAction = page(code);
        assertEquals(1, withAction.jsonPath().getList("items[0].actionItems").size());

        // what a request without the cache would answer: the single-item endpoint loads afresh
        assertEquals(admin().get("/api/v1/minutes/" + meeting).jsonPath().getString("body"),
                withAction.jsonPath().getString("items[0].body"));
        assertEquals("application/json", withAction.contentType().split(";")[0]);
    }
}
