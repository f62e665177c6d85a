package la.rtp.tracker.meeting;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Fixtures.actionItem;
import static la.rtp.tracker.support.Fixtures.held;
import static la.rtp.tracker.support.Fixtures.meeting;
import static la.rtp.tracker.support.Fixtures.swg;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

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

@QuarkusTest
@PinnedClock
class AgendaTest {

    @Inject
    TestClock clock;

    @BeforeEach
    void pin() {
        clock.pin(Fixtures.NOW);
    }

    private static int add(long meeting, String title, List<Integer> outcomes) {
        return admin().body(Map.of("title", title, "nsedpOutcomes", outcomes, "presenter", "MoH"))
                .post("/api/v1/meetings/" + meeting + "/agenda-items").then().statusCode(201)
                .extract().jsonPath().getInt("id");
    }

    @Test
    void itemsAreAddedInOrderWithOutcomes() {
        String swg = swg();
        long m = meeting(swg, "2024-08-01T09:00:00+07:00");
        long workplan = admin().body(Map.of("year", 2024)).post("/api/v1/swgs/" + swg + "/workplans").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        int activity = admin().body(Map.of("title", "Health financing review", "nsedpOutcomes", List.of(3)))
                .post("/api/v1/workplans/" + workplan + "/activities").then().statusCode(201).extract().jsonPath()
                .getInt("id");
        admin().body(Map.of("title", "Elsewhere", "activityId", 999_999_999)).post("/api/v1/meetings/" + m
                + "/agenda-items").then().statusCode(422).body("errors.field", hasItem("activityId"));
        var created = admin().body(Map.of("title", "Health financing", "nsedpOutcomes", List.of(3, 1),
                "presenter", "Department of Planning", "activityId", activity))
                .post("/api/v1/meetings/" + m + "/agenda-items").then().statusCode(201)
                .contentType("application/json").body("position", equalTo(1))
                .body("nsedpOutcomes", equalTo(List.of(1, 3))).body("activityId", equalTo(activity))
                .body("actionItemId", nullValue()).body("presenter", equalTo("Department of Planning")).extract();
        assertThat(created.header("Location"), endsWith("/api/v1/meetings/" + m + "/agenda-items/"
                + created.jsonPath().getInt("id")));
        add(m, "Any other business", List.of());
        admin().get(created.header("Location")).then().statusCode(200).body("title", equalTo("Health financing"));
        admin().get("/api/v1/meetings/" + m).then().body("agenda", hasSize(2))
                .body("agenda[0].title", equalTo("Health financing")).body("agenda[1].position", equalTo(2))
                .body("agenda[1].nsedpOutcomes", hasSize(0));
    }

    @Test
    void outcomesMustBelongToThePlanOfTheMeetingYear() {
        String code = swg();
        long m = meeting(code, "2024-08-01T09:00:00+07:00");
        admin().body(Map.of("title", "X", "nsedpOutcomes", List.of(2, 7)))
                .post("/api/v1/meetings/" + m + "/agenda-items").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", equalTo(List.of("nsedpOutcomes")))
                .body("detail", containsString("[7]"));
        long far = meeting(code, "2099-03-01T09:00:00+07:00");
        admin().body(Map.of("title", "X", "nsedpOutcomes", List.of(1)))
                .post("/api/v1/meetings/" + far + "/agenda-items").then().statusCode(422)
                .body("errors.field", hasItem("nsedpOutcomes")).body("detail", containsString("2099"));
        add(far, "Without outcomes is fine", List.of());
        admin().body(Map.of("title", "X", "activityId", -1)).post("/api/v1/meetings/" + m + "/agenda-items")
                .then().statusCode(422).body("errors.field", hasItem("activityId"));
        admin().body(Map.of("title", "")).post("/api/v1/meetings/" + m + "/agenda-items")
                .then().statusCode(422).body("errors.field", hasItem("title"));
    }

    @Test
    void reorderNeedsAPermutation() {
        long m = meeting(swg(), "2024-08-01T09:00:00+07:00");
        int a = add(m, "A", List.of(1));
        int b = add(m, "B", List.of());
        int c = add(m, "C", List.of());
        String order = "/api/v1/meetings/" + m + "/agenda-items/order";
        admin().body(Map.of("itemIds", List.of(c, a, b), "versions", List.of(0, 0, 0))).put(order).then().statusCode(200)
                .body("items.id", equalTo(List.of(c, a, b))).body("items.position", equalTo(List.of(1, 2, 3)));
        admin().get("/api/v1/meetings/" + m).then().body("agenda.id", equalTo(List.of(c, a, b)));
        admin().body(Map.of("itemIds", List.of(c, a))).put(order).then().statusCode(422)
                .body("errors.field", hasItem("itemIds"));
        admin().body(Map.of("itemIds", List.of(c, a, a))).put(order).then().statusCode(422);
        admin().body(Map.of("itemIds", List.of(c, a, 999999))).put(order).then().statusCode(422);
        admin().body(Map.of("itemIds", List.of())).put(order).then().statusCode(422);
    }

    @Test
    void deleteMovesLaterItemsUp() {
        long m = meeting(swg(), "2024-08-01T09:00:00+07:00");
        int a = add(m, "A", List.of(1, 2));
        int b = add(m, "B", List.of());
        int c = add(m, "C", List.of());
        admin().delete("/api/v1/meetings/" + m + "/agenda-items/" + a).then().statusCode(204);
        admin().get("/api/v1/meetings/" + m + "/agenda-items").then().statusCode(200)
                .body("items.id", equalTo(List.of(b, c))).body("items.position", equalTo(List.of(1, 2)));
        admin().delete("/api/v1/meetings/" + m + "/agenda-items/" + a).then().statusCode(404);
        int d = add(m, "D", List.of());
        admin().get("/api/v1/meetings/" + m + "/agenda-items/" + d).then().body("position", equalTo(3));
        long other = meeting(swg(), "2024-08-01T09:00:00+07:00");
        admin().delete("/api/v1/meetings/" + other + "/agenda-items/" + b).then().statusCode(404);
    }

    @Test
    void agendaIsFixedOnceCancelled() {
        String code = swg();
        long scheduled = meeting(code, "2024-08-01T09:00:00+07:00");
        int item = add(scheduled, "A", List.of());
        admin().body(Map.of("reason", "x")).post("/api/v1/meetings/" + scheduled + "/cancel").then().statusCode(200);
        admin().body(Map.of("title", "B")).post("/api/v1/meetings/" + scheduled + "/agenda-items").then()
                .statusCode(409).body("detail", containsString("CANCELLED"));
        admin().body(Map.of("itemIds", List.of(item))).put("/api/v1/meetings/" + scheduled + "/agenda-items/order")
                .then().statusCode(409);
        admin().delete("/api/v1/meetings/" + scheduled + "/agenda-items/" + item).then().statusCode(409);
    }

    @Test
    void openActionsOfEarlierMeetingsCanBeCarried() {
        String code = swg();
        long org = Api.organization("GOVERNMENT");
        long first = held(code, "2024-04-10T09:00:00+07:00");
        long action = actionItem(first, org, "2024-07-31");
        long next = meeting(code, "2024-08-01T09:00:00+07:00");
        admin().body(Map.of("title", "Follow-up: draft decree", "actionItemId", action))
                .post("/api/v1/meetings/" + next + "/agenda-items").then().statusCode(201)
                .body("actionItemId", equalTo((int) action));
        long sameMeetingAction = actionItem(next, org, "2024-09-30");
        admin().body(Map.of("title", "X", "actionItemId", sameMeetingAction))
                .post("/api/v1/meetings/" + next + "/agenda-items").then().statusCode(422)
                .body("errors.field", hasItem("actionItemId"));
        long otherSwg = meeting(swg(), "2024-08-01T09:00:00+07:00");
        admin().body(Map.of("title", "X", "actionItemId", action))
                .post("/api/v1/meetings/" + otherSwg + "/agenda-items").then().statusCode(422)
                .body("errors.field", hasItem("actionItemId")).body("detail", containsString(code));
        admin().body(Map.of("title", "X", "actionItemId", 999999999))
                .post("/api/v1/meetings/" + next + "/agenda-items").then().statusCode(422)
                .body("errors.field", hasItem("actionItemId"));
    }
}
