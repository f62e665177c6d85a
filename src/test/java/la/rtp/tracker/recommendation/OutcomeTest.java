package la.rtp.tracker.recommendation;

import static la.rtp.tracker.recommendation.RecommendationScenario.answer;
import static la.rtp.tracker.recommendation.RecommendationScenario.body;
import static la.rtp.tracker.support.Api.admin;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import la.rtp.tracker.common.Time;
import la.rtp.tracker.support.Api;
import la.rtp.tracker.support.Fixtures;
import la.rtp.tracker.support.PinnedClock;
import la.rtp.tracker.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Outcomes of agenda items: who records them where, what a recommendation needs, and what an answer fixes. */
@QuarkusTest
@PinnedClock
class OutcomeTest {

    private static final int YEAR = 2181;

    @Inject
    TestClock clock;

    private RecommendationScenario s;

    @BeforeEach
    void scenario() {
        clock.pin(LocalDate.of(YEAR, 3, 20).atTime(LocalTime.of(10, 0)).atZone(Time.ZONE).toInstant());
        s = new RecommendationScenario(YEAR);
    }

    private String outcomes(long meeting, long item) {
        return "/api/v1/meetings/" + meeting + "/agenda-items/" + item + "/outcomes";
    }

    private int count(long meeting) {
        return admin().get("/api/v1/meetings/" + meeting + "/outcomes").then().statusCode(200).extract().jsonPath()
                .getList("items").size();
    }

    private void invalid(RequestSpecification who, long meeting, long item, Map<String, Object> body, int status,
            String... fields) {
        int before = count(meeting);
        var r = who.body(body).post(outcomes(meeting, item)).then().statusCode(status);
        if (fields.length > 0) {
            r.body("errors.field", hasItems(fields));
        }
        assertEquals(before, count(meeting));
    }

    @Test
    void anSwgRecordsDecisionsOnItsOwnMeetingsAndOnlyTheRtpSecretariatRecordsRecommendations() {
        long item = admin().body(Map.of("title", "Budget")).post("/api/v1/meetings/" + s.ownMeetingA + "/agenda-items")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String secA = Api.user("SWG_SECRETARIAT", s.a);
        var created = Api.as(secA).body(body("DECISION", "The budget is approved", null, null))
                .post(outcomes(s.ownMeetingA, item)).then().statusCode(201).extract();
        long id = created.jsonPath().getLong("id");
        assertThat(created.header("Location"), endsWith("/api/v1/outcomes/" + id));
        invalid(Api.as(Api.user("SWG_CHAIR", s.b)), s.ownMeetingA, item, body("DECISION", "x", null, null), 403);
        invalid(Api.as(secA), s.ownMeetingA, item, body("RECOMMENDATION", "x", List.of(s.a), s.day(6, 1)), 422, "type");
        invalid(Api.as(secA), s.ownMeetingA, item, body("INFORMATION", null, null, null), 422, "textEn", "textLo");
        invalid(Api.as(secA), s.ownMeetingA, s.segmentA, body("DECISION", "x", null, null), 404);
        Map<String, Object> rec = body("RECOMMENDATION", "Share the data", List.of(s.a), s.day(6, 1));
        invalid(Api.as(secA), s.rtim, s.segmentA, rec, 403);
        invalid(Api.as(Api.user("SWG_CHAIR", s.a)), s.rtim, s.segmentA, rec, 403);
        invalid(Api.as(Api.user("VIEWER")), s.rtim, s.segmentA, rec, 403);
        invalid(Api.partner((String) Api.partnerToken().get("token")), s.rtim, s.segmentA, rec, 403);
        admin().body(rec).post(outcomes(s.rtim, s.segmentA)).then().statusCode(201)
                .body("swgs", contains(s.a)).body("segment", equalTo(s.a)).body("dueDate", equalTo(s.day(6, 1)));
        Api.as(secA).get("/api/v1/outcomes/" + id).then().statusCode(200).body("type", equalTo("DECISION"))
                .body("textEn", equalTo("The budget is approved")).body("meetingId", equalTo((int) s.ownMeetingA));
    }

    @Test
    void aRecommendationIsAddressedToParticipatingSwgsWithADueDate() {
        String other = Fixtures.swg();
        long org = Api.organization("GOVERNMENT");
        invalid(admin(), s.rtim, s.segmentA, body("RECOMMENDATION", "x", null, s.day(6, 1)), 422, "swgs");
        invalid(admin(), s.rtim, s.segmentA, body("RECOMMENDATION", "x", List.of(s.a, other), s.day(6, 1)), 422, "swgs");
        invalid(admin(), s.rtim, s.segmentA, body("RECOMMENDATION", "x", List.of(s.a), null), 422, "dueDate");
        invalid(admin(), s.rtim, s.segmentA, body("RECOMMENDATION", "x", List.of(s.a), s.day(3, 9)), 422, "dueDate");
        invalid(admin(), s.rtim, s.segmentA, body("DECISION", "x", List.of(s.a), s.day(6, 1)), 422, "swgs", "dueDate");
        Map<String, Object> badOrg = body("RECOMMENDATION", "x", List.of(s.a), s.day(6, 1));
        badOrg.put("organizationId", 999_999_999);
        invalid(admin(), s.rtim, s.segmentA, badOrg, 422, "organizationId");
        Map<String, Object> withOrg = body("RECOMMENDATION", "Finance the plan", List.of(s.a, s.b), s.day(6, 1));
        withOrg.put("organizationId", org);
        withOrg.put("textLo", "ສະໜອງທຶນໃຫ້ແຜນ");
        admin().body(withOrg).post(outcomes(s.rtim, s.segmentB)).then().statusCode(201)
                .body("organizationId", equalTo((int) org)).body("textLo", equalTo("ສະໜອງທຶນໃຫ້ແຜນ"));
        admin().body(body("INFORMATION", "The RTM is next year", null, null)).post(outcomes(s.rtim, s.segmentA))
                .then().statusCode(201);
        admin().get("/api/v1/meetings/" + s.rtim + "/outcomes").then().statusCode(200)
                .body("items.type", contains("INFORMATION", "RECOMMENDATION"))
                .body("items.agendaPosition", contains(1, 2));
    }

    @Test
    void anAnsweredRecommendationStaysOneAddressedToWhoAnswered() {
        long rec = s.recommendation(s.segmentA, "Publish the plan");
        String path = "/api/v1/outcomes/" + rec;
        Map<String, Object> change = body("RECOMMENDATION", "Publish the plan in Lao", List.of(s.a), s.day(7, 1));
        Api.as(Api.user("SWG_SECRETARIAT", s.a)).body(change).put(path).then().statusCode(403);
        admin().body(change).put(path).then().statusCode(428).body("errors[0].field", equalTo("version"));
        change.put("version", 99);
        admin().body(change).put(path).then().statusCode(409);
        change.put("version", 0);
        admin().body(change).put(path).then().statusCode(200).body("swgs", contains(s.a))
                .body("textEn", equalTo("Publish the plan in Lao")).body("version", equalTo(1));
        RtpMeetings.held(s.rtim);
        RtpMeetings.publishMinutes(s.rtim, LocalDate.of(YEAR, 3, 15));
        admin().body(answer(s.a, "NOT_ACCEPTED", "Not ours", null)).post("/api/v1/recommendations/" + rec + "/responses")
                .then().statusCode(201);
        Map<String, Object> retype = body("DECISION", "Publish the plan", null, null);
        retype.put("version", 1);
        admin().body(retype).put(path).then().statusCode(409);
        Map<String, Object> readdress = body("RECOMMENDATION", "Publish the plan", List.of(s.b), s.day(7, 1));
        readdress.put("version", 1);
        admin().body(readdress).put(path).then().statusCode(409);
        admin().delete(path).then().statusCode(409);
        admin().get(path).then().statusCode(200).body("version", equalTo(1)).body("swgs", contains(s.a));
        long info = admin().body(body("INFORMATION", "Noted", null, null)).post(outcomes(s.rtim, s.segmentB)).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        Api.as(Api.user("SWG_SECRETARIAT", s.b)).delete("/api/v1/outcomes/" + info).then().statusCode(403);
        admin().delete("/api/v1/outcomes/" + info).then().statusCode(204);
        admin().get("/api/v1/outcomes/" + info).then().statusCode(404);
        admin().get("/api/v1/recommendations/" + info).then().statusCode(404);
    }

    @Test
    void oncePublishedOnlyTheRtpSecretariatCorrectsAnSwgMeetingsOutcomes() {
        long item = admin().body(Map.of("title", "Minutes")).post("/api/v1/meetings/" + s.ownMeetingA + "/agenda-items")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        admin().body(Map.of("body", "Minutes", "language", "en")).put("/api/v1/meetings/" + s.ownMeetingA + "/minutes")
                .then().statusCode(201);
        admin().post("/api/v1/meetings/" + s.ownMeetingA + "/minutes/publish").then().statusCode(200);
        invalid(Api.as(Api.user("SWG_SECRETARIAT", s.a)), s.ownMeetingA, item, body("DECISION", "Late", null, null),
                409);
        admin().body(body("DECISION", "Corrected", null, null)).post(outcomes(s.ownMeetingA, item)).then()
                .statusCode(201).body("type", equalTo("DECISION"));
    }
}
