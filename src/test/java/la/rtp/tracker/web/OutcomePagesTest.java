package la.rtp.tracker.web;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.web.MeetingWeb.errorOf;
import static la.rtp.tracker.web.MeetingWeb.form;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The meeting page's "record an outcome" form: the RTP secretariat records a recommendation to the
 * SWGs taking part in an RTIM and sees it under its agenda item; a recommendation without SWGs or
 * due date is refused field by field and nothing is recorded; an SWG secretariat taking part reads
 * the outcomes but gets no form and is refused (403). An SWG's own meeting offers no recommendation.
 */
@QuarkusTest
@PinnedClock
class OutcomePagesTest {

    @Inject
    TestClock clock;

    private String a;
    private String b;
    private long rtim;
    private long item;

    @BeforeEach
    void scenario() {
        clock.pin(Fixtures.NOW);
        a = Fixtures.swg();
        b = Fixtures.swg();
        rtim = RtpMeetings.rtim("RTIM outcomes", LocalDate.of(2024, 6, 10), a, b);
        item = RtpMeetings.agendaItem(rtim, "Review of " + a, a);
    }

    private static Map<String, Object> outcome(long item, String type, String textEn, List<String> swgs, String due) {
        return form("agendaItemId", String.valueOf(item), "outcomeType", type, "outcomeTextEn", textEn,
                "outcomeTextLo", "", "outcomeSwgs", swgs, "outcomeDueDate", due);
    }

    @Test
    void theSecretariatRecordsARecommendationUnderItsAgendaItem() {
        WebSession web = WebSession.admin();
        String page = "/app/meetings/" + rtim;
        web.get(page).then().statusCode(200).body(containsString("id=\"outcome-form\""),
                containsString("id=\"f-outcomeSwgs-" + b + "\""), containsString("value=\"RECOMMENDATION\""));
        String text = Api.unique("Publish the plan");
        web.post(page + "/outcomes", outcome(item, "RECOMMENDATION", text, List.of(a), "2024-12-31")).then()
                .statusCode(303).header("Location", endsWith(page + "?saved=outcome#agenda"));
        web.get(page + "?saved=outcome").then().body(containsString("id=\"outcomes-" + item + "\""),
                containsString(text), containsString("2024-12-31"));
        admin().get("/api/v1/meetings/" + rtim + "/outcomes").then().body("items.size()", equalTo(1))
                .body("items[0].swgs", equalTo(List.of(a))).body("items[0].textEn", equalTo(text));

        // a decision takes no SWGs nor due date: ticked ones are not sent on
        web.post(page + "/outcomes", outcome(item, "DECISION", "Agreed", List.of(b), "2024-12-31")).then()
                .statusCode(303);
        admin().get("/api/v1/meetings/" + rtim + "/outcomes").then().body("items.size()", equalTo(2))
                .body("items[1].type", equalTo("DECISION")).body("items[1].swgs", equalTo(List.of()));
    }

    @Test
    void aRecommendationWithoutSwgsOrDueDateIsRefusedBesideTheFields() {
        WebSession web = WebSession.admin();
        String page = "/app/meetings/" + rtim;
        Response refused = web.post(page + "/outcomes", outcome(item, "RECOMMENDATION", "Typed text", List.of(), ""));
        refused.then().statusCode(422).body(containsString("Typed text"));
        assertTrue(!errorOf(refused, "outcomeSwgs").isEmpty());
        assertTrue(!errorOf(refused, "outcomeDueDate").isEmpty());
        Response noText = web.post(page + "/outcomes", outcome(item, "INFORMATION", "", List.of(), ""));
        noText.then().statusCode(422);
        assertTrue(!errorOf(noText, "outcomeTextEn").isEmpty());
        web.post(page + "/outcomes", outcome(item, "RECOMMENDATION", "x", List.of(a), "not a date")).then()
                .statusCode(422).body(containsString("id=\"e-outcomeDueDate\""));
        admin().get("/api/v1/meetings/" + rtim + "/outcomes").then().body("items.size()", equalTo(0));
    }

    @Test
    void anSwgSecretariatTakingPartReadsTheOutcomesButMayNotRecordOne() {
        String text = Api.unique("Report by quarter");
        WebSession.admin().post("/app/meetings/" + rtim + "/outcomes",
                outcome(item, "RECOMMENDATION", text, List.of(a, b), "2024-12-31")).then().statusCode(303);
        WebSession secA = WebSession.signIn(Api.user("SWG_SECRETARIAT", a));
        secA.get("/app/meetings/" + rtim).then().statusCode(200).body(containsString(text),
                not(containsString("id=\"outcome-form\"")));
        secA.post("/app/meetings/" + rtim + "/outcomes", outcome(item, "DECISION", "Forged", List.of(), "")).then()
                .statusCode(403);
        WebSession.signIn(Api.user("VIEWER")).post("/app/meetings/" + rtim + "/outcomes",
                outcome(item, "DECISION", "Forged", List.of(), "")).then().statusCode(403);
        admin().get("/api/v1/meetings/" + rtim + "/outcomes").then().body("items.size()", equalTo(1));

        // an SWG's own meeting: outcomes, but no recommendation among the types
        long own = Fixtures.meeting(a, "2024-06-20T09:00:00+07:00");
        admin().body(Map.of("title", "Any other business")).post("/api/v1/meetings/" + own + "/agenda-items").then()
                .statusCode(201);
        secA.get("/app/meetings/" + own).then().body(containsString("id=\"outcome-form\""),
                containsString("value=\"DECISION\""), not(containsString("value=\"RECOMMENDATION\"")));
    }
}
