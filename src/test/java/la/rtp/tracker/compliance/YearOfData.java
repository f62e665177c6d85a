package la.rtp.tracker.compliance;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Api.unique;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import la.rtp.tracker.support.Api;
import la.rtp.tracker.support.Fixtures;

/** Builds a plan year of SWG data through the API, the way secretariats would enter it. */
final class YearOfData {

    private YearOfData() {
    }

    /** Makes sure an NSEDP plan covers {@code year} (numbered outcomes 1-6). */
    static void planCovering(int year) {
        List<Map<String, Object>> plans = admin().get("/api/v1/nsedp").then().statusCode(200).extract().jsonPath()
                .getList("items");
        boolean covered = plans.stream().anyMatch(p -> ((Number) p.get("startYear")).intValue() <= year
                && ((Number) p.get("endYear")).intValue() >= year);
        if (!covered) {
            List<Map<String, Object>> outcomes = new java.util.ArrayList<>();
            for (int i = 1; i <= 6; i++) {
                outcomes.add(Map.of("number", i, "title", "Outcome " + i));
            }
            // a number of its own per year, so that several test years can each get a plan
            admin().body(Map.of("number", 50 + year % 50, "title", "Plan for " + year, "startYear", year,
                    "endYear", year, "outcomes", outcomes)).post("/api/v1/nsedp").then().statusCode(201);
        }
    }

    static long organization(String type) {
        return Api.organization(type);
    }

    static long person(String gender, long organization) {
        return Fixtures.person(gender, organization);
    }

    static void member(String swg, String role, long organization, Long person, String start) {
        Map<String, Object> body = new HashMap<>(Map.of("organizationId", organization, "role", role,
                "startDate", start));
        if (person != null) {
            body.put("personId", person);
        }
        admin().body(body).post("/api/v1/swgs/" + swg + "/members").then().statusCode(201);
    }

    /** A workplan with one activity per entry of {@code outcomesPerActivity}; returns its id. */
    static long workplan(String swg, int year, List<List<Integer>> outcomesPerActivity) {
        long id = admin().body(Map.of("year", year)).post("/api/v1/swgs/" + swg + "/workplans").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        for (List<Integer> outcomes : outcomesPerActivity) {
            var activity = admin().body(Map.of("title", unique("Activity"), "nsedpOutcomes", outcomes, "quarters",
                    List.of(1, 2), "budget", List.of(Map.of("source", "ODA_GRANT", "plannedUsd", 10000))))
                    .post("/api/v1/workplans/" + id + "/activities").then().statusCode(201).extract().jsonPath();
            // disbursed early in Q1: before the date any test using these data pins its clock to
            admin().body(Map.of("budgetLineId", activity.getLong("budget[0].id"), "amount", 2500, "disbursedOn",
                    year + "-01-02")).post("/api/v1/workplans/" + id + "/activities/" + activity.getLong("id")
                    + "/disbursements").then().statusCode(201);
        }
        return id;
    }

    static void submit(long workplan, String on) {
        admin().body(Map.of("submittedOn", on)).post("/api/v1/workplans/" + workplan + "/submit").then()
                .statusCode(200);
    }

    static void endorse(long workplan, String on) {
        admin().body(Map.of("endorsedOn", on)).post("/api/v1/workplans/" + workplan + "/endorse").then()
                .statusCode(200);
    }

    /**
     * A REGULAR meeting on {@code date} (09:00 Vientiane) with one agenda item linked to
     * {@code outcomes}, marked held (the agenda is fixed before the meeting); returns its id.
     */
    static long heldMeeting(String swg, String date, List<Integer> outcomes) {
        OffsetDateTime start = OffsetDateTime.parse(date + "T09:00:00+07:00");
        long id = admin().body(Map.of("title", "Quarterly meeting " + date, "kind", "REGULAR",
                "startsAt", start.toString(), "endsAt", start.plusHours(3).toString(), "venue", "MPI"))
                .post("/api/v1/swgs/" + swg + "/meetings").then().statusCode(201).extract().jsonPath().getLong("id");
        admin().body(Map.of("title", unique("Item"), "nsedpOutcomes", outcomes))
                .post("/api/v1/meetings/" + id + "/agenda-items").then().statusCode(201);
        admin().post("/api/v1/meetings/" + id + "/held").then().statusCode(200);
        return id;
    }

    static void walkIn(long meeting, String gender, long organization) {
        admin().body(Map.of("fullName", unique("Walk-in"), "gender", gender, "organizationId", organization))
                .post("/api/v1/meetings/" + meeting + "/attendees").then().statusCode(201);
    }

    static void minutes(long meeting, String publishedOn) {
        admin().body(Map.of("body", "# Minutes\n\nDecisions taken.", "language", "en"))
                .put("/api/v1/meetings/" + meeting + "/minutes").then().statusCode(201);
        admin().body(Map.of("publishedOn", publishedOn)).post("/api/v1/meetings/" + meeting + "/minutes/publish")
                .then().statusCode(200);
    }

    static long actionItem(long meeting, long owner, String due) {
        return Fixtures.actionItem(meeting, unique("Action"), owner, due);
    }

    static void status(long actionItem, String status, String on) {
        long version = admin().get("/api/v1/action-items/" + actionItem).then().statusCode(200).extract().jsonPath()
                .getLong("version");
        admin().body(Map.of("status", status, "on", on, "version", version))
                .post("/api/v1/action-items/" + actionItem + "/status").then().statusCode(200);
    }
}
