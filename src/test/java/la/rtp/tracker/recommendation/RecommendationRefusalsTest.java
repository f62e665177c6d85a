package la.rtp.tracker.recommendation;

import static la.rtp.tracker.recommendation.RecommendationScenario.answer;
import static la.rtp.tracker.recommendation.RecommendationScenario.ids;
import static la.rtp.tracker.support.Api.admin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import la.rtp.tracker.common.Time;
import la.rtp.tracker.support.Api;
import la.rtp.tracker.support.Fixtures;
import la.rtp.tracker.support.PinnedClock;
import la.rtp.tracker.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who may answer a recommendation and link actions to it, and which answers are refused, changing nothing. */
@QuarkusTest
@PinnedClock
class RecommendationRefusalsTest {

    private static final int YEAR = 2182;

    @Inject
    TestClock clock;

    private RecommendationScenario s;
    private long rec;
    private long itemA;
    private long itemB;

    @BeforeEach
    void scenario() {
        clock.pin(LocalDate.of(YEAR, 3, 20).atTime(LocalTime.of(10, 0)).atZone(Time.ZONE).toInstant());
        s = new RecommendationScenario(YEAR);
        rec = s.recommendation(s.segmentA, "Align the workplan with the NSEDP");
        itemA = s.action(s.a, "Map the activities to NSEDP outcomes");
        itemB = s.action(s.b, "Something of the other group");
    }

    private static long rows(String entity, long outcomeId) {
        return QuarkusTransaction.requiringNew().call(() -> entity.equals("response")
                ? RecommendationResponse.count("outcomeId", outcomeId)
                : RecommendationAction.count("outcomeId", outcomeId));
    }

    private void refused(RequestSpecification who, Map<String, Object> body, int status, String field) {
        String before = admin().get("/api/v1/recommendations/" + rec).asString();
        var r = who.body(body).post("/api/v1/recommendations/" + rec + "/responses").then().statusCode(status)
                .contentType("application/problem+json");
        if (field != null) {
            r.body("errors.field", hasItem(field));
        }
        assertEquals(0, rows("response", rec));
        assertEquals(0, rows("action", rec));
        assertEquals(before, admin().get("/api/v1/recommendations/" + rec).asString());
    }

    @Test
    void answersAreRefusedUntilTheMinutesArePublishedAndForCallersWhoMayNotWriteTheSwg() {
        Map<String, Object> accept = answer(s.a, "ACCEPTED", null, ids(itemA));
        refused(admin(), accept, 409, null);
        RtpMeetings.held(s.rtim);
        RtpMeetings.publishMinutes(s.rtim, LocalDate.of(YEAR, 3, 15));
        refused(Api.as(Api.user("VIEWER")), accept, 403, null);
        refused(Api.partner((String) Api.partnerToken().get("token")), accept, 403, null);
        refused(Api.anonymous(), accept, 401, null);
        refused(Api.as(Api.user("SWG_SECRETARIAT", Fixtures.swg())), accept, 403, null);
        refused(Api.as(Api.user("SWG_CHAIR", s.b)), accept, 403, null);
        Map<String, Object> backdated = new HashMap<>(accept);
        backdated.put("respondedOn", s.day(3, 16));
        refused(Api.as(Api.user("SWG_SECRETARIAT", s.a)), backdated, 403, null);
        admin().body(accept).post("/api/v1/recommendations/999999999/responses").then().statusCode(404);
        admin().body(Map.of("swg", s.a, "actionItemId", itemA)).post("/api/v1/recommendations/" + rec + "/actions")
                .then().statusCode(409);
        Api.as(Api.user("SWG_CHAIR", s.b)).body(Map.of("swg", s.a, "actionItemId", itemA))
                .post("/api/v1/recommendations/" + rec + "/actions").then().statusCode(403);
        assertEquals(0, rows("action", rec));
    }

    @Test
    void invalidAnswersAre422NamingTheField() {
        RtpMeetings.held(s.rtim);
        RtpMeetings.publishMinutes(s.rtim, LocalDate.of(YEAR, 3, 15));
        String other = Fixtures.swg();
        refused(admin(), answer(other, "ACCEPTED", null, ids(itemA)), 422, "swg");
        refused(admin(), answer(s.a, "NOT_ACCEPTED", " ", null), 422, "reason");
        refused(admin(), answer(s.a, "NOT_ACCEPTED", "No", ids(itemA)), 422, "actionItemIds");
        refused(admin(), answer(s.a, "ACCEPTED", null, null), 422, "actionItemIds");
        refused(admin(), answer(s.a, "ACCEPTED", null, ids(itemB)), 422, "actionItemIds");
        refused(admin(), answer(s.a, "ACCEPTED", null, ids(999_999_999L)), 422, "actionItemIds");
        refused(admin(), answer(s.a, "MAYBE", null, ids(itemA)), 400, null);
        refused(admin(), answer(s.a, null, null, ids(itemA)), 422, "decision");
        Map<String, Object> future = answer(s.a, "ACCEPTED", null, ids(itemA));
        future.put("respondedOn", s.day(3, 21));
        refused(admin(), future, 422, "respondedOn");
        Map<String, Object> early = answer(s.a, "ACCEPTED", null, ids(itemA));
        early.put("respondedOn", s.day(3, 14));
        refused(admin(), early, 422, "respondedOn");

        // The RTP secretariat may record a paper answer of an earlier day.
        Map<String, Object> paper = answer(s.a, "ACCEPTED", null, ids(itemA));
        paper.put("respondedOn", s.day(3, 16));
        admin().body(paper).post("/api/v1/recommendations/" + rec + "/responses").then().statusCode(201)
                .body("addressees.find { it.swg == '" + s.a + "' }.response.respondedOn", equalTo(s.day(3, 16)));
        admin().body(Map.of("swg", s.a, "actionItemId", itemA)).post("/api/v1/recommendations/" + rec + "/actions")
                .then().statusCode(409);
        admin().body(Map.of("swg", s.a, "actionItemId", itemB)).post("/api/v1/recommendations/" + rec + "/actions")
                .then().statusCode(422).body("errors.field", hasItem("actionItemId"));
        assertEquals(1, rows("response", rec));
        assertEquals(1, rows("action", rec));
    }
}
