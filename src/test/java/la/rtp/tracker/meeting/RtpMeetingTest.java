package la.rtp.tracker.meeting;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Api.as;
import static la.rtp.tracker.support.Api.partner;
import static la.rtp.tracker.support.Api.user;
import static la.rtp.tracker.support.Fixtures.meetingBody;
import static la.rtp.tracker.support.Fixtures.swg;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import la.rtp.tracker.support.Api;
import la.rtp.tracker.support.Fixtures;
import la.rtp.tracker.support.PinnedClock;
import la.rtp.tracker.support.TestClock;
import la.rtp.tracker.support.WebSession;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Meetings the RTP secretariat organises above the SWGs: scheduling, who writes them, who reads them. */
@QuarkusTest
@PinnedClock
class RtpMeetingTest {

    @Inject
    TestClock clock;

    @Inject
    SessionFactory sessionFactory;

    @BeforeEach
    void pin() {
        clock.pin(Fixtures.NOW);
    }

    /** The create body of an RTP-level meeting of this kind with these SWGs taking part. */
    static Map<String, Object> rtpBody(String kind, String startsAt, Object swgs) {
        Map<String, Object> b = meetingBody("RTIM " + startsAt, kind, startsAt,
                OffsetDateTime.parse(startsAt).plusHours(3).toString());
        b.put("swgs", swgs);
        return b;
    }

    /** An RTIM with these SWGs taking part; returns its id. */
    static long rtim(String startsAt, String... swgs) {
        return admin().body(rtpBody("RTIM", startsAt, List.of(swgs))).post("/api/v1/meetings").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void theRtpSecretariatSchedulesAnRtimWithTheSwgsTakingPart() {
        String a = swg();
        String b = swg();
        var created = admin().body(rtpBody("RTIM", "2024-11-20T09:00:00+07:00", List.of(b, a)))
                .post("/api/v1/meetings").then().statusCode(201).header("Location", containsString("/api/v1/meetings/"))
                .body("organiser", equalTo("RTP")).body("swg", nullValue()).body("kind", equalTo("RTIM"))
                .body("swgs", equalTo(List.of(a, b).stream().sorted().toList())).body("province", nullValue())
                .extract().jsonPath();
        long id = created.getLong("id");
        admin().get("/api/v1/meetings/" + id).then().statusCode(200).body("organiser", equalTo("RTP"))
                .body("swgs.size()", equalTo(2));
        long own = Fixtures.meeting(a, "2024-11-21T09:00:00+07:00");
        admin().get("/api/v1/meetings/" + own).then().body("organiser", equalTo("SWG")).body("swg", equalTo(a))
                .body("swgs.size()", equalTo(0));
    }

    @Test
    void aProvincialConsultationNamesAProvincialAuthorityAndOnlyIt() {
        String a = swg();
        long province = Api.organization("PROVINCIAL_AUTHORITY");
        long ngo = Api.organization("NGO");
        Map<String, Object> body = rtpBody("PROVINCIAL_CONSULTATION", "2024-10-01T09:00:00+07:00", List.of(a));
        invalid(admin().body(body).post("/api/v1/meetings"), "provinceOrganizationId");
        body.put("provinceOrganizationId", ngo);
        invalid(admin().body(body).post("/api/v1/meetings"), "provinceOrganizationId");
        body.put("provinceOrganizationId", province);
        admin().body(body).post("/api/v1/meetings").then().statusCode(201)
                .body("province.id", equalTo((int) province)).body("kind", equalTo("PROVINCIAL_CONSULTATION"));
        Map<String, Object> rtim = rtpBody("RTIM", "2024-10-02T09:00:00+07:00", List.of(a));
        rtim.put("provinceOrganizationId", province);
        invalid(admin().body(rtim).post("/api/v1/meetings"), "provinceOrganizationId");
        assertRtpMeetings(a, 1);
    }

    @Test
    void kindsAndSwgsAreCheckedAndNothingIsWrittenOnRefusal() {
        String a = swg();
        invalid(admin().body(rtpBody("REGULAR", "2024-10-01T09:00:00+07:00", List.of(a))).post("/api/v1/meetings"),
                "kind");
        invalid(admin().body(meetingBody("RTIM", "RTIM", "2024-10-01T09:00:00+07:00", "2024-10-01T12:00:00+07:00"))
                .post("/api/v1/swgs/" + a + "/meetings"), "kind");
        invalid(admin().body(rtpBody("RTIM", "2024-10-01T09:00:00+07:00", List.of())).post("/api/v1/meetings"),
                "swgs");
        invalid(admin().body(rtpBody("RTIM", "2024-10-01T09:00:00+07:00", null)).post("/api/v1/meetings"), "swgs");
        admin().body(rtpBody("RTIM", "2024-10-01T09:00:00+07:00", List.of(a, "no-such-swg")))
                .post("/api/v1/meetings").then().statusCode(422).body("errors[0].field", equalTo("swgs"))
                .body("detail", containsString("no-such-swg"));
        Map<String, Object> own = meetingBody("Own", "REGULAR", "2024-10-01T09:00:00+07:00", "2024-10-01T11:00:00+07:00");
        own.put("swgs", List.of(a));
        invalid(admin().body(own).post("/api/v1/swgs/" + a + "/meetings"), "swgs");
        assertRtpMeetings(a, 0);
        admin().get("/api/v1/meetings?swg=" + a).then().body("total", equalTo(0));
        long mine = Fixtures.meeting(a, "2024-10-03T09:00:00+07:00");
        Map<String, Object> toRtim = rtpBody("RTIM", "2024-10-03T09:00:00+07:00", List.of(a));
        toRtim.put("version", 0);
        invalid(admin().body(toRtim).put("/api/v1/meetings/" + mine), "kind");
        admin().get("/api/v1/meetings/" + mine).then().body("kind", equalTo("REGULAR")).body("version", equalTo(0));
    }

    @Test
    void anRtpMeetingDoesNotCountAsAnSwgMeetingForCompliance() {
        String a = swg();
        String path = "/api/v1/swgs/" + a + "/compliance?year=2024&asOf=2024-06-15";
        String before = admin().get(path).then().statusCode(200).extract().asString();
        long id = rtim("2024-03-12T09:00:00+07:00", a);
        admin().post("/api/v1/meetings/" + id + "/held").then().statusCode(200);
        admin().body(Map.of("body", "Minutes", "language", "en")).put("/api/v1/meetings/" + id + "/minutes").then()
                .statusCode(201);
        admin().body(Map.of()).post("/api/v1/meetings/" + id + "/minutes/publish").then().statusCode(200);
        org.junit.jupiter.api.Assertions.assertEquals(before, admin().get(path).then().statusCode(200).extract()
                .asString());
    }

    @Test
    void onlyTheRtpSecretariatWritesAnRtpMeeting() {
        String a = swg();
        long scheduled = rtim("2024-08-01T09:00:00+07:00", a);
        long started = rtim("2024-06-12T09:00:00+07:00", a);
        long org = Api.organization("NGO");
        String token = (String) Api.partnerToken().get("token");
        List<RequestSpecification> refused = List.of(as(user("SWG_SECRETARIAT", a)), as(user("SWG_CHAIR", a)),
                as(user("VIEWER")), partner(token));
        Map<String, Object> reschedule = rtpBody("RTIM", "2024-08-02T09:00:00+07:00", List.of(a));
        reschedule.put("version", 0);
        String m = "/api/v1/meetings/";
        List<Object[]> writes = List.of(
                new Object[] {"POST", "/api/v1/meetings", rtpBody("RTIM", "2024-09-01T09:00:00+07:00", List.of(a))},
                new Object[] {"PUT", m + scheduled, reschedule},
                new Object[] {"POST", m + started + "/held", null},
                new Object[] {"POST", m + scheduled + "/cancel", Map.of("reason", "No quorum")},
                new Object[] {"POST", m + scheduled + "/agenda-items", Map.of("title", "Segment", "swg", a)},
                new Object[] {"POST", m + started + "/attendees", Map.of("fullName", "X", "gender", "MALE",
                        "organizationId", org)},
                new Object[] {"PUT", m + started + "/minutes", Map.of("body", "Minutes", "language", "en")},
                new Object[] {"POST", m + started + "/minutes/publish", Map.of()},
                new Object[] {"POST", m + started + "/action-items", Map.of("description", "Do it",
                        "ownerOrganizationId", org, "dueDate", "2024-07-01", "swg", a)});
        for (Object[] w : writes) {
            for (RequestSpecification spec : refused) {
                RequestSpecification s = w[2] == null ? spec : spec.body(w[2]);
                s.request((String) w[0], (String) w[1]).then().statusCode(403)
                        .contentType("application/problem+json").body("type", endsWith("/forbidden"));
            }
        }
        admin().get(m + scheduled).then().body("version", equalTo(0)).body("status", equalTo("SCHEDULED"))
                .body("agenda.size()", equalTo(0));
        admin().get(m + started).then().body("status", equalTo("SCHEDULED")).body("attendance.total", equalTo(0))
                .body("minutes", nullValue()).body("actionItemCount", equalTo(0));
        assertRtpMeetings(a, 2);
        // The RTP secretariat does them all.
        admin().body(reschedule).put(m + scheduled).then().statusCode(200).body("sequence", equalTo(1));
        admin().post(m + started + "/held").then().statusCode(200);
        admin().body(Map.of("fullName", "X", "gender", "MALE", "organizationId", org)).post(m + started + "/attendees")
                .then().statusCode(201);
        admin().body(Map.of("body", "Minutes", "language", "en")).put(m + started + "/minutes").then().statusCode(201);
        admin().body(Map.of()).post(m + started + "/minutes/publish").then().statusCode(200);
        admin().body(Map.of("reason", "Moved to next year")).post(m + scheduled + "/cancel").then().statusCode(200);
    }

    @Test
    void segmentsAndActionItemsBelongToATakingPartSwg() {
        String a = swg();
        String b = swg();
        String outsider = swg();
        long rtim = rtim("2024-06-12T09:00:00+07:00", a, b);
        long org = Api.organization("GOVERNMENT");
        String items = "/api/v1/meetings/" + rtim + "/agenda-items";
        admin().body(Map.of("title", "Review of " + b, "swg", b)).post(items).then().statusCode(201)
                .body("swg", equalTo(b));
        admin().body(Map.of("title", "Opening")).post(items).then().statusCode(201).body("swg", nullValue());
        invalid(admin().body(Map.of("title", "Outsider", "swg", outsider)).post(items), "swg");
        long own = Fixtures.meeting(a, "2024-07-01T09:00:00+07:00");
        invalid(admin().body(Map.of("title", "Segment", "swg", a)).post("/api/v1/meetings/" + own + "/agenda-items"),
                "swg");
        admin().get("/api/v1/meetings/" + rtim).then().body("agenda.swg", equalTo(java.util.Arrays.asList(b, null)));

        String actions = "/api/v1/meetings/" + rtim + "/action-items";
        Map<String, Object> action = new java.util.HashMap<>(Map.of("description", "Report on the RTIM "
                + "recommendations", "ownerOrganizationId", org, "dueDate", "2024-09-30"));
        invalid(admin().body(action).post(actions), "swg");
        action.put("swg", outsider);
        invalid(admin().body(action).post(actions), "swg");
        action.put("swg", a);
        admin().body(action).post(actions).then().statusCode(201).body("swg", equalTo(a));
        admin().get("/api/v1/meetings/" + rtim).then().body("actionItemCount", equalTo(1));
        admin().get("/api/v1/action-items?swg=" + b).then().body("total", equalTo(0));
    }

    @Test
    void swgUsersReadOnlyTheRtpMeetingsTheirSwgTakesPartIn() {
        String a = swg();
        String b = swg();
        long rtim = rtim("2024-11-20T09:00:00+07:00", a);
        long own = Fixtures.meeting(a, "2024-11-21T09:00:00+07:00");
        RequestSpecification inside = as(user("SWG_SECRETARIAT", a));
        RequestSpecification chairInside = as(user("SWG_CHAIR", a));
        RequestSpecification outside = as(user("SWG_SECRETARIAT", b));
        String path = "/api/v1/meetings/" + rtim;
        inside.get(path).then().statusCode(200).body("swgs", equalTo(List.of(a)));
        chairInside.get(path).then().statusCode(200);
        outside.get(path).then().statusCode(404).body("type", endsWith("/not-found"));
        as(user("SWG_SECRETARIAT", b)).get(path + "/agenda-items").then().statusCode(404);
        as(user("VIEWER")).get(path).then().statusCode(200);
        String list = "/api/v1/meetings?from=2024-11-20&to=2024-11-20&size=200";
        inside.get(list).then().statusCode(200).body("items.id", hasItem((int) rtim));
        outside.get(list).then().statusCode(200).body("items.id", not(hasItem((int) rtim)));
        admin().get(list + "&organiser=RTP").then().body("items.id", hasItem((int) rtim));
        admin().get(list + "&organiser=SWG").then().body("items.id", not(hasItem((int) rtim)));
        admin().get(list + "&organiser=NGO").then().statusCode(400);
        JsonPath ofA = admin().get("/api/v1/meetings?swg=" + a).then().statusCode(200).extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals(List.of((int) rtim, (int) own), ofA.getList("items.id", Integer.class));
        admin().get("/api/v1/meetings?swg=" + b).then().body("total", equalTo(0));
    }

    @Test
    void theWorkspaceShowsAnRtpMeetingWithItsOrganiserAndSwgs() {
        String a = swg();
        long id = rtim("2024-06-12T09:00:00+07:00", a);
        admin().body(Map.of("title", "Segment of " + a, "swg", a)).post("/api/v1/meetings/" + id + "/agenda-items")
                .then().statusCode(201);
        String page = WebSession.admin().get("/app/meetings/" + id).then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("RTP secretariat, with the SWGs " + a), page);
        WebSession.signIn(user("SWG_SECRETARIAT", a)).get("/app/meetings/" + id).then().statusCode(200);
        WebSession.signIn(user("SWG_SECRETARIAT", swg())).get("/app/meetings/" + id).then().statusCode(404);
    }

    @Test
    void theListCostsTheSameStatementsWithRtpMeetingsOnIt() {
        String a = swg();
        String b = swg();
        for (int day = 1; day <= 2; day++) {
            meetingsOfTheDay(a, b, day);
        }
        String path = "/api/v1/meetings?swg=" + a + "&from=2024-03-01&to=2024-03-31";
        long few = statements(path, 4);
        for (int day = 3; day <= 8; day++) {
            meetingsOfTheDay(a, b, day);
        }
        org.junit.jupiter.api.Assertions.assertEquals(few, statements(path, 16), "GET /meetings statements");
    }

    /** An RTIM with a segment item and a meeting of SWG {@code a} on that day of March 2024. */
    private static void meetingsOfTheDay(String a, String b, int day) {
        long id = rtim("2024-03-%02dT09:00:00+07:00".formatted(day), a, b);
        admin().body(Map.of("title", "Segment", "swg", b)).post("/api/v1/meetings/" + id + "/agenda-items").then()
                .statusCode(201);
        Fixtures.meeting(a, "2024-03-%02dT14:00:00+07:00".formatted(day));
    }

    private long statements(String path, int expectedItems) {
        admin().get(path).then().statusCode(200);
        sessionFactory.getStatistics().clear();
        admin().get(path).then().statusCode(200).body("items.size()", equalTo(expectedItems));
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    private static void invalid(io.restassured.response.Response r, String field) {
        r.then().statusCode(422).contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    private static void assertRtpMeetings(String swg, int expected) {
        admin().get("/api/v1/meetings?organiser=RTP&swg=" + swg).then().statusCode(200).body("total", equalTo(expected));
    }
}
