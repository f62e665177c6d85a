package la.rtp.tracker.meeting;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Fixtures.meeting;
import static la.rtp.tracker.support.Fixtures.meetingBody;
import static la.rtp.tracker.support.Fixtures.swg;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import la.rtp.tracker.support.Fixtures;
import la.rtp.tracker.support.PinnedClock;
import la.rtp.tracker.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PinnedClock
class MeetingTest {

    @Inject
    TestClock clock;

    @BeforeEach
    void pin() {
        clock.pin(Fixtures.NOW);
    }

    @Test
    void createAnswers201WithLocationAndVientianeTimes() {
        String code = swg();
        Map<String, Object> b = meetingBody("Q3 regular meeting", "REGULAR", "2024-07-10T02:00:00Z", "2024-07-10T05:00:00Z");
        b.put("onlineLink", "https://meet.example/swg");
        var created = admin().body(b).post("/api/v1/swgs/" + code + "/meetings").then().statusCode(201)
                .contentType("application/json")
                .body("swg", equalTo(code)).body("title", equalTo("Q3 regular meeting"))
                .body("kind", equalTo("REGULAR")).body("status", equalTo("SCHEDULED"))
                .body("startsAt", equalTo("2024-07-10T09:00:00+07:00"))
                .body("endsAt", equalTo("2024-07-10T12:00:00+07:00"))
                .body("date", equalTo("2024-07-10")).body("quarter", equalTo(3)).body("year", equalTo(2024))
                .body("venue", equalTo("MPI meeting room 1")).body("onlineLink", equalTo("https://meet.example/swg"))
                .body("sequence", equalTo(0)).body("version", equalTo(0)).body("agenda", hasSize(0))
                .body("attendance.total", equalTo(0)).body("attendance.women", equalTo(0))
                .body("minutes", nullValue()).body("actionItems", hasSize(0)).body("attendees", hasSize(0))
                .extract();
        int id = created.jsonPath().getInt("id");
        assertThat(created.header("Location"), endsWith("/api/v1/meetings/" + id));
        admin().get("/api/v1/meetings/" + id).then().statusCode(200).body("id", equalTo(id))
                .body("warnings", nullValue());
    }

    @Test
    void quarterIsComputedInVientiane() {
        String code = swg();
        admin().body(meetingBody("Late", "REGULAR", "2024-03-31T23:30:00+07:00", "2024-04-01T00:30:00+07:00"))
                .post("/api/v1/swgs/" + code + "/meetings").then().statusCode(201)
                .body("date", equalTo("2024-03-31")).body("quarter", equalTo(1)).body("year", equalTo(2024))
                .body("startsAt", equalTo("2024-03-31T23:30:00+07:00"));
        admin().body(meetingBody("UTC evening", "REGULAR", "2024-03-31T20:00:00Z", "2024-03-31T22:00:00Z"))
                .post("/api/v1/swgs/" + code + "/meetings").then().statusCode(201)
                .body("date", equalTo("2024-04-01")).body("quarter", equalTo(2))
                .body("startsAt", equalTo("2024-04-01T03:00:00+07:00"));
        admin().body(meetingBody("New year", "REGULAR", "2023-12-31T17:00:00Z", "2023-12-31T18:00:00Z"))
                .post("/api/v1/swgs/" + code + "/meetings").then().statusCode(201)
                .body("date", equalTo("2024-01-01")).body("quarter", equalTo(1)).body("year", equalTo(2024));
    }

    @Test
    void invalidMeetingsAreRefused() {
        String code = swg();
        String path = "/api/v1/swgs/" + code + "/meetings";
        admin().body(meetingBody("Backwards", "REGULAR", "2024-07-10T10:00:00+07:00", "2024-07-10T09:00:00+07:00"))
                .post(path).then().statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("/validation")).body("errors.field", hasItem("endsAt"));
        admin().body(meetingBody("Zero", "REGULAR", "2024-07-10T10:00:00+07:00", "2024-07-10T10:00:00+07:00"))
                .post(path).then().statusCode(422).body("errors.field", hasItem("endsAt"));
        admin().body(meetingBody(" ", "REGULAR", "2024-07-10T10:00:00+07:00", "2024-07-10T11:00:00+07:00"))
                .post(path).then().statusCode(422).body("errors.field", hasItem("title"));
        admin().body(meetingBody("Kind", "PLENARY", "2024-07-10T10:00:00+07:00", "2024-07-10T11:00:00+07:00"))
                .post(path).then().statusCode(400).body("errors.field", hasItem("kind"));
        admin().body(meetingBody("No offset", "REGULAR", "2024-07-10T10:00:00", "2024-07-10T11:00:00+07:00"))
                .post(path).then().statusCode(400).body("errors.field", hasItem("startsAt"));
        Map<String, Object> b = meetingBody("Link", "REGULAR", "2024-07-10T10:00:00+07:00", "2024-07-10T11:00:00+07:00");
        b.put("onlineLink", "javascript:alert(1)");
        admin().body(b).post(path).then().statusCode(422).body("errors.field", hasItem("onlineLink"));
        admin().body(meetingBody("Nowhere", "REGULAR", "2024-07-10T10:00:00+07:00", "2024-07-10T11:00:00+07:00"))
                .post("/api/v1/swgs/atlantis/meetings").then().statusCode(404);
        admin().get("/api/v1/meetings/999999999").then().statusCode(404).body("type", endsWith("/not-found"));
        admin().get("/api/v1/meetings/abc").then().statusCode(400);
    }

    @Test
    void heldOnlyOnceStartedAndOnlyFromScheduled() {
        String code = swg();
        long future = meeting(code, "2024-06-15T10:30:00+07:00");
        admin().post("/api/v1/meetings/" + future + "/held").then().statusCode(409)
                .contentType("application/problem+json").body("type", endsWith("/conflict"))
                .body("detail", containsString("not started"));
        long started = meeting(code, "2024-06-15T10:00:00+07:00");
        admin().post("/api/v1/meetings/" + started + "/held").then().statusCode(200)
                .body("status", equalTo("HELD")).body("heldAt", equalTo("2024-06-15T10:00:00+07:00"))
                .body("version", equalTo(1));
        admin().post("/api/v1/meetings/" + started + "/held").then().statusCode(409);
        admin().body(Map.of("reason", "late")).post("/api/v1/meetings/" + started + "/cancel").then()
                .statusCode(409).body("detail", containsString("HELD"));
    }

    @Test
    void cancelNeedsReasonAndIsFinal() {
        String code = swg();
        long id = meeting(code, "2024-08-01T09:00:00+07:00");
        admin().body(Map.of()).post("/api/v1/meetings/" + id + "/cancel").then().statusCode(422)
                .body("errors.field", hasItem("reason"));
        admin().body(Map.of("reason", "  ")).post("/api/v1/meetings/" + id + "/cancel").then().statusCode(422);
        admin().body(Map.of("reason", "Chair travelling")).post("/api/v1/meetings/" + id + "/cancel").then()
                .statusCode(200).body("status", equalTo("CANCELLED")).body("cancelReason", equalTo("Chair travelling"))
                .body("sequence", equalTo(1)).body("cancelledAt", equalTo("2024-06-15T10:00:00+07:00"));
        admin().body(Map.of("reason", "again")).post("/api/v1/meetings/" + id + "/cancel").then().statusCode(409);
        long past = meeting(code, "2024-06-01T09:00:00+07:00");
        admin().body(Map.of("reason", "x")).post("/api/v1/meetings/" + past + "/cancel").then().statusCode(200);
        admin().post("/api/v1/meetings/" + past + "/held").then().statusCode(409);
    }

    @Test
    void rescheduleBumpsSequenceOnTimeOrPlaceOnly() {
        String code = swg();
        long id = meeting(code, "2024-08-01T09:00:00+07:00");
        String path = "/api/v1/meetings/" + id;
        Map<String, Object> b = meetingBody("Renamed", "REGULAR", "2024-08-01T09:00:00+07:00", "2024-08-01T11:00:00+07:00");
        admin().body(b).put(path).then().statusCode(428).body("errors.field", hasItem("version"));
        b.put("version", 0);
        admin().body(b).put(path).then().statusCode(200).body("title", equalTo("Renamed"))
                .body("sequence", equalTo(0)).body("version", equalTo(1));
        admin().body(b).put(path).then().statusCode(409).body("detail", containsString("Stale"));
        b.put("version", 1);
        b.put("startsAt", "2024-08-02T09:00:00+07:00");
        b.put("endsAt", "2024-08-02T11:00:00+07:00");
        admin().body(b).put(path).then().statusCode(200).body("sequence", equalTo(1))
                .body("date", equalTo("2024-08-02")).body("version", equalTo(2));
        b.put("version", 2);
        b.put("venue", "Lao Plaza Hotel");
        admin().body(b).put(path).then().statusCode(200).body("sequence", equalTo(2))
                .body("venue", equalTo("Lao Plaza Hotel"));
        b.put("version", 3);
        b.put("endsAt", "2024-08-02T08:00:00+07:00");
        admin().body(b).put(path).then().statusCode(422).body("errors.field", hasItem("endsAt"));
        admin().body(Map.of("reason", "x")).post(path + "/cancel").then().statusCode(200);
        b.put("version", 4);
        b.put("endsAt", "2024-08-02T12:00:00+07:00");
        admin().body(b).put(path).then().statusCode(409).body("detail", containsString("CANCELLED"));
    }

    @Test
    void listFiltersOnLocalDateStatusAndKind() {
        String code = swg();
        long q1 = meeting(code, "2024-03-31T23:30:00+07:00");
        long q2 = meeting(code, "2024-03-31T20:00:00Z");
        long sub = meeting(code, "2024-05-05T09:00:00+07:00", "SUB_SECTOR");
        admin().body(Map.of("reason", "x")).post("/api/v1/meetings/" + sub + "/cancel").then().statusCode(200);
        String list = "/api/v1/meetings?swg=" + code;
        admin().get(list).then().statusCode(200).body("total", equalTo(3)).body("items", hasSize(3))
                .body("items[0].id", equalTo((int) q1)).body("items[1].id", equalTo((int) q2));
        admin().get(list + "&from=2024-03-31&to=2024-03-31").then().body("total", equalTo(1))
                .body("items[0].id", equalTo((int) q1));
        admin().get(list + "&from=2024-04-01&to=2024-04-01").then().body("items.id", equalTo(java.util.List.of((int) q2)));
        admin().get(list + "&status=CANCELLED").then().body("items.id", equalTo(java.util.List.of((int) sub)));
        admin().get(list + "&kind=REGULAR&status=scheduled").then().body("total", equalTo(2));
        admin().get(list + "&size=1&page=1").then().body("items", hasSize(1)).body("page", equalTo(1))
                .body("total", equalTo(3));
        admin().get(list + "&from=2024-13-01").then().statusCode(400).body("errors.field", hasItem("from"));
        admin().get(list + "&status=DONE").then().statusCode(400);
        admin().get(list + "&from=2024-05-01&to=2024-04-01").then().statusCode(400);
    }
}
