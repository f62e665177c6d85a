package la.rtp.tracker.workplan;

import static la.rtp.tracker.support.Api.admin;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import la.rtp.tracker.support.Fixtures;

/**
 * Workplan activity bodies, on top of {@link Fixtures}. Each test gets its own sub-sector group as
 * its SWG ({@link Fixtures#swg()}), so that the one workplan per SWG and year rule never collides
 * with another test's data.
 */
final class WorkplanFixtures {

    private WorkplanFixtures() {
    }

    /** An activity body: outcomes, quarters and {source, planned, disbursed} triples. */
    static Map<String, Object> activity(String title, List<Integer> outcomes, List<Integer> quarters,
            Object... budget) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("description", "About " + title);
        body.put("nsedpOutcomes", outcomes);
        body.put("quarters", quarters);
        body.put("budget", lines(budget));
        return body;
    }

    static List<Map<String, Object>> lines(Object... budget) {
        List<Map<String, Object>> lines = new java.util.ArrayList<>();
        for (int i = 0; i + 2 < budget.length; i += 3) {
            lines.add(Map.of("source", budget[i], "plannedUsd", budget[i + 1], "disbursedUsd", budget[i + 2]));
        }
        return lines;
    }

    static JsonPath addActivity(RequestSpecification as, long workplanId, Map<String, Object> body) {
        return as.body(body).post("/api/v1/workplans/" + workplanId + "/activities").then().statusCode(201)
                .extract().jsonPath();
    }

    /** A workplan with one simple activity, ready to submit; returns its id. */
    static long withActivity(String code, int year) {
        long id = Fixtures.workplan(code, year);
        addActivity(admin(), id, activity("Activity of " + code, List.of(), List.of(1), "GOVERNMENT", 100, 0));
        return id;
    }
}
