package la.rtp.tracker.workplan;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Api.as;
import static la.rtp.tracker.support.Api.user;
import static la.rtp.tracker.support.Fixtures.swg;
import static la.rtp.tracker.support.Fixtures.workplan;
import static la.rtp.tracker.workplan.WorkplanFixtures.activity;
import static la.rtp.tracker.workplan.WorkplanFixtures.addActivity;
import static la.rtp.tracker.workplan.WorkplanFixtures.lines;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import la.rtp.tracker.support.Api;
import org.junit.jupiter.api.Test;

/** Activities: validation, full update with versions, removal, totals and the disbursement rule. */
@QuarkusTest
class ActivityTest {

    @Test
    void createAnswersTheActivityWithOutcomesQuartersAndBudget() {
        long org = Api.organization("GOVERNMENT");
        long id = workplan(swg(), 2024);
        Map<String, Object> body = activity("Primary school census", List.of(3, 2), List.of(4, 1),
                "GOVERNMENT", 1500.5, 200, "ODA_GRANT", 1000, 0);
        body.put("responsibleOrganizationId", org);
        var response = admin().body(body).post("/api/v1/workplans/" + id + "/activities").then().statusCode(201)
                .contentType("application/json")
                .header("Location", endsWith("/api/v1/workplans/" + id + "/activities/"
                        + admin().get("/api/v1/workplans/" + id).jsonPath().getLong("activities[0].id")))
                .body("title", equalTo("Primary school census")).body("nsedpOutcomes", contains(2, 3))
                .body("quarters", contains(1, 4)).body("responsibleOrganizationId", equalTo((int) org))
                .body("budget.source", contains("GOVERNMENT", "ODA_GRANT"))
                .body("budget[0].plannedUsd", equalTo(1500.5f)).body("plannedUsd", equalTo(2500.5f))
                .body("disbursedUsd", equalTo(200.0f)).extract();
        admin().get(response.header("Location")).then().statusCode(200).body("title", equalTo("Primary school census"));
    }

    @Test
    void totalsBySource() {
        long id = workplan(swg(), 2024);
        addActivity(admin(), id, activity("A", List.of(1), List.of(1), "GOVERNMENT", 100.25, 50, "ODA_LOAN", 300, 0));
        addActivity(admin(), id, activity("B", List.of(), List.of(2), "GOVERNMENT", 200, 10.5, "NGO", 40, 40));
        admin().get("/api/v1/workplans/" + id).then().statusCode(200)
                .body("totals.bySource.GOVERNMENT.plannedUsd", equalTo(300.25f))
                .body("totals.bySource.GOVERNMENT.disbursedUsd", equalTo(60.5f))
                .body("totals.bySource.ODA_LOAN.plannedUsd", equalTo(300.0f))
                .body("totals.bySource.NGO.disbursedUsd", equalTo(40.0f))
                .body("totals.bySource.ODA_GRANT.plannedUsd", equalTo(0.0f))
                .body("totals.bySource.PRIVATE_SECTOR.disbursedUsd", equalTo(0.0f))
                .body("totals.plannedUsd", equalTo(640.25f)).body("totals.disbursedUsd", equalTo(100.5f))
                .body("activities.title", contains("A", "B"));
    }

    @Test
    void validationFailuresNameTheirFields() {
        long id = workplan(swg(), 2024);
        invalid(id, Map.of("quarters", List.of(1)), "title");
        invalid(id, with("quarters", List.of(5)), "quarters");
        invalid(id, with("quarters", List.of(2, 2)), "quarters");
        invalid(id, with("nsedpOutcomes", List.of(7)), "nsedpOutcomes");
        invalid(id, with("nsedpOutcomes", List.of(1, 1)), "nsedpOutcomes");
        invalid(id, with("budget", lines("GOVERNMENT", -1, 0)), "budget[0].plannedUsd");
        invalid(id, with("budget", lines("GOVERNMENT", 1.005, 0)), "budget[0].plannedUsd");
        invalid(id, with("budget", lines("GOVERNMENT", 1, -0.01)), "budget[0].disbursedUsd");
        invalid(id, with("budget", lines("NGO", 1, 0, "NGO", 2, 0)), "budget[1].source");
        invalid(id, with("responsibleOrganizationId", 999999999), "responsibleOrganizationId");
        admin().body(with("budget", lines("LOTTERY", 1, 0))).post("/api/v1/workplans/" + id + "/activities").then()
                .statusCode(400).body("errors[0].field", equalTo("budget[0].source"))
                .body("errors[0].message", containsString("ODA_GRANT"));
        // No NSEDP covers 2199: outcomes cannot be linked, but an activity without outcomes is fine.
        long future = workplan(swg(), 2199);
        invalid(future, with("nsedpOutcomes", List.of(1)), "nsedpOutcomes");
        addActivity(admin(), future, with("nsedpOutcomes", List.of()));
        admin().get("/api/v1/workplans/" + id).then().body("activities", hasSize(0));
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = new HashMap<>(activity("Valid", List.of(1), List.of(1), "GOVERNMENT", 1, 0));
        body.put(field, value);
        return body;
    }

    private static void invalid(long id, Map<String, Object> body, String field) {
        admin().body(body).post("/api/v1/workplans/" + id + "/activities").then().statusCode(422)
                .contentType("application/problem+json").body("type", endsWith("/validation"))
                .body("errors.field", hasItem(field));
    }

    @Test
    void fullUpdateWithVersionAndRemoval() {
        long id = workplan(swg(), 2024);
        JsonPath a = addActivity(admin(), id, activity("Old", List.of(1), List.of(1), "GOVERNMENT", 10, 5,
                "NGO", 20, 0));
        long activityId = a.getLong("id");
        String path = "/api/v1/workplans/" + id + "/activities/" + activityId;
        Map<String, Object> update = new HashMap<>(activity("New", List.of(4, 5), List.of(2, 3),
                "GOVERNMENT", 15, 0));
        update.put("budget", List.of(Map.of("source", "GOVERNMENT", "plannedUsd", 15),
                Map.of("source", "ODA_GRANT", "plannedUsd", 30, "disbursedUsd", 1)));
        update.put("version", 0);
        admin().body(update).put(path).then().statusCode(200).body("title", equalTo("New"))
                .body("nsedpOutcomes", contains(4, 5)).body("quarters", contains(2, 3))
                .body("budget.source", contains("GOVERNMENT", "ODA_GRANT"))
                .body("budget[0].disbursedUsd", equalTo(5.0f)) // left out: the reported amount stays
                .body("version", equalTo(1));
        admin().body(update).put(path).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("version"));
        admin().delete(path).then().statusCode(204);
        admin().get(path).then().statusCode(404);
        admin().get("/api/v1/workplans/" + id).then().body("activities", hasSize(0)).body("totals.plannedUsd",
                equalTo(0.0f));
        admin().get("/api/v1/audit?entityType=WorkplanActivity&size=200").then().statusCode(200)
                .body("items.findAll { it.entityId == '" + activityId + "' }.action",
                        contains("delete", "update", "create"));
        admin().delete("/api/v1/workplans/" + id + "/activities/999999999").then().statusCode(404);
    }

    @Test
    void onlyDisbursementsChangeOnceSubmittedOrEndorsed() {
        String code = swg();
        String chair = user("SWG_CHAIR", code);
        long id = workplan(code, 2024);
        long activityId = addActivity(as(chair), id, activity("Road survey", List.of(5), List.of(1, 2),
                "ODA_LOAN", 1000, 0)).getLong("id");
        String path = "/api/v1/workplans/" + id + "/activities/" + activityId;
        as(chair).body(Map.of()).post("/api/v1/workplans/" + id + "/submit").then().statusCode(200);
        Map<String, Object> change = new HashMap<>(activity("Changed", List.of(5), List.of(1), "ODA_LOAN", 1, 0));
        change.put("version", 0);
        for (String status : List.of("SUBMITTED", "ENDORSED")) {
            as(chair).body(change).post("/api/v1/workplans/" + id + "/activities").then().statusCode(409)
                    .body("detail", containsString(status));
            as(chair).body(change).put(path).then().statusCode(409).body("detail", containsString(status));
            as(chair).delete(path).then().statusCode(409).body("detail", containsString(status));
            if (status.equals("SUBMITTED")) {
                admin().body(Map.of()).post("/api/v1/workplans/" + id + "/endorse").then().statusCode(200);
            }
        }
        as(chair).body(Map.of("version", 0, "budget", List.of(Map.of("source", "ODA_LOAN", "disbursedUsd", 400.75),
                Map.of("source", "PRIVATE_SECTOR", "disbursedUsd", 50)))).put(path + "/disbursements").then()
                .statusCode(200).body("budget.source", contains("ODA_LOAN", "PRIVATE_SECTOR"))
                .body("budget[0].plannedUsd", equalTo(1000.0f)).body("budget[0].disbursedUsd", equalTo(400.75f))
                .body("budget[1].plannedUsd", equalTo(0.0f)).body("version", equalTo(1))
                .body("title", equalTo("Road survey"));
        as(chair).body(Map.of("version", 0, "budget", List.of(Map.of("source", "ODA_LOAN", "disbursedUsd", 1))))
                .put(path + "/disbursements").then().statusCode(409);
        as(chair).body(Map.of("version", 1, "budget", List.of(Map.of("source", "ODA_LOAN", "disbursedUsd", 1.001))))
                .put(path + "/disbursements").then().statusCode(422)
                .body("errors.field", hasItem("budget[0].disbursedUsd"));
        as(chair).body(Map.of("version", 1, "budget", List.of())).put(path + "/disbursements").then()
                .statusCode(422).body("errors.field", hasItem("budget"));
        admin().get("/api/v1/workplans/" + id).then().body("status", equalTo("ENDORSED"))
                .body("totals.bySource.ODA_LOAN.disbursedUsd", equalTo(400.75f))
                .body("totals.disbursedUsd", equalTo(450.75f)).body("totals.plannedUsd", equalTo(1000.0f));
    }
}
