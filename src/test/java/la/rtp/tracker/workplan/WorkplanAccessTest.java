package la.rtp.tracker.workplan;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Api.anonymous;
import static la.rtp.tracker.support.Api.as;
import static la.rtp.tracker.support.Api.partner;
import static la.rtp.tracker.support.Api.user;
import static la.rtp.tracker.support.Fixtures.swg;
import static la.rtp.tracker.support.Fixtures.workplan;
import static la.rtp.tracker.workplan.WorkplanFixtures.activity;
import static la.rtp.tracker.workplan.WorkplanFixtures.addActivity;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import la.rtp.tracker.support.Api;
import org.junit.jupiter.api.Test;

/** Who may read and write workplans: every refusal, and the roles that are let through. */
@QuarkusTest
class WorkplanAccessTest {

    /** A write to try: method, path and body. */
    record Write(String method, String path, Object body) {
        int send(RequestSpecification as) {
            RequestSpecification spec = body == null ? as : as.body(body);
            return switch (method) {
                case "POST" -> spec.post(path).statusCode();
                case "PUT" -> spec.put(path).statusCode();
                default -> spec.delete(path).statusCode();
            };
        }
    }

    @Test
    void everyWriteRefusesOutsiders() {
        String code = swg();
        String other = swg();
        long id = workplan(code, 2024);
        long activityId = addActivity(admin(), id, activity("A", List.of(1), List.of(1), "NGO", 5, 0)).getLong("id");
        String activityPath = "/api/v1/workplans/" + id + "/activities/" + activityId;
        List<Write> writes = List.of(
                new Write("POST", "/api/v1/swgs/" + code + "/workplans", Map.of("year", 2030)),
                new Write("POST", "/api/v1/workplans/" + id + "/activities",
                        activity("B", List.of(), List.of(2), "NGO", 1, 0)),
                new Write("PUT", activityPath, withVersion(activity("C", List.of(), List.of(2), "NGO", 1, 0))),
                new Write("PUT", activityPath + "/disbursements",
                        Map.of("version", 0, "budget", List.of(Map.of("source", "NGO", "disbursedUsd", 1)))),
                new Write("DELETE", activityPath, null),
                new Write("POST", "/api/v1/workplans/" + id + "/submit", Map.of()),
                new Write("POST", "/api/v1/workplans/" + id + "/return", Map.of("reason", "No")),
                new Write("POST", "/api/v1/workplans/" + id + "/endorse", Map.of()),
                new Write("POST", "/api/v1/workplans/" + id + "/copy-forward", Map.of()));
        String token = (String) Api.partnerToken().get("token");
        Map<String, Supplier<RequestSpecification>> refused = Map.of(
                "viewer", () -> as(user("VIEWER")),
                "partner", () -> partner(token),
                "secretariat of another SWG", () -> as(user("SWG_SECRETARIAT", other)),
                "chair of another SWG", () -> as(user("SWG_CHAIR", other)));
        for (Write w : writes) {
            assertStatus(401, w, "anonymous", anonymous());
            refused.forEach((who, spec) -> assertStatus(403, w, who, spec.get()));
        }
        // Nothing changed.
        admin().get("/api/v1/workplans/" + id).then().body("status", equalTo("DRAFT")).body("activities[0].title",
                equalTo("A")).body("version", equalTo(0));
    }

    private static Map<String, Object> withVersion(Map<String, Object> body) {
        body.put("version", 0);
        return body;
    }

    private static void assertStatus(int expected, Write w, String who, RequestSpecification spec) {
        int status = w.send(spec);
        if (status != expected) {
            throw new AssertionError(who + " " + w.method() + " " + w.path() + ": expected " + expected + ", got "
                    + status);
        }
    }

    @Test
    void swgRolesMayNotReturnOrEndorseEvenTheirOwn() {
        String code = swg();
        long id = workplan(code, 2024);
        addActivity(admin(), id, activity("A", List.of(), List.of(1), "NGO", 5, 0));
        admin().body(Map.of()).post("/api/v1/workplans/" + id + "/submit").then().statusCode(200);
        for (String role : List.of("SWG_SECRETARIAT", "SWG_CHAIR")) {
            String name = user(role, code);
            as(name).body(Map.of("reason", "No")).post("/api/v1/workplans/" + id + "/return").then().statusCode(403)
                    .contentType("application/problem+json").body("type", endsWith("/forbidden"));
            as(name).body(Map.of()).post("/api/v1/workplans/" + id + "/endorse").then().statusCode(403);
        }
        admin().get("/api/v1/workplans/" + id).then().body("status", equalTo("SUBMITTED"));
    }

    @Test
    void ownSwgRolesWriteTheirWorkplans() {
        String code = swg();
        String secretariat = user("SWG_SECRETARIAT", code);
        String chair = user("SWG_CHAIR", code, "education");
        long id = as(secretariat).body(Map.of("year", 2024)).post("/api/v1/swgs/" + code + "/workplans").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        addActivity(as(chair), id, activity("A", List.of(2), List.of(3), "ODA_GRANT", 10, 0));
        as(chair).body(Map.of()).post("/api/v1/workplans/" + id + "/submit").then().statusCode(200);
        as(secretariat).body(Map.of("year", 2024)).post("/api/v1/swgs/education/workplans").then().statusCode(403)
                .body("detail", containsString(code));
    }

    @Test
    void humansReadEverythingPartnersNothing() {
        String code = swg();
        long id = workplan(code, 2024);
        for (String name : List.of(user("VIEWER"), user("SWG_SECRETARIAT", swg()), user("SWG_CHAIR", swg()))) {
            as(name).get("/api/v1/workplans/" + id).then().statusCode(200).body("swg", equalTo(code));
            as(name).get("/api/v1/workplans?swg=" + code).then().statusCode(200).body("total", equalTo(1));
            as(name).get("/api/v1/workplan-deadlines/2024").then().statusCode(200);
        }
        String token = (String) Api.partnerToken().get("token");
        List<String> reads = new ArrayList<>(List.of("/api/v1/workplans/" + id, "/api/v1/workplans",
                "/api/v1/workplan-deadlines/2024"));
        for (String path : reads) {
            partner(token).get(path).then().statusCode(403).contentType("application/problem+json");
            anonymous().get(path).then().statusCode(401).contentType("application/problem+json");
        }
    }
}
