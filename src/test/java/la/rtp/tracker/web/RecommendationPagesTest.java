package la.rtp.tracker.web;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.web.MeetingWeb.errorOf;
import static la.rtp.tracker.web.MeetingWeb.form;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import la.rtp.tracker.recommendation.RtpMeetings;
import la.rtp.tracker.support.Api;
import la.rtp.tracker.support.Fixtures;
import la.rtp.tracker.support.PinnedClock;
import la.rtp.tracker.support.TestClock;
import la.rtp.tracker.support.WebSession;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The recommendations page per role, and an addressed SWG's answer: accepted with one of its open
 * action items, declined without a reason (the error beside the field, nothing recorded), and
 * refused to another SWG's user. An RTIM of 10 June 2024 (minutes published on 12 June) makes one
 * recommendation to SWGs a and b; SWG c takes no part. Today is 15 June 2024.
 */
@QuarkusTest
@PinnedClock
class RecommendationPagesTest {

    @Inject
    TestClock clock;

    private String a;
    private String b;
    private String c;
    private String text;
    private long rec;
    private long itemA;
    private long doneItemA;
    private long itemB;
    private long ownA;
    private long rtim;
    private long agendaItem;

    @Inject
    SessionFactory sessionFactory;

    @BeforeEach
    void scenario() {
        clock.pin(Fixtures.NOW);
        a = Fixtures.swg();
        b = Fixtures.swg();
        c = Fixtures.swg();
        ownA = Fixtures.held(a, "2024-06-01T09:00:00+07:00");
        long ownB = Fixtures.held(b, "2024-06-01T09:00:00+07:00");
        itemA = Fixtures.actionItem(ownA, "Draft the financing plan", "2024-09-30");
        doneItemA = Fixtures.actionItem(ownA, "Already finished work", "2024-09-30");
        admin().body(Fixtures.statusChange(doneItemA, "DONE", null)).post("/api/v1/action-items/" + doneItemA
                + "/status").then().statusCode(200);
        itemB = Fixtures.actionItem(ownB, "Plan the joint review", "2024-09-30");
        rtim = RtpMeetings.rtim("RTIM 2024", LocalDate.of(2024, 6, 10), a, b);
        agendaItem = RtpMeetings.agendaItem(rtim, "Review of " + a, a);
        long item = agendaItem;
        text = Api.unique("Publish the financing plan");
        rec = admin().body(Map.of("type", "RECOMMENDATION", "textEn", text, "textLo", "ເຜີຍແຜ່ແຜນ " + text,
                "swgs", List.of(a, b), "dueDate", "2024-12-31"))
                .post("/api/v1/meetings/" + rtim + "/agenda-items/" + item + "/outcomes").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        RtpMeetings.held(rtim);
        RtpMeetings.publishMinutes(rtim, LocalDate.of(2024, 6, 12));
    }

    @Test
    void theSecretariatAndViewersSeeEveryEntryAnSwgUserOnlyItsOwn() {
        String list = "/app/recommendations?year=2024";
        for (WebSession all : List.of(WebSession.admin(), WebSession.signIn(Api.user("VIEWER")))) {
            all.get("/app").then().body(containsString("href=\"/app/recommendations\""));
            all.get(list).then().statusCode(200).body(containsString(text), containsString("data-swg=\"" + a + "\""),
                    containsString("data-swg=\"" + b + "\""));
        }
        WebSession secA = WebSession.signIn(Api.user("SWG_SECRETARIAT", a));
        String mine = secA.get(list).then().statusCode(200).extract().asString();
        assertTrue(mine.contains(text) && mine.contains("data-swg=\"" + a + "\""), mine);
        assertTrue(!mine.contains("data-swg=\"" + b + "\""), "only a's entry");
        WebSession secC = WebSession.signIn(Api.user("SWG_SECRETARIAT", c));
        secC.get(list).then().statusCode(200).body(not(containsString(text)));
        secC.get("/app/recommendations/" + rec).then().statusCode(404);

        // in Lao, the Lao text; the filters narrow the list
        secA.post("/app/language", form("language", "lo", "back", "/app")).then().statusCode(303);
        secA.get(list + "&status=OPEN").then().body(containsString("ເຜີຍແຜ່ແຜນ " + text), containsString("ຍັງບໍ່ຕອບ"));
        secA.get(list + "&status=DONE").then().body(not(containsString(text)));
        WebSession.admin().get(list + "&swg=" + c).then().body(not(containsString(text)));
        WebSession.admin().get("/app/recommendations?year=nonsense&status=whatever").then().statusCode(200);
    }

    @Test
    void anAddressedSwgAcceptsWithOneOfItsOpenActionItems() {
        WebSession secA = WebSession.signIn(Api.user("SWG_SECRETARIAT", a));
        String page = "/app/recommendations/" + rec;
        String shown = secA.get(page).then().statusCode(200).extract().asString();
        assertTrue(shown.contains("id=\"answer-form-" + a + "\"") && !shown.contains("id=\"answer-form-" + b + "\""),
                "a answers for a only");
        assertTrue(shown.contains("id=\"f-actionItemIds-" + a + "-" + itemA + "\""), "a's open action item is offered");
        assertTrue(!shown.contains("f-actionItemIds-" + a + "-" + doneItemA + "\"") && !shown.contains("-" + itemB
                + "\""), "neither a's finished item nor b's");

        secA.post(page + "/responses", form("swg", a, "decision", "ACCEPTED", "reason", "",
                "actionItemIds", List.of(String.valueOf(itemA)))).then().statusCode(303)
                .header("Location", endsWith(page + "?saved=answered"));
        secA.get(page + "?saved=answered").then().body(containsString("id=\"status-" + a + "\" data-status=\"IN_PROGRESS\""),
                containsString("Draft the financing plan"), containsString("role=\"status\""));
        admin().get("/api/v1/recommendations/" + rec).then()
                .body("addressees.find { it.swg == '" + a + "' }.status", equalTo("IN_PROGRESS"))
                .body("addressees.find { it.swg == '" + a + "' }.actions[0].id", equalTo((int) itemA));
    }

    @Test
    void decliningWithoutAReasonOrAcceptingWithoutAnActionShowsTheErrorBesideTheField() {
        WebSession chairB = WebSession.signIn(Api.user("SWG_CHAIR", b));
        String page = "/app/recommendations/" + rec;
        Response declined = chairB.post(page + "/responses", form("swg", b, "decision", "NOT_ACCEPTED", "reason", " "));
        declined.then().statusCode(422).body(containsString("id=\"form-errors\""));
        assertTrue(!errorOf(declined, "reason-" + b).isEmpty());
        assertTrue(declined.asString().contains("value=\"NOT_ACCEPTED\" id=\"f-decision-" + b + "-NOT_ACCEPTED\" checked"),
                "the choice is kept");
        Response accepted = chairB.post(page + "/responses", form("swg", b, "decision", "ACCEPTED", "reason", ""));
        accepted.then().statusCode(422);
        assertTrue(!errorOf(accepted, "actionItemIds-" + b).isEmpty());
        chairB.post(page + "/responses", form("swg", b, "reason", "")).then().statusCode(422)
                .body(containsString("id=\"e-decision-" + b + "\""));
        admin().get("/api/v1/recommendations/" + rec).then()
                .body("addressees.find { it.swg == '" + b + "' }.status", equalTo("OPEN"));

        chairB.post(page + "/responses", form("swg", b, "decision", "NOT_ACCEPTED", "reason", "No budget this year"))
                .then().statusCode(303);
        chairB.get(page).then().body(containsString("id=\"status-" + b + "\" data-status=\"NOT_ACCEPTED\""),
                containsString("No budget this year"));
    }

    @Test
    void anotherSwgsUserCannotAnswerForItAndAViewerCannotAnswerAtAll() {
        String page = "/app/recommendations/" + rec;
        Map<String, Object> answer = form("swg", a, "decision", "ACCEPTED", "actionItemIds", List.of(String.valueOf(itemA)));
        WebSession.signIn(Api.user("SWG_SECRETARIAT", b)).post(page + "/responses", answer).then().statusCode(403);
        WebSession.signIn(Api.user("SWG_SECRETARIAT", c)).post(page + "/responses", answer).then().statusCode(403);
        WebSession viewer = WebSession.signIn(Api.user("VIEWER"));
        viewer.get(page).then().statusCode(200).body(not(containsString("answer-form-")));
        viewer.post(page + "/responses", answer).then().statusCode(403);
        WebSession.signIn(Api.user("SWG_SECRETARIAT", a)).postRaw(page + "/responses", answer).then()
                .statusCode(403);
        admin().get("/api/v1/recommendations/" + rec).then()
                .body("addressees.find { it.swg == '" + a + "' }.status", equalTo("OPEN"));
    }

    @Test
    void bothPagesCostTheSameStatementsWhateverTheNumberOfRecommendationsAndActionItems() {
        WebSession secA = WebSession.signIn(Api.user("SWG_SECRETARIAT", a));
        String list = "/app/recommendations?year=2024&swg=" + a;
        String page = "/app/recommendations/" + rec;
        secA.post(page + "/responses", form("swg", a, "decision", "ACCEPTED", "actionItemIds",
                List.of(String.valueOf(itemA)))).then().statusCode(303);
        long listOne = statements(secA, list);
        long pageOne = statements(secA, page);
        for (int i = 0; i < 4; i++) {
            long more = admin().body(Map.of("type", "RECOMMENDATION", "textEn", Api.unique("More"), "swgs", List.of(a),
                    "dueDate", "2024-12-31")).post("/api/v1/meetings/" + rtim + "/agenda-items/" + agendaItem
                    + "/outcomes").then().statusCode(201).extract().jsonPath().getLong("id");
            long action = Fixtures.actionItem(ownA, Api.unique("Follow-up"), "2024-10-31");
            secA.post("/app/recommendations/" + more + "/responses", form("swg", a, "decision", "ACCEPTED",
                    "actionItemIds", List.of(String.valueOf(action)))).then().statusCode(303);
        }
        assertEquals(listOne, statements(secA, list), "GET " + list + " statements, 1 and 5 recommendations");
        assertEquals(pageOne, statements(secA, page), "GET " + page + " statements, 1 and 5 open action items");
    }

    private long statements(WebSession web, String path) {
        web.get(path).then().statusCode(200);
        sessionFactory.getStatistics().clear();
        web.get(path).then().statusCode(200);
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }
}
