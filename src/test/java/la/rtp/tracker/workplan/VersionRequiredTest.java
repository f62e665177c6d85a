package la.rtp.tracker.workplan;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.workplan.WorkplanFixtures.activity;
import static la.rtp.tracker.workplan.WorkplanFixtures.addActivity;
import static la.rtp.tracker.support.Fixtures.swg;
import static la.rtp.tracker.support.Fixtures.workplan;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Every update of a workplan-side row that exists needs the version the client read: 428
 * Precondition Required without it (nothing changes), 409 when it is stale.
 */
@QuarkusTest
class VersionRequiredTest {

    private static final AtomicInteger YEAR = new AtomicInteger(2170 + (int) (System.nanoTime() % 20));

    @Test
    void anActivityUpdateWithoutTheVersionIsRefusedWith428() {
        long id = workplan(swg(), 2024);
        long activityId = addActivity(admin(), id, activity("Kept", List.of(1), List.of(1), "GOVERNMENT", 10, 0))
                .getLong("id");
        String path = "/api/v1/workplans/" + id + "/activities/" + activityId;
        preconditionRequired(admin().body(activity("Lost", List.of(1), List.of(2), "GOVERNMENT", 20, 0)).put(path));
        admin().get(path).then().statusCode(200).body("title", equalTo("Kept")).body("version", equalTo(0));
    }

    @Test
    void disbursementsWithoutTheVersionAreRefusedWith428() {
        long id = workplan(swg(), 2024);
        long activityId = addActivity(admin(), id, activity("Kept", List.of(1), List.of(1), "GOVERNMENT", 10, 0))
                .getLong("id");
        String path = "/api/v1/workplans/" + id + "/activities/" + activityId;
        preconditionRequired(admin().body(Map.of("budget", List.of(Map.of("source", "GOVERNMENT",
                "disbursedUsd", 5)))).put(path + "/disbursements"));
        admin().get(path).then().statusCode(200).body("disbursedUsd", equalTo(0.0f)).body("version", equalTo(0));
    }

    @Test
    void replacingADeadlineOverrideWithoutTheVersionIsRefusedWith428() {
        int year = YEAR.incrementAndGet();
        String path = "/api/v1/workplan-deadlines/" + year;
        // the first override creates the row: no version to send
        admin().body(Map.of("deadline", year + "-02-15")).put(path).then().statusCode(200).body("version", equalTo(0));
        try {
            preconditionRequired(admin().body(Map.of("deadline", year + "-02-20")).put(path));
            admin().get(path).then().body("deadline", equalTo(year + "-02-15"));
            admin().body(Map.of("deadline", year + "-02-20", "version", 0)).put(path).then().statusCode(200)
                    .body("version", equalTo(1));
        } finally {
            admin().delete(path).then().statusCode(200);
        }
    }

    private static void preconditionRequired(io.restassured.response.Response response) {
        response.then().statusCode(428).contentType("application/problem+json")
                .body("type", endsWith("/precondition-required")).body("errors.field", hasItem("version"))
                .body("detail", containsString("version"));
    }
}
