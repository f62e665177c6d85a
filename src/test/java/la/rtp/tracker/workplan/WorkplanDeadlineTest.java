package la.rtp.tracker.workplan;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Api.anonymous;
import static la.rtp.tracker.support.Api.as;
import static la.rtp.tracker.support.Api.partner;
import static la.rtp.tracker.support.Api.user;
import static la.rtp.tracker.support.Fixtures.swg;
import static la.rtp.tracker.support.Fixtures.workplan;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import la.rtp.tracker.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Deadlines are global per year, so these tests override only far-off years of their own and
 * remove the override afterwards, leaving the years other tests use at their default.
 */
@QuarkusTest
class WorkplanDeadlineTest {

    private static final AtomicInteger YEAR = new AtomicInteger(2150 + (int) (System.nanoTime() % 20));

    @Inject
    WorkplanDeadlines deadlines;

    @Test
    void defaultIsThirtyFirstOfJanuary() {
        admin().get("/api/v1/workplan-deadlines/2024").then().statusCode(200).contentType("application/json")
                .body("year", equalTo(2024)).body("deadline", equalTo("2024-01-31"))
                .body("isDefault", equalTo(true)).body("defaultDeadline", equalTo("2024-01-31"));
        assertEquals(LocalDate.of(2031, 1, 31), deadlines.defaultFor(2031));
    }

    @Test
    void secretariatSetsAndResetsAYearsDeadline() {
        int year = YEAR.incrementAndGet();
        String path = "/api/v1/workplan-deadlines/" + year;
        long id = workplan(swg(), year);
        admin().body(Map.of("deadline", year + "-02-15")).put(path).then().statusCode(200)
                .body("deadline", equalTo(year + "-02-15")).body("isDefault", equalTo(false))
                .body("defaultDeadline", equalTo(year + "-01-31")).body("version", equalTo(0))
                .body("updatedBy", equalTo("admin"));
        admin().get(path).then().statusCode(200).body("deadline", equalTo(year + "-02-15"));
        admin().get("/api/v1/workplans/" + id).then().body("deadline", equalTo(year + "-02-15"));
        assertEquals(LocalDate.of(year, 2, 15), deadlines.effective(year));
        assertEquals(Map.of(year, LocalDate.of(year, 2, 15), year + 1, LocalDate.of(year + 1, 1, 31)),
                deadlines.effective(List.of(year, year + 1)));

        admin().body(Map.of("deadline", (year - 1) + "-12-20", "version", 0)).put(path).then().statusCode(200)
                .body("deadline", equalTo((year - 1) + "-12-20")).body("version", equalTo(1));
        admin().body(Map.of("deadline", year + "-03-01", "version", 0)).put(path).then().statusCode(409);
        admin().body(Map.of("deadline", (year + 1) + "-01-10")).put(path).then().statusCode(422)
                .body("errors.field", hasItem("deadline"));
        admin().body(Map.of()).put(path).then().statusCode(422).body("errors.field", hasItem("deadline"));
        admin().body(Map.of("deadline", "soon")).put(path).then().statusCode(400);

        admin().delete(path).then().statusCode(200).body("isDefault", equalTo(true))
                .body("deadline", equalTo(year + "-01-31")).body("version", nullValue());
        admin().delete(path).then().statusCode(404);
        assertEquals(LocalDate.of(year, 1, 31), deadlines.effective(year));
        admin().get("/api/v1/audit?entityType=WorkplanDeadline&size=200").then().statusCode(200)
                .body("items.entityId", hasItem(String.valueOf(year)));
    }

    @Test
    void onlyTheRtpSecretariatSetsDeadlines() {
        int year = YEAR.incrementAndGet();
        String path = "/api/v1/workplan-deadlines/" + year;
        Map<String, Object> body = Map.of("deadline", year + "-02-01");
        anonymous().body(body).put(path).then().statusCode(401);
        partner((String) Api.partnerToken().get("token")).body(body).put(path).then().statusCode(403);
        for (String name : List.of(user("VIEWER"), user("SWG_SECRETARIAT", "health"), user("SWG_CHAIR", "health"))) {
            as(name).body(body).put(path).then().statusCode(403).contentType("application/problem+json");
            as(name).delete(path).then().statusCode(403);
        }
        admin().get(path).then().body("isDefault", equalTo(true));
    }

    @Test
    void yearsOutOfRangeOrMalformed() {
        admin().get("/api/v1/workplan-deadlines/1200").then().statusCode(422).body("errors.field", hasItem("year"));
        admin().get("/api/v1/workplan-deadlines/soon").then().statusCode(400);
    }
}
