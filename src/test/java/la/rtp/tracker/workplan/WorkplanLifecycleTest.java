package la.rtp.tracker.workplan;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Api.as;
import static la.rtp.tracker.support.Api.user;
import static la.rtp.tracker.support.Fixtures.swg;
import static la.rtp.tracker.support.Fixtures.workplan;
import static la.rtp.tracker.workplan.WorkplanFixtures.activity;
import static la.rtp.tracker.workplan.WorkplanFixtures.addActivity;
import static la.rtp.tracker.workplan.WorkplanFixtures.withActivity;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import la.rtp.tracker.support.PinnedClock;
import la.rtp.tracker.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** DRAFT -> SUBMITTED -> RETURNED -> SUBMITTED -> ENDORSED, with dates, history and audit. */
@QuarkusTest
@PinnedClock
class WorkplanLifecycleTest {

    /** 20 January 2025, 10:00 in Vientiane. */
    static final Instant NOW = Instant.parse("2025-01-20T03:00:00Z");

    @Inject
    TestClock clock;

    @BeforeEach
    void pin() {
        clock.pin(NOW);
    }

    @Test
    void wholeLifecycle() {
        String code = swg();
        String secretariat = user("SWG_SECRETARIAT", code);
        var created = as(secretariat).body(Map.of("year", 2025)).post("/api/v1/swgs/" + code + "/workplans").then()
                .statusCode(201).contentType("application/json")
                .header("Location", containsString("/api/v1/workplans/"))
                .body("swg", equalTo(code)).body("swgName", containsString(code)).body("year", equalTo(2025))
                .body("status", equalTo("DRAFT")).body("deadline", equalTo("2025-01-31"))
                .body("submittedOn", nullValue()).body("activities", hasSize(0))
                .body("history", hasSize(1)).body("history[0].to", equalTo("DRAFT"))
                .body("history[0].from", nullValue()).body("history[0].by", equalTo(secretariat))
                .extract();
        long id = created.jsonPath().getLong("id");
        assertTrue(created.header("Location").endsWith("/api/v1/workplans/" + id), created.header("Location"));
        addActivity(as(secretariat), id, activity("Health financing dialogue", List.of(1, 3), List.of(1, 2),
                "GOVERNMENT", 1000, 0));

        as(secretariat).post("/api/v1/workplans/" + id + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("submittedOn", equalTo("2025-01-20"))
                .body("history[1].from", equalTo("DRAFT")).body("history[1].to", equalTo("SUBMITTED"))
                .body("history[1].on", equalTo("2025-01-20")).body("history[1].by", equalTo(secretariat))
                .body("history[1].at", equalTo("2025-01-20T03:00:00Z"));

        clock.pin(Instant.parse("2025-01-25T03:00:00Z"));
        admin().body(Map.of("reason", "Link every activity to an NSEDP outcome")).post("/api/v1/workplans/" + id
                + "/return").then().statusCode(200).body("status", equalTo("RETURNED"))
                .body("returnedReason", equalTo("Link every activity to an NSEDP outcome"))
                .body("history[2].reason", equalTo("Link every activity to an NSEDP outcome"))
                .body("history[2].on", equalTo("2025-01-25")).body("history[2].by", equalTo("admin"));

        clock.pin(Instant.parse("2025-02-03T03:00:00Z"));
        as(secretariat).body(Map.of()).post("/api/v1/workplans/" + id + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("submittedOn", equalTo("2025-01-20")) // the first submission counts for RTP-2
                .body("lastSubmittedOn", equalTo("2025-02-03"));

        clock.pin(Instant.parse("2025-02-10T03:00:00Z"));
        admin().body(Map.of("endorsedOn", "2025-02-07")).post("/api/v1/workplans/" + id + "/endorse").then()
                .statusCode(200).body("status", equalTo("ENDORSED")).body("endorsedOn", equalTo("2025-02-07"))
                .body("returnedReason", equalTo("Link every activity to an NSEDP outcome"))
                .body("history.to", contains("DRAFT", "SUBMITTED", "RETURNED", "SUBMITTED", "ENDORSED"))
                .body("history.on", contains("2025-01-20", "2025-01-20", "2025-01-25", "2025-02-03", "2025-02-07"))
                .body("history[4].at", equalTo("2025-02-10T03:00:00Z"));

        admin().get("/api/v1/workplans/" + id).then().statusCode(200).body("status", equalTo("ENDORSED"))
                .body("version", equalTo(4)).body("activities", hasSize(1));
        admin().get("/api/v1/audit?entityType=Workplan&size=200").then().statusCode(200)
                .body("items.findAll { it.entityId == '" + id + "' }.action",
                        contains("endorse", "submit", "return", "submit", "create"));
    }

    @Test
    void illegalTransitionsAre409NamingTheStatus() {
        long id = workplan(swg(), 2025);
        conflict("return", Map.of("reason", "x"), id, "DRAFT");
        conflict("endorse", Map.of(), id, "DRAFT");
        admin().body(Map.of()).post("/api/v1/workplans/" + id + "/submit").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("activities"));
        addActivity(admin(), id, activity("A", List.of(), List.of(), "NGO", 1, 0));
        admin().body(Map.of()).post("/api/v1/workplans/" + id + "/submit").then().statusCode(200);
        conflict("submit", Map.of(), id, "SUBMITTED");
        admin().body(Map.of("reason", "Redo")).post("/api/v1/workplans/" + id + "/return").then().statusCode(200);
        conflict("return", Map.of("reason", "x"), id, "RETURNED");
        conflict("endorse", Map.of(), id, "RETURNED");
        admin().body(Map.of()).post("/api/v1/workplans/" + id + "/submit").then().statusCode(200);
        admin().body(Map.of()).post("/api/v1/workplans/" + id + "/endorse").then().statusCode(200);
        conflict("submit", Map.of(), id, "ENDORSED");
        conflict("return", Map.of("reason", "x"), id, "ENDORSED");
        conflict("endorse", Map.of(), id, "ENDORSED");
    }

    private static void conflict(String action, Map<String, Object> body, long id, String status) {
        admin().body(body).post("/api/v1/workplans/" + id + "/" + action).then().statusCode(409)
                .contentType("application/problem+json").body("type", endsWith("/conflict"))
                .body("detail", containsString(status));
    }

    @Test
    void onlyTheRtpSecretariatRecordsAnotherDay() {
        String code = swg();
        String secretariat = user("SWG_SECRETARIAT", code);
        long id = withActivity(code, 2025);
        as(secretariat).body(Map.of("submittedOn", "2025-01-19")).post("/api/v1/workplans/" + id + "/submit")
                .then().statusCode(403).contentType("application/problem+json").body("type", endsWith("/forbidden"));
        admin().body(Map.of("submittedOn", "2025-01-21")).post("/api/v1/workplans/" + id + "/submit").then()
                .statusCode(422).body("errors.field", hasItem("submittedOn"));
        // Today, named explicitly, is anyone's to record.
        as(secretariat).body(Map.of("submittedOn", "2025-01-20")).post("/api/v1/workplans/" + id + "/submit")
                .then().statusCode(200).body("submittedOn", equalTo("2025-01-20"));
        admin().body(Map.of("endorsedOn", "2025-01-19")).post("/api/v1/workplans/" + id + "/endorse").then()
                .statusCode(422).body("errors.field", hasItem("endorsedOn"));
        admin().body(Map.of("endorsedOn", "2025-01-21")).post("/api/v1/workplans/" + id + "/endorse").then()
                .statusCode(422).body("errors.field", hasItem("endorsedOn"));

        long paper = withActivity(swg(), 2024);
        admin().body(Map.of("submittedOn", "2024-01-15")).post("/api/v1/workplans/" + paper + "/submit").then()
                .statusCode(200).body("submittedOn", equalTo("2024-01-15"))
                .body("history[1].on", equalTo("2024-01-15")).body("history[1].at", equalTo("2025-01-20T03:00:00Z"));
        admin().body(Map.of("endorsedOn", "2024-03-01")).post("/api/v1/workplans/" + paper + "/endorse").then()
                .statusCode(200).body("endorsedOn", equalTo("2024-03-01"));
    }

    @Test
    void returnNeedsAReason() {
        long id = withActivity(swg(), 2025);
        admin().body(Map.of()).post("/api/v1/workplans/" + id + "/submit").then().statusCode(200);
        admin().body(Map.of("reason", " ")).post("/api/v1/workplans/" + id + "/return").then().statusCode(422)
                .body("errors.field", hasItem("reason"));
        admin().post("/api/v1/workplans/" + id + "/return").then().statusCode(422);
    }

    @Test
    void oneWorkplanPerSwgAndYear() {
        String code = swg();
        workplan(code, 2025);
        admin().body(Map.of("year", 2025)).post("/api/v1/swgs/" + code + "/workplans").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("2025"));
        admin().body(Map.of("year", 2026)).post("/api/v1/swgs/" + code + "/workplans").then().statusCode(201);
        admin().body(Map.of()).post("/api/v1/swgs/" + code + "/workplans").then().statusCode(422)
                .body("errors.field", hasItem("year"));
        admin().body(Map.of("year", 1800)).post("/api/v1/swgs/" + code + "/workplans").then().statusCode(422)
                .body("errors.field", hasItem("year"));
        admin().body(Map.of("year", "next")).post("/api/v1/swgs/" + code + "/workplans").then().statusCode(400)
                .body("errors.field", hasItem("year"));
        admin().body(Map.of("year", 2025)).post("/api/v1/swgs/atlantis/workplans").then().statusCode(404);
        admin().get("/api/v1/workplans/999999999").then().statusCode(404).contentType("application/problem+json");
        admin().post("/api/v1/workplans/999999999/submit").then().statusCode(404);
    }

    @Test
    void listFiltersAndPages() {
        String code = swg();
        long draft = workplan(code, 2023);
        long submitted = withActivity(code, 2024);
        admin().body(Map.of()).post("/api/v1/workplans/" + submitted + "/submit").then().statusCode(200);
        admin().get("/api/v1/workplans?swg=" + code).then().statusCode(200)
                .body("items.id", contains((int) submitted, (int) draft)).body("total", equalTo(2))
                .body("page", equalTo(0)).body("size", equalTo(50))
                .body("items[0].activities", hasSize(1)).body("items[0].totals.plannedUsd", equalTo(100.0f));
        admin().get("/api/v1/workplans?swg=" + code + "&status=SUBMITTED").then().statusCode(200)
                .body("items.id", contains((int) submitted));
        admin().get("/api/v1/workplans?swg=" + code + "&year=2023").then().statusCode(200)
                .body("items.id", contains((int) draft));
        admin().get("/api/v1/workplans?swg=" + code + "&size=1&page=1").then().statusCode(200)
                .body("items.id", contains((int) draft)).body("total", equalTo(2));
        admin().get("/api/v1/workplans?year=2024&size=200").then().statusCode(200)
                .body("items.id", hasItem((int) submitted));
        admin().get("/api/v1/workplans?year=abc").then().statusCode(400).body("errors[0].field", equalTo("year"));
        admin().get("/api/v1/workplans?status=LOST").then().statusCode(400).body("errors[0].field", equalTo("status"));
        admin().get("/api/v1/workplans?size=500").then().statusCode(400);
    }
}
