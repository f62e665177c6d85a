package la.rtp.tracker.workplan;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Fixtures.swg;
import static la.rtp.tracker.support.Fixtures.workplan;
import static la.rtp.tracker.workplan.WorkplanFixtures.activity;
import static la.rtp.tracker.workplan.WorkplanFixtures.addActivity;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** The list answers activities, totals and history: its statement count must not grow with them. */
@QuarkusTest
class WorkplanQueryCountTest {

    @Inject
    SessionFactory sessionFactory;

    @Test
    void listStatementCountIsConstant() {
        int year = 2022;
        addWorkplans(year, 1, 1);
        long few = statementsFor("/api/v1/workplans?year=" + year + "&size=200", 1);
        addWorkplans(year, 6, 4);
        long many = statementsFor("/api/v1/workplans?year=" + year + "&size=200", 7);
        assertEquals(few, many, "statements for the list grew with workplans and activities");
        long single = statementsFor("/api/v1/workplans?year=" + year + "&size=1", 1);
        assertEquals(few, single);
        // page, count, activities with outcomes, budget lines with funders, disbursements, exchange
        // rates, progress reports, history, deadline overrides
        assertTrue(few <= 9, "expected at most 9 statements, got " + few);
    }

    private long statementsFor(String path, int atLeast) {
        var statistics = sessionFactory.getStatistics();
        // once unmeasured: the user's account is then known (common.Changes), as it is for a client
        // that keeps asking; the measured request costs what the page itself costs
        admin().get(path).then().statusCode(200);
        statistics.clear();
        admin().get(path).then().statusCode(200).body("items.size()", greaterThanOrEqualTo(atLeast));
        return statistics.getPrepareStatementCount();
    }

    /** Workplans with activities linked to outcomes, budget lines, disbursements, progress and a history of three rows. */
    private static void addWorkplans(int year, int workplans, int activities) {
        for (int i = 0; i < workplans; i++) {
            long id = workplan(swg(), year);
            for (int j = 0; j < activities; j++) {
                long activity = addActivity(admin(), id, activity("Activity " + j, List.of(1, 2, 6), List.of(1, 4),
                        "GOVERNMENT", 10, 1, "ODA_GRANT", 20, 2, "NGO", 3, 0)).getLong("id");
                admin().body(Map.of("quarter", 1, "status", "ON_TRACK")).post("/api/v1/workplans/" + id
                        + "/activities/" + activity + "/progress").then().statusCode(201);
            }
            admin().body(Map.of()).post("/api/v1/workplans/" + id + "/submit").then().statusCode(200);
            admin().body(Map.of("reason", "More detail")).post("/api/v1/workplans/" + id + "/return").then()
                    .statusCode(200);
        }
    }
}
