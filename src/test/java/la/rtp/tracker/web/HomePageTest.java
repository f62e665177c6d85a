package la.rtp.tracker.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
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
import org.junit.jupiter.api.Test;

@QuarkusTest
@PinnedClock
class HomePageTest {

    @Inject
    TestClock clock;

    @Inject
    SessionFactory sessionFactory;

    /** 10 August 2031, 10:00 in Vientiane: Q3 of a year no other test uses. */
    private void pinToAugust2031() {
        clock.pin(OffsetDateTime.parse("2031-08-10T10:00:00+07:00").toInstant());
    }

    @Test
    void aHealthSecretariatSeesHealthButNotEducationAndNoMatrix() {
        WebSession web = WebSession.signIn(Api.user("SWG_SECRETARIAT", "health"));
        web.get("/app").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<html lang=\"en\""), containsString("data-swg=\"health\""),
                        containsString("href=\"/app/swgs/health\""), containsString("submission deadline"),
                        not(containsString("data-swg=\"education\"")), not(containsString("compliance-matrix")));
    }

    @Test
    void rendersInLao() {
        WebSession web = WebSession.signIn(Api.user("VIEWER"));
        web.post("/app/language", Map.of("language", "lo", "back", "/app")).then().statusCode(303);
        web.get("/app").then().statusCode(200)
                .body(containsString("<html lang=\"lo\""), containsString("ພື້ນທີ່ເຮັດວຽກຂອງຂ້ອຍ"),
                        containsString("ໜ່ວຍງານຂະແໜງການສາທາລະນະສຸກ"), not(containsString("Overdue action items")));
    }

    @Test
    void aViewerSeesAllTenSwgsButNoMatrix() {
        String page = WebSession.signIn(Api.user("VIEWER")).get("/app").then().statusCode(200).extract().asString();
        assertEquals(10, page.split("class=\"swg-card\"").length - 1);
        assertTrue(page.contains("data-swg=\"education\"") && !page.contains("compliance-matrix"));
    }

    @Test
    void theNoMeetingWarningGoesOnceAMeetingIsScheduled() {
        pinToAugust2031();
        String code = Fixtures.swg();
        WebSession web = WebSession.signIn(Api.user("SWG_CHAIR", code));
        web.get("/app").then().statusCode(200)
                .body(containsString("class=\"warning no-meeting\" role=\"status\">No meeting scheduled for Q3"),
                        containsString("Meetings in Q3 2031"), containsString("No workplan for 2031"));

        long meeting = Fixtures.meetingTitled(code, "2031-09-02T09:00:00+07:00", "Third quarter meeting");
        web.get("/app").then().statusCode(200)
                .body(not(containsString("No meeting scheduled")),
                        containsString("<a href=\"/app/meetings/" + meeting + "\">Third quarter meeting</a>"),
                        containsString("2031-09-02 09:00"));
    }

    @Test
    void showsTheYearsWorkplanAndOverdueActionItems() {
        pinToAugust2031();
        String code = Fixtures.swg();
        long workplan = Fixtures.workplan(code, 2031);
        long meeting = Fixtures.meetingTitled(code, "2031-07-03T09:00:00+07:00", "July meeting");
        Fixtures.actionItem(meeting, "Send the decree draft", "2031-07-20");
        Fixtures.actionItem(meeting, "Not yet due", "2031-08-30");
        long done = Fixtures.actionItem(meeting, "Already done", "2031-07-10");
        Api.admin().body(Map.of("status", "DONE", "version", 0)).post("/api/v1/action-items/" + done + "/status").then()
                .statusCode(200);
        WebSession.signIn(Api.user("SWG_SECRETARIAT", code)).get("/app").then().statusCode(200)
                .body(containsString("href=\"/app/workplans/" + workplan + "\" data-status=\"DRAFT\">Draft</a>"),
                        containsString("submission deadline 2031-01-31"), containsString("Send the decree draft"),
                        containsString("due 2031-07-20"), not(containsString("Not yet due")),
                        not(containsString("Already done")));
    }

    @Test
    void theRtpSecretariatSeesTheComplianceMatrixWithLinks() {
        WebSession.admin().get("/app").then().statusCode(200)
                .body(containsString("id=\"compliance-matrix\""), containsString("<tr data-swg=\"health\">"),
                        containsString("<a href=\"/app/swgs/education\">"), containsString("data-rule=\"RTP-1\""),
                        containsString("href=\"/reports/compliance?year="), containsString("&amp;lang=en\""),
                        containsString("class=\"cell status-"));
    }

    @Test
    void theRtpSecretariatSeesTheYearsRtpCycleAndSwgUsersDoNot() {
        pinToAugust2031();
        Map<String, Object> body = Fixtures.meetingBody("RTIM 2031", "RTIM", "2031-11-20T09:00:00+07:00",
                "2031-11-20T17:00:00+07:00");
        body.put("swgs", List.of(Fixtures.swg(), Fixtures.swg()));
        long rtim = Api.admin().body(body).post("/api/v1/meetings").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        WebSession.admin().get("/app").then().statusCode(200)
                .body(containsString("id=\"rtp-cycle\""), containsString("The RTP cycle of 2031"),
                        containsString("<li data-meeting=\"" + rtim + "\" data-kind=\"RTIM\"><a href=\"/app/meetings/"
                                + rtim + "\">RTIM 2031</a>"),
                        containsString("2 SWGs taking part"),
                        containsString("href=\"/app/recommendations?year=2031\""),
                        containsString("href=\"/reports/recommendations?year=2031&amp;lang=en\""));
        WebSession.signIn(Api.user("SWG_SECRETARIAT", "health")).get("/app").then().statusCode(200)
                .body(not(containsString("id=\"rtp-cycle\"")));
    }

    @Test
    void theStatementCountDoesNotGrowWithTheNumberOfSwgs() {
        pinToAugust2031();
        String[] codes = {Fixtures.swg(), Fixtures.swg(), Fixtures.swg()};
        for (String code : codes) {
            Fixtures.workplan(code, 2031);
            long meeting = Fixtures.meetingTitled(code, "2031-07-03T09:00:00+07:00", "Meeting of " + code);
            Fixtures.actionItem(meeting, "Overdue of " + code, "2031-07-20");
        }
        WebSession one = WebSession.signIn(Api.user("SWG_SECRETARIAT", codes[0]));
        WebSession three = WebSession.signIn(Api.user("SWG_SECRETARIAT", codes));
        long forOne = statements(one, 1);
        long forThree = statements(three, 3);
        assertEquals(forOne, forThree, "statements of GET /app with 1 and with 3 SWGs");
    }

    private long statements(WebSession web, int cards) {
        web.get("/app").then().statusCode(200);
        sessionFactory.getStatistics().clear();
        String page = web.get("/app").then().statusCode(200).extract().asString();
        long count = sessionFactory.getStatistics().getPrepareStatementCount();
        assertEquals(cards, page.split("Overdue of ").length - 1, "overdue items shown");
        return count;
    }
}
