package la.rtp.tracker.meeting;

import static la.rtp.tracker.support.Fixtures.actionItem;
import static la.rtp.tracker.support.Fixtures.held;
import static la.rtp.tracker.support.Fixtures.meeting;
import static la.rtp.tracker.support.Fixtures.swg;
import static la.rtp.tracker.support.Api.admin;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

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

/**
 * Every update of a row that already exists names the version the client read: without it the
 * answer is 428 (problem+json, the field named) and nothing changes; a stale one is 409.
 */
@QuarkusTest
@PinnedClock
class VersionRequiredTest {

    @Inject
    TestClock clock;

    @BeforeEach
    void pin() {
        clock.pin(Fixtures.NOW);
    }

    private static void preconditionRequired(io.restassured.response.Response r, String field) {
        r.then().statusCode(428).contentType("application/problem+json")
                .body("type", endsWith("/precondition-required")).body("status", equalTo(428))
                .body("errors.field", equalTo(List.of(field)));
    }

    @Test
    void meetingUpdate() {
        long id = meeting(swg(), "2024-08-01T09:00:00+07:00");
        String path = "/api/v1/meetings/" + id;
        Map<String, Object> b = Fixtures.meetingBody("Renamed", "REGULAR", "2024-08-01T09:00:00+07:00",
                "2024-08-01T11:00:00+07:00");
        preconditionRequired(admin().body(b).put(path), "version");
        admin().get(path).then().body("title", equalTo("Quarterly meeting 2024-08-01T09:00:00+07:00")).body("version", equalTo(0));
        b.put("version", 0);
        admin().body(b).put(path).then().statusCode(200).body("version", equalTo(1));
    }

    @Test
    void minutesRewriteButNotTheirCreation() {
        long m = held(swg(), "2024-06-10T09:00:00+07:00");
        String path = "/api/v1/meetings/" + m + "/minutes";
        admin().body(Map.of("body", "First", "language", "en")).put(path).then().statusCode(201);
        preconditionRequired(admin().body(Map.of("body", "Second", "language", "en")).put(path), "version");
        admin().get(path).then().body("body", equalTo("First")).body("version", equalTo(0));
        admin().body(Map.of("body", "Second", "language", "en", "version", 0)).put(path).then().statusCode(200)
                .body("version", equalTo(1));
    }

    @Test
    void actionItemStatus() {
        long m = held(swg(), "2024-06-10T09:00:00+07:00");
        long item = actionItem(m, Api.organization("GOVERNMENT"), "2024-07-01");
        String path = "/api/v1/action-items/" + item;
        preconditionRequired(admin().body(Map.of("status", "DONE")).post(path + "/status"), "version");
        admin().get(path).then().body("status", equalTo("OPEN")).body("history.size()", equalTo(1));
        admin().body(Map.of("status", "DONE", "version", 0)).post(path + "/status").then().statusCode(200)
                .body("status", equalTo("DONE"));
        admin().body(Map.of("status", "OPEN", "version", 0)).post(path + "/status").then().statusCode(409);
    }

    @Test
    void agendaOrder() {
        long m = meeting(swg(), "2024-08-01T09:00:00+07:00");
        String items = "/api/v1/meetings/" + m + "/agenda-items";
        int a = admin().body(Map.of("title", "A")).post(items).then().statusCode(201).extract().path("id");
        int b = admin().body(Map.of("title", "B")).post(items).then().statusCode(201).extract().path("id");
        preconditionRequired(admin().body(Map.of("itemIds", List.of(b, a))).put(items + "/order"), "versions");
        admin().get(items).then().body("items.id", equalTo(List.of(a, b)));
        admin().body(Map.of("itemIds", List.of(b, a), "versions", List.of(0))).put(items + "/order").then()
                .statusCode(422).body("errors.field", equalTo(List.of("versions")));
        var reordered = admin().body(Map.of("itemIds", List.of(b, a), "versions", List.of(0, 0)))
                .put(items + "/order").then().statusCode(200).body("items.id", equalTo(List.of(b, a)))
                .extract().jsonPath();
        // The versions read before the first reorder are stale now.
        admin().body(Map.of("itemIds", List.of(a, b), "versions", List.of(0, 0))).put(items + "/order").then()
                .statusCode(409);
        admin().body(Map.of("itemIds", List.of(a, b), "versions", List.of(reordered.getLong("items[1].version"),
                reordered.getLong("items[0].version")))).put(items + "/order").then().statusCode(200)
                .body("items.id", equalTo(List.of(a, b)));
    }
}
