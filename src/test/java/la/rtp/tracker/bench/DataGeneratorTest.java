package la.rtp.tracker.bench;

import static la.rtp.tracker.support.Api.admin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import la.rtp.tracker.support.Api;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's data generator, run against the test instance on a tiny scale (2 fresh
 * sub-sector groups x 1 year): every request it makes must succeed, and what the API then lists
 * must match what it says it created.
 */
@QuarkusTest
class DataGeneratorTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void generatesThroughTheApiAndTheApiListsWhatWasGenerated() throws Exception {
        String prefix = Api.unique("gen").toLowerCase().replaceAll("[^a-z0-9]", "");
        Scenario tiny = Scenario.tiny(prefix, 2, 2025);
        DataGenerator.Counts c = DataGenerator.run(base.toString(), Api.ADMIN_PASSWORD, tiny, 42L, 2);

        assertEquals(2, c.swgs());
        assertEquals(2, c.workplans());
        assertEquals(4, c.meetings());
        assertEquals(4, c.publishedMinutes());
        assertEquals(2 * (3 + 3), c.memberships()); // chair, two co-chairs, secretariat and two members
        long meetings = 0;
        long actions = 0;
        long activities = 0;
        long published = 0;
        long attendees = 0;
        for (String code : List.of(prefix + "-1", prefix + "-2")) {
            meetings += admin().get("/api/v1/meetings?swg=" + code + "&status=HELD").then().statusCode(200)
                    .extract().jsonPath().getLong("total");
            actions += admin().get("/api/v1/action-items?swg=" + code).then().statusCode(200)
                    .extract().jsonPath().getLong("total");
            List<Integer> wp = admin().get("/api/v1/workplans?swg=" + code + "&year=2025&status=ENDORSED")
                    .then().statusCode(200).extract().jsonPath().getList("items.id");
            assertEquals(1, wp.size(), "one endorsed workplan for " + code);
            activities += admin().get("/api/v1/workplans/" + wp.get(0)).then().statusCode(200)
                    .extract().jsonPath().getList("activities").size();
            List<Integer> ids = admin().get("/api/v1/minutes?swg=" + code + "&limit=200").then().statusCode(200)
                    .extract().jsonPath().getList("items.meetingId");
            published += ids.size();
            for (Integer id : ids) {
                attendees += admin().get("/api/v1/meetings/" + id + "/attendees").then().statusCode(200)
                        .extract().jsonPath().getList("items").size();
            }
        }
        assertEquals(c.meetings(), meetings);
        assertEquals(c.actionItems(), actions);
        assertEquals(c.activities(), activities);
        assertEquals(c.publishedMinutes(), published);
        assertEquals(c.attendees(), attendees);
        assertTrue(c.requests() > 50, "requests counted: " + c.requests());
    }
}
