package la.rtp.tracker.meeting;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Fixtures.actionItem;
import static la.rtp.tracker.support.Fixtures.held;
import static la.rtp.tracker.support.Fixtures.meeting;
import static la.rtp.tracker.support.Fixtures.person;
import static la.rtp.tracker.support.Fixtures.swg;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import la.rtp.tracker.support.Api;
import la.rtp.tracker.support.Fixtures;
import la.rtp.tracker.support.PinnedClock;
import la.rtp.tracker.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PinnedClock
class ActionItemTest {

    @Inject
    TestClock clock;

    @BeforeEach
    void pin() {
        clock.pin(Fixtures.NOW);
    }

    private static void status(long item, String status, String on, int expected) {
        admin().body(Fixtures.statusChange(item, status, on)).post("/api/v1/action-items/" + item + "/status").then().statusCode(expected);
    }

    @Test
    void createNeedsAnOwnerAndALiveMeeting() {
        String code = swg();
        long m = held(code, "2024-06-10T09:00:00+07:00");
        long org = Api.organization("DEVELOPMENT_PARTNER");
        long owner = person("FEMALE", org);
        String path = "/api/v1/meetings/" + m + "/action-items";
        var created = admin().body(Map.of("description", "Circulate the JICA study", "ownerPersonId", owner,
                "dueDate", "2024-07-31")).post(path).then().statusCode(201).contentType("application/json")
                .body("meetingId", equalTo((int) m)).body("swg", equalTo(code)).body("status", equalTo("OPEN"))
                .body("openedOn", equalTo("2024-06-10")).body("statusOn", equalTo("2024-06-10"))
                .body("ownerPersonId", equalTo((int) owner)).body("ownerOrganizationId", equalTo(null))
                .body("dueDate", equalTo("2024-07-31")).body("overdue", equalTo(false))
                .body("history", hasSize(1)).body("history[0].status", equalTo("OPEN")).extract();
        assertThat(created.header("Location"), endsWith("/api/v1/action-items/" + created.jsonPath().getInt("id")));
        admin().body(Map.of("description", "No owner", "dueDate", "2024-07-31")).post(path).then().statusCode(422)
                .body("errors.field", hasItem("ownerOrganizationId")).body("errors.field", hasItem("ownerPersonId"));
        admin().body(Map.of("description", "Bad owner", "ownerOrganizationId", 999999999, "dueDate", "2024-07-31"))
                .post(path).then().statusCode(422).body("errors.field", hasItem("ownerOrganizationId"));
        admin().body(Map.of("description", "No date", "ownerOrganizationId", org)).post(path).then().statusCode(422)
                .body("errors.field", hasItem("dueDate"));
        admin().body(Map.of("description", "Too early", "ownerOrganizationId", org, "dueDate", "2024-06-09"))
                .post(path).then().statusCode(422).body("errors.field", hasItem("dueDate"));
        long future = meeting(code, "2024-08-01T09:00:00+07:00");
        admin().body(Map.of("description", "Prepared ahead", "ownerOrganizationId", org, "dueDate", "2024-09-01"))
                .post("/api/v1/meetings/" + future + "/action-items").then().statusCode(201)
                .body("openedOn", equalTo("2024-06-15"));
        admin().body(Map.of("reason", "x")).post("/api/v1/meetings/" + future + "/cancel").then().statusCode(200);
        admin().body(Map.of("description", "X", "ownerOrganizationId", org, "dueDate", "2024-09-01"))
                .post("/api/v1/meetings/" + future + "/action-items").then().statusCode(409);
        admin().get("/api/v1/meetings/" + m).then().body("actionItemCount", equalTo(1))
                .body("actionItems[0].description", equalTo("Circulate the JICA study"));
    }

    @Test
    void statusTransitionsAndHistory() {
        long m = held(swg(), "2024-06-01T09:00:00+07:00");
        long item = actionItem(m, Api.organization("GOVERNMENT"), "2024-06-30");
        String path = "/api/v1/action-items/" + item;
        status(item, "OPEN", null, 409);
        status(item, "IN_PROGRESS", "2024-05-31", 422);
        status(item, "IN_PROGRESS", "2024-06-16", 422);
        status(item, "IN_PROGRESS", "2024-06-05", 200);
        status(item, "DONE", "2024-06-04", 422);
        status(item, "DONE", null, 200);
        status(item, "IN_PROGRESS", null, 409);
        status(item, "CANCELLED", null, 409);
        status(item, "DONE", null, 409);
        status(item, "OPEN", null, 200);
        status(item, "CANCELLED", null, 200);
        status(item, "OPEN", null, 200);
        admin().body(Map.of("status", "FINISHED")).post(path + "/status").then().statusCode(400)
                .body("errors.field", hasItem("status"));
        admin().body(Map.of()).post(path + "/status").then().statusCode(422).body("errors.field", hasItem("status"));
        admin().body(Map.of("status", "DONE", "version", 0)).post(path + "/status").then().statusCode(409)
                .body("detail", containsString("Stale"));
        admin().get(path).then().statusCode(200).body("status", equalTo("OPEN")).body("statusOn", equalTo("2024-06-15"))
                .body("history.status", equalTo(List.of("OPEN", "IN_PROGRESS", "DONE", "OPEN", "CANCELLED", "OPEN")))
                .body("history.on", equalTo(List.of("2024-06-01", "2024-06-05", "2024-06-15", "2024-06-15",
                        "2024-06-15", "2024-06-15")))
                .body("history[1].fromStatus", equalTo("OPEN")).body("history[1].actor", equalTo("admin"));
        admin().get("/api/v1/action-items/999999999").then().statusCode(404);
    }

    @Test
    void overdueAtTheDueDateBoundary() {
        String code = swg();
        long m = held(code, "2024-06-01T09:00:00+07:00");
        long org = Api.organization("NGO");
        long dueToday = actionItem(m, org, "2024-06-10");
        long doneBefore = actionItem(m, org, "2024-06-10");
        long doneAfter = actionItem(m, org, "2024-06-10");
        long later = actionItem(m, org, "2024-06-11");
        status(doneBefore, "DONE", "2024-06-09", 200);
        status(doneAfter, "IN_PROGRESS", "2024-06-05", 200);
        status(doneAfter, "DONE", "2024-06-12", 200);
        String list = "/api/v1/action-items?swg=" + code + "&overdueOn=";
        // Due on the 10th: still in time that day (as rule RTP-8 reads a due date), overdue from the 11th.
        admin().get(list + "2024-06-09").then().statusCode(200).body("items", hasSize(0)).body("total", equalTo(0));
        admin().get(list + "2024-06-10").then().statusCode(200).body("items", hasSize(0)).body("total", equalTo(0));
        admin().get(list + "2024-06-11").then().body("items.id", equalTo(List.of((int) dueToday, (int) doneAfter)));
        admin().get(list + "2024-06-12").then()
                .body("items.id", equalTo(List.of((int) dueToday, (int) later)));
        // Done on the 12th: no longer overdue from that day.
        admin().get(list + "2024-06-13").then().body("items.id", equalTo(List.of((int) dueToday, (int) later)));
        admin().get("/api/v1/action-items/" + dueToday).then().body("overdue", equalTo(true));
        admin().get("/api/v1/action-items/" + doneBefore).then().body("overdue", equalTo(false));
        admin().get(list + "junk").then().statusCode(400).body("errors.field", hasItem("overdueOn"));
    }

    @Test
    void listFilters() {
        String code = swg();
        long m1 = held(code, "2024-06-01T09:00:00+07:00");
        long m2 = held(code, "2024-06-02T09:00:00+07:00");
        long org = Api.organization("NGO");
        long a = actionItem(m1, org, "2024-07-01");
        long b = actionItem(m2, org, "2024-06-20");
        status(b, "DONE", null, 200);
        admin().get("/api/v1/action-items?swg=" + code).then().statusCode(200)
                .body("items.id", equalTo(List.of((int) b, (int) a))).body("total", equalTo(2));
        admin().get("/api/v1/action-items?meetingId=" + m1).then().body("items.id", equalTo(List.of((int) a)));
        admin().get("/api/v1/action-items?swg=" + code + "&status=DONE").then()
                .body("items.id", equalTo(List.of((int) b))).body("items[0].history", equalTo(null));
        admin().get("/api/v1/action-items?swg=" + code + "&size=1").then().body("items", hasSize(1))
                .body("total", equalTo(2));
        clock.pin(Fixtures.NOW.plus(Duration.ofDays(30)));
        admin().get("/api/v1/action-items?swg=" + code).then().body("items[1].overdue", equalTo(true))
                .body("items[0].overdue", equalTo(false));
    }
}
