package la.rtp.tracker.workplan;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Api.as;
import static la.rtp.tracker.support.Api.user;
import static la.rtp.tracker.support.Fixtures.swg;
import static la.rtp.tracker.support.Fixtures.workplan;
import static la.rtp.tracker.workplan.WorkplanFixtures.activity;
import static la.rtp.tracker.workplan.WorkplanFixtures.addActivity;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import la.rtp.tracker.support.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CopyForwardTest {

    @Test
    void copiesActivitiesWithBudgetsResetWithinThePlan() {
        String code = swg();
        String secretariat = user("SWG_SECRETARIAT", code);
        long org = Api.organization("NPA");
        long id = workplan(code, 2023);
        Map<String, Object> body = activity("Teacher training", List.of(2, 3), List.of(1, 3),
                "GOVERNMENT", 500, 450, "ODA_GRANT", 800, 100);
        body.put("responsibleOrganizationId", org);
        addActivity(admin(), id, body);
        addActivity(admin(), id, activity("School meals", List.of(), List.of(4), "NGO", 70, 70));
        admin().body(Map.of()).post("/api/v1/workplans/" + id + "/submit").then().statusCode(200);
        admin().body(Map.of()).post("/api/v1/workplans/" + id + "/endorse").then().statusCode(200);

        var created = as(secretariat).post("/api/v1/workplans/" + id + "/copy-forward").then().statusCode(201)
                .contentType("application/json").header("Location", containsString("/api/v1/workplans/"))
                .body("swg", equalTo(code)).body("year", equalTo(2024)).body("status", equalTo("DRAFT"))
                .body("submittedOn", nullValue()).body("warnings", empty())
                .body("activities.title", contains("Teacher training", "School meals"))
                .body("activities[0].nsedpOutcomes", contains(2, 3)).body("activities[0].quarters", contains(1, 3))
                .body("activities[0].responsibleOrganizationId", equalTo((int) org))
                .body("activities[0].budget.source", contains("GOVERNMENT", "ODA_GRANT"))
                .body("activities[0].budget.plannedUsd", contains(0.0f, 0.0f))
                .body("activities[0].budget.disbursedUsd", contains(0.0f, 0.0f))
                .body("activities[1].budget.source", contains("NGO"))
                .body("totals.plannedUsd", equalTo(0.0f))
                .body("history[0].reason", containsString("Copied forward")).extract();
        long next = created.jsonPath().getLong("id");
        assertTrue(created.header("Location").endsWith("/api/v1/workplans/" + next), created.header("Location"));
        // The source is untouched, and the new workplan reads back without the warnings field.
        admin().get("/api/v1/workplans/" + id).then().body("status", equalTo("ENDORSED"))
                .body("totals.plannedUsd", equalTo(1370.0f));
        admin().get("/api/v1/workplans/" + next).then().body("activities", hasSize(2))
                .body("$", not(hasKey("warnings")));
        admin().get("/api/v1/audit?entityType=Workplan&size=200").then()
                .body("items.findAll { it.entityId == '" + next + "' }.summary", hasItem(containsString("Copied")));

        as(secretariat).post("/api/v1/workplans/" + id + "/copy-forward").then().statusCode(409)
                .contentType("application/problem+json").body("type", endsWith("/conflict"))
                .body("detail", containsString("2024"));
    }

    @Test
    void everyCopiedActivityAndBudgetLineHasItsAuditRow() {
        String code = swg();
        String secretariat = user("SWG_SECRETARIAT", code);
        long id = workplan(code, 2021);
        addActivity(admin(), id, activity("Teacher training", List.of(2), List.of(1), "GOVERNMENT", 500, 450,
                "ODA_GRANT", 800, 100));
        addActivity(admin(), id, activity("School meals", List.of(), List.of(4), "NGO", 70, 70));

        var copy = as(secretariat).post("/api/v1/workplans/" + id + "/copy-forward").then().statusCode(201)
                .extract().jsonPath();
        long next = copy.getLong("id");
        List<Long> activities = copy.getList("activities.id", Long.class);
        assertEquals(2, activities.size());
        for (long activity : activities) {
            admin().get("/api/v1/audit?entityType=WorkplanActivity&entityId=" + activity).then().statusCode(200)
                    .body("items", hasSize(1)).body("items[0].action", equalTo("create"))
                    .body("items[0].actor", equalTo(secretariat))
                    .body("items[0].summary", containsString("copied forward"));
        }
        List<Map<String, Object>> lines = admin().get("/api/v1/audit?entityType=WorkplanBudgetLine&size=200").then()
                .statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.summary.contains('workplan (" + next + ")') }");
        assertEquals(3, lines.size(), lines.toString());
        lines.forEach(line -> {
            assertEquals("create", line.get("action"));
            assertEquals(secretariat, line.get("actor"));
        });
    }

    /**
     * The 9th NSEDP ends in 2025: its outcomes are not outcomes of whatever plan covers 2026 (the
     * 10th, if entered), so they are dropped with a warning per activity.
     */
    @Test
    void dropsOutcomesThatNextYearsPlanDoesNotHave() {
        String code = swg();
        long id = workplan(code, 2025);
        addActivity(admin(), id, activity("Census analysis", List.of(1, 3), List.of(2), "ODA_LOAN", 10, 0));
        addActivity(admin(), id, activity("No outcome", List.of(), List.of(2), "ODA_LOAN", 10, 0));
        admin().post("/api/v1/workplans/" + id + "/copy-forward").then().statusCode(201)
                .body("year", equalTo(2026)).body("activities[0].nsedpOutcomes", empty())
                .body("activities[0].quarters", contains(2))
                .body("warnings", hasSize(1))
                .body("warnings[0]", containsString("Census analysis"))
                .body("warnings[0]", containsString("1, 3"))
                .body("warnings[0]", containsString("2026"));
    }
}
