package la.rtp.tracker.meeting;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Fixtures.meeting;
import static la.rtp.tracker.support.Fixtures.meetingBody;
import static la.rtp.tracker.support.Fixtures.swg;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import la.rtp.tracker.support.Fixtures;
import la.rtp.tracker.support.PinnedClock;
import la.rtp.tracker.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Scheduling advice: warnings, never errors. The clock is pinned in Q2 2024. */
@QuarkusTest
@PinnedClock
class MeetingWarningsTest {

    @Inject
    TestClock clock;

    @BeforeEach
    void pin() {
        clock.pin(Fixtures.NOW);
    }

    @Test
    void warningsForSameDayAndQuartersWithoutRegularMeeting() {
        String code = swg();
        String path = "/api/v1/swgs/" + code + "/meetings";
        admin().body(meetingBody("Q3", "REGULAR", "2024-07-10T09:00:00+07:00", "2024-07-10T11:00:00+07:00"))
                .post(path).then().statusCode(201).body("warnings", hasSize(2))
                .body("warnings[0]", containsString("Q1 2024")).body("warnings[1]", containsString("Q2 2024"));
        meeting(code, "2024-02-10T09:00:00+07:00");
        // A consultation does not count as a regular meeting.
        meeting(code, "2024-05-10T09:00:00+07:00", "CONSULTATION");
        admin().body(meetingBody("Same day", "CHAIR_CO_CHAIR", "2024-07-10T14:00:00+07:00", "2024-07-10T15:00:00+07:00"))
                .post(path).then().statusCode(201).body("warnings", hasSize(2))
                .body("warnings[0]", containsString("already has a meeting on 2024-07-10"))
                .body("warnings[1]", containsString("Q2 2024"));
        long q2 = meeting(code, "2024-04-20T09:00:00+07:00");
        admin().body(meetingBody("Q4", "REGULAR", "2024-10-10T09:00:00+07:00", "2024-10-10T11:00:00+07:00"))
                .post(path).then().statusCode(201).body("warnings", hasSize(0));
        // Cancelling the Q2 meeting brings the warning back on the next reschedule.
        admin().body(Map.of("reason", "x")).post("/api/v1/meetings/" + q2 + "/cancel").then().statusCode(200);
        long q3 = meeting(code, "2024-09-01T09:00:00+07:00");
        Map<String, Object> b = meetingBody("Moved", "REGULAR", "2024-09-02T09:00:00+07:00", "2024-09-02T11:00:00+07:00");
        b.put("version", 0);
        admin().body(b).put("/api/v1/meetings/" + q3).then().statusCode(200).body("warnings", hasSize(1))
                .body("warnings[0]", containsString("Q2 2024"));
        // The first quarter has no earlier quarter to miss.
        admin().body(meetingBody("Q1", "REGULAR", "2024-01-20T09:00:00+07:00", "2024-01-20T11:00:00+07:00"))
                .post("/api/v1/swgs/" + swg() + "/meetings").then().statusCode(201).body("warnings", hasSize(0));
    }

    @Test
    void halfYearlySwgsAreWarnedPerHalf() {
        String code = swg();
        int version = admin().get("/api/v1/swgs/" + code).then().extract().path("version");
        admin().body(Map.of("cadence", "HALF_YEARLY", "version", version)).put("/api/v1/swgs/" + code + "/cadence")
                .then().statusCode(200);
        admin().body(meetingBody("H2", "REGULAR", "2024-07-10T09:00:00+07:00", "2024-07-10T11:00:00+07:00"))
                .post("/api/v1/swgs/" + code + "/meetings").then().statusCode(201).body("warnings", hasSize(1))
                .body("warnings[0]", containsString("H1 2024"));
        meeting(code, "2024-05-10T09:00:00+07:00");
        admin().body(meetingBody("H2 again", "REGULAR", "2024-08-10T09:00:00+07:00", "2024-08-10T11:00:00+07:00"))
                .post("/api/v1/swgs/" + code + "/meetings").then().statusCode(201).body("warnings", hasSize(0));
    }
}
