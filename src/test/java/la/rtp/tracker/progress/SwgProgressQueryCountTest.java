package la.rtp.tracker.progress;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Fixtures.swg;
import static la.rtp.tracker.support.Fixtures.workplan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Map;
import la.rtp.tracker.support.PinnedClock;
import la.rtp.tracker.support.TestClock;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** The report's statement count does not grow with activities, progress reports and disbursements. */
@QuarkusTest
@PinnedClock
class SwgProgressQueryCountTest {

    @Inject
    SessionFactory sessionFactory;

    @Inject
    TestClock clock;

    @Test
    void statementCountIsConstant() {
        int year = 2192; // a year no other test sets an exchange rate for
        clock.pin(SwgProgressReportTest.day(year + "-03-15"));
        admin().body(Map.of("lakPerUsd", 21500)).put("/api/v1/exchange-rates/" + year).then().statusCode(200);
        String code = swg();
        long id = workplan(code, year);
        addActivities(id, 1, year);
        long few = statements(code, year);
        addActivities(id, 5, year);
        long many = statements(code, year);
        assertEquals(few, many, "statements for the report grew with activities and disbursements");
        // the SWG, the rate, leaders, activities, progress, budget lines with sums, meetings, actions
        assertTrue(few <= 8, "expected at most 8 statements, got " + few);
    }

    private long statements(String code, int year) {
        String path = "/api/v1/swgs/" + code + "/progress-report?year=" + year + "&quarter=1&asOf=" + year + "-03-31";
        admin().get(path).then().statusCode(200); // once unmeasured: the account is then known
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        admin().get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    private static void addActivities(long workplan, int count, int year) {
        for (int i = 0; i < count; i++) {
            JsonPath a = SwgProgressReportTest.activity(workplan, "Activity " + i,
                    SwgProgressReportTest.line("GOVERNMENT", null, "LAK", 1_000_000),
                    SwgProgressReportTest.line("NGO", null, "USD", 100));
            String path = "/api/v1/workplans/" + workplan + "/activities/" + a.getLong("id");
            admin().body(Map.of("quarter", 1, "status", "ON_TRACK", "reportedOn", year + "-03-01"))
                    .post(path + "/progress").then().statusCode(201);
            admin().body(Map.of("budgetLineId", a.getLong("budget[1].id"), "amount", 10, "disbursedOn", year + "-03-01"))
                    .post(path + "/disbursements").then().statusCode(201);
        }
    }
}
