package la.rtp.tracker.meeting;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Fixtures.actionItem;
import static la.rtp.tracker.support.Fixtures.person;
import static la.rtp.tracker.support.Fixtures.swg;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import la.rtp.tracker.support.Api;
import la.rtp.tracker.support.Fixtures;
import la.rtp.tracker.support.PinnedClock;
import la.rtp.tracker.support.TestClock;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** List endpoints cost the same number of SQL statements whatever the number of rows. */
@QuarkusTest
@PinnedClock
class MeetingQueryCountTest {

    @Inject
    TestClock clock;

    @Inject
    SessionFactory sessionFactory;

    @BeforeEach
    void pin() {
        clock.pin(Fixtures.NOW);
    }

    /** A held meeting with agenda items linked to outcomes, attendees, minutes and action items. */
    private static void fullMeeting(String code, int day, long org) {
        String start = "2024-05-%02dT09:00:00+07:00".formatted(day);
        long m = Fixtures.meeting(code, start);
        for (int i = 0; i < 2; i++) {
            admin().body(Map.of("title", "Item " + i, "nsedpOutcomes", List.of(1, 3 + i)))
                    .post("/api/v1/meetings/" + m + "/agenda-items").then().statusCode(201);
        }
        admin().post("/api/v1/meetings/" + m + "/held").then().statusCode(200);
        admin().body(Map.of("personId", person("FEMALE", org))).post("/api/v1/meetings/" + m + "/attendees")
                .then().statusCode(201);
        admin().body(Map.of("fullName", "Walk In", "gender", "MALE", "organizationId", Api.organization("NPA")))
                .post("/api/v1/meetings/" + m + "/attendees").then().statusCode(201);
        admin().body(Map.of("body", "Minutes " + day, "language", "en")).put("/api/v1/meetings/" + m + "/minutes")
                .then().statusCode(201);
        long item = actionItem(m, org, "2024-06-01");
        admin().body(Map.of("status", "IN_PROGRESS", "version", 0)).post("/api/v1/action-items/" + item + "/status").then()
                .statusCode(200);
        actionItem(m, org, "2024-06-02");
    }

    private long statements(String path, int expectedItems) {
        // once unmeasured: the user's account is then known (common.Changes), as it is for a client
        // that keeps asking; the measured request costs what the page itself costs
        admin().get(path).then().statusCode(200);
        sessionFactory.getStatistics().clear();
        admin().get(path).then().statusCode(200).body("items.size()", equalTo(expectedItems));
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    @Test
    void meetingAndActionItemListsAreConstantInStatements() {
        String code = swg();
        long org = Api.organization("GOVERNMENT");
        fullMeeting(code, 1, org);
        fullMeeting(code, 2, org);
        String meetings = "/api/v1/meetings?swg=" + code + "&from=2024-05-01&to=2024-05-31";
        String actions = "/api/v1/action-items?swg=" + code + "&overdueOn=2024-06-15";
        String all = "/api/v1/action-items?swg=" + code;
        long fewMeetings = statements(meetings, 2);
        long fewActions = statements(actions, 4);
        long fewAll = statements(all, 4);
        for (int day = 3; day <= 8; day++) {
            fullMeeting(code, day, org);
        }
        assertEquals(fewMeetings, statements(meetings, 8), "GET /meetings statements");
        assertEquals(fewActions, statements(actions, 16), "GET /action-items?overdueOn statements");
        assertEquals(fewAll, statements(all, 16), "GET /action-items statements");
        // The page, its count, the agenda with outcomes, attendance aggregates, minutes,
        // action-item counts (the user's account is known: see statements()).
        assertEquals(6, fewMeetings, "GET /meetings statements");
    }
}
