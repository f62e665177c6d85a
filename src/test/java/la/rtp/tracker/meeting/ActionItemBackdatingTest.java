package la.rtp.tracker.meeting;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Api.as;
import static la.rtp.tracker.support.Fixtures.actionItem;
import static la.rtp.tracker.support.Fixtures.held;
import static la.rtp.tracker.support.Fixtures.swg;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import la.rtp.tracker.support.Api;
import la.rtp.tracker.support.Fixtures;
import la.rtp.tracker.support.PinnedClock;
import la.rtp.tracker.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An action item's status date other than today (which rule RTP-8 reads) is the RTP secretariat's
 * to record, as for workplan and minutes dates; SWG roles record today's changes only.
 */
@QuarkusTest
@PinnedClock
class ActionItemBackdatingTest {

    @Inject
    TestClock clock;

    @BeforeEach
    void pin() {
        clock.pin(Fixtures.NOW);
    }

    @Test
    void swgRolesMayNotRecordAnotherDayAndNothingChanges() {
        String code = swg();
        long m = held(code, "2024-06-01T09:00:00+07:00");
        long item = actionItem(m, Api.organization("GOVERNMENT"), "2024-06-10");
        for (String user : List.of(Api.user("SWG_SECRETARIAT", code), Api.user("SWG_CHAIR", code))) {
            for (String on : List.of("2024-06-09", "2024-06-14", "2024-06-16")) {
                as(user).body(Fixtures.statusChange(item, "DONE", on)).post("/api/v1/action-items/" + item + "/status")
                        .then().statusCode(403).contentType("application/problem+json")
                        .body("type", containsString("forbidden"))
                        .body("detail", equalTo("Only the RTP secretariat may give on a date other than"
                                + " today (2024-06-15)"));
            }
        }
        admin().get("/api/v1/action-items/" + item).then().body("status", equalTo("OPEN"))
                .body("statusOn", equalTo("2024-06-01")).body("history.status", equalTo(List.of("OPEN")));
        admin().get("/api/v1/action-items?swg=" + code + "&overdueOn=2024-06-12").then()
                .body("items.id", equalTo(List.of((int) item)));
    }

    @Test
    void swgRolesRecordTodayWithOrWithoutTheDate() {
        String code = swg();
        long m = held(code, "2024-06-01T09:00:00+07:00");
        long org = Api.organization("GOVERNMENT");
        long given = actionItem(m, org, "2024-06-10");
        long omitted = actionItem(m, org, "2024-06-10");
        String secretariat = Api.user("SWG_SECRETARIAT", code);
        as(secretariat).body(Fixtures.statusChange(given, "DONE", "2024-06-15"))
                .post("/api/v1/action-items/" + given + "/status").then().statusCode(200)
                .body("statusOn", equalTo("2024-06-15"));
        as(secretariat).body(Fixtures.statusChange(omitted, "IN_PROGRESS", null)).post("/api/v1/action-items/" + omitted + "/status")
                .then().statusCode(200).body("statusOn", equalTo("2024-06-15"));
    }

    @Test
    void theRtpSecretariatRecordsAPastDayButNotAFutureOne() {
        String code = swg();
        long m = held(code, "2024-06-01T09:00:00+07:00");
        long item = actionItem(m, Api.organization("GOVERNMENT"), "2024-06-10");
        String path = "/api/v1/action-items/" + item + "/status";
        admin().body(Fixtures.statusChange(item, "DONE", "2024-06-16")).post(path).then().statusCode(422)
                .body("errors.field", equalTo(List.of("on")));
        admin().body(Fixtures.statusChange(item, "DONE", "2024-05-31")).post(path).then().statusCode(422)
                .body("errors.field", equalTo(List.of("on")));
        admin().body(Fixtures.statusChange(item, "DONE", "2024-06-09")).post(path).then().statusCode(200)
                .body("status", equalTo("DONE")).body("statusOn", equalTo("2024-06-09"));
        admin().get("/api/v1/action-items?swg=" + code + "&overdueOn=2024-06-12").then()
                .body("items.size()", equalTo(0));
    }
}
