package la.rtp.tracker.web;

import static la.rtp.tracker.support.Api.admin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import la.rtp.tracker.support.Api;
import la.rtp.tracker.support.Fixtures;
import la.rtp.tracker.support.PinnedClock;
import la.rtp.tracker.support.TestClock;
import la.rtp.tracker.support.WebSession;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PinnedClock
class SwgPageTest {

    @Inject
    TestClock clock;

    @Test
    void showsLeadersWorkplansMeetingsNewestFirstAndActionItems() {
        clock.pin(OffsetDateTime.parse("2031-08-10T10:00:00+07:00").toInstant());
        String code = Fixtures.swg();
        long ministry = Api.organization("GOVERNMENT");
        long person = admin().body(Map.of("fullName", "Dr Chanthala Keo", "gender", "FEMALE", "organizationId",
                ministry)).post("/api/v1/people").then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> chair = new HashMap<>(Map.of("personId", person, "role", "CHAIR", "startDate",
                "2030-01-01", "endDate", "2032-12-31"));
        admin().body(chair).post("/api/v1/swgs/" + code + "/members").then().statusCode(201);
        long workplan = Fixtures.workplan(code, 2031);
        long older = Fixtures.meetingTitled(code, "2031-03-03T09:00:00+07:00", "First meeting");
        long newer = Fixtures.meetingTitled(code, "2031-07-03T09:00:00+07:00", "Second meeting");
        Fixtures.actionItem(older, "Circulate the workplan draft", "2031-04-01");
        Fixtures.actionItem(newer, "Prepare the next agenda", "2031-12-01");

        WebSession web = WebSession.signIn(Api.user("SWG_SECRETARIAT", code));
        String page = web.get("/app/swgs/" + code).then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<html lang=\"en\""), containsString("<h1>Group " + code + "</h1>"),
                        containsString("Ministry of Health"), containsString("Dr Chanthala Keo"),
                        containsString("2030-01-01 to 2032-12-31"),
                        containsString("href=\"/app/workplans/" + workplan + "\">Workplan 2031</a>"),
                        containsString("id=\"workplan-create-form\""), containsString("name=\"year\""),
                        containsString("value=\"2032\""), containsString("id=\"workplan-create-form-submit\""),
                        containsString("href=\"/app/swgs/" + code + "/meetings/new\""),
                        containsString("<tr class=\"overdue\" data-action="),
                        containsString("Prepare the next agenda"),
                        containsString("href=\"/reports/swg-progress/" + code + "?year=2031&amp;quarter=3&amp;lang=en\""))
                .extract().asString();
        assertTrue(page.indexOf("/app/meetings/" + newer + "\"") < page.indexOf("/app/meetings/" + older + "\""),
                "newest meeting first");
        assertTrue(page.indexOf("Circulate the workplan draft") < page.indexOf("Prepare the next agenda"));
    }

    @Test
    void otherSwgsAndViewersSeeThePageWithoutTheForms() {
        for (String user : new String[] {Api.user("VIEWER"), Api.user("SWG_SECRETARIAT", "education")}) {
            WebSession.signIn(user).get("/app/swgs/health").then().statusCode(200)
                    .body(containsString("Health Sector Working Group"), containsString("id=\"leaders\""),
                            not(containsString("workplan-create-form")), not(containsString("/meetings/new")));
        }
        WebSession.signIn(Api.user("SWG_SECRETARIAT", "health")).get("/app/swgs/health").then()
                .body(containsString("id=\"workplan-create-form\""), containsString("/app/swgs/health/meetings/new"));
    }

    @Test
    void rendersInLao() {
        WebSession web = WebSession.signIn(Api.user("VIEWER"));
        web.post("/app/language", Map.of("language", "lo", "back", "/app")).then().statusCode(303);
        web.get("/app/swgs/health").then().statusCode(200)
                .body(containsString("<html lang=\"lo\""), containsString("<h1>ໜ່ວຍງານຂະແໜງການສາທາລະນະສຸກ</h1>"),
                        containsString("ແຜນວຽກ ຕາມປີ"), not(containsString("Workplans by year")));
    }

    @Test
    void anUnknownSwgIsTheHtmlNotFoundPage() {
        WebSession.signIn(Api.user("VIEWER")).get("/app/swgs/no-such-group").then().statusCode(404)
                .contentType(containsString("text/html")).body(containsString("does not exist"));
    }
}
