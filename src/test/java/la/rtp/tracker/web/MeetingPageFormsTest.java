package la.rtp.tracker.web;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Api.as;
import static la.rtp.tracker.web.MeetingWeb.form;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import la.rtp.tracker.support.Api;
import la.rtp.tracker.support.Fixtures;
import la.rtp.tracker.support.PinnedClock;
import la.rtp.tracker.support.TestClock;
import la.rtp.tracker.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The meeting page offers "mark as held" only once the meeting has started, and the agenda form
 * under the API's conditions: until the minutes are published, then to the RTP secretariat only.
 */
@QuarkusTest
@PinnedClock
class MeetingPageFormsTest {

    private static final String HELD_FORM = "id=\"held-form\"";
    private static final String CANCEL_FORM = "id=\"cancel-form\"";
    private static final String AGENDA_FORM = "id=\"agenda-form\"";

    @Inject
    TestClock clock;

    @BeforeEach
    void pin() {
        clock.pin(Fixtures.NOW);
    }

    @Test
    void markAsHeldIsOfferedFromTheStartTimeOn() {
        String code = Fixtures.swg();
        String secretariat = Api.user("SWG_SECRETARIAT", code);
        WebSession web = WebSession.signIn(secretariat);
        // NOW is 15 June 2024 10:00 in Vientiane
        long later = Fixtures.meeting(code, "2024-06-15T10:01:00+07:00");
        long now = Fixtures.meeting(code, "2024-06-15T10:00:00+07:00");
        long earlier = Fixtures.meeting(code, "2024-06-15T09:59:00+07:00");
        web.get("/app/meetings/" + later).then().statusCode(200)
                .body(not(containsString(HELD_FORM)), containsString(CANCEL_FORM));
        web.get("/app/meetings/" + now).then().body(containsString(HELD_FORM), containsString(CANCEL_FORM));
        web.get("/app/meetings/" + earlier).then().body(containsString(HELD_FORM));

        as(secretariat).post("/api/v1/meetings/" + later + "/held").then().statusCode(409)
                .contentType("application/problem+json").body("type", endsWith("/conflict"))
                .body("detail", equalTo("Meeting " + later + " has not started yet: it starts at"
                        + " 2024-06-15T10:01+07:00"));
        web.post("/app/meetings/" + later + "/held", Map.of()).then().statusCode(409)
                .body(containsString("has not started yet"), not(containsString(HELD_FORM)));
        admin().get("/api/v1/meetings/" + later).then().body("status", equalTo("SCHEDULED"))
                .body("heldAt", equalTo(null));

        clock.pin(Fixtures.NOW.plusSeconds(60));
        web.get("/app/meetings/" + later).then().body(containsString(HELD_FORM));
        as(secretariat).post("/api/v1/meetings/" + later + "/held").then().statusCode(200)
                .body("status", equalTo("HELD"));
        web.get("/app/meetings/" + later).then().body(not(containsString(HELD_FORM)), not(containsString(CANCEL_FORM)));
    }

    @Test
    void theAgendaFormStaysUntilTheMinutesArePublishedThenOnlyForTheRtpSecretariat() {
        String code = Fixtures.swg();
        WebSession web = WebSession.signIn(Api.user("SWG_SECRETARIAT", code));
        long id = Fixtures.meeting(code, "2024-06-10T09:00:00+07:00");
        String page = "/app/meetings/" + id;
        admin().post("/api/v1/meetings/" + id + "/held").then().statusCode(200);
        web.get(page).then().body(containsString(AGENDA_FORM), containsString("id=\"f-nsedpOutcomes-1\""));
        web.post(page + "/agenda-items", form("title", "Any other business: floods")).then().statusCode(303);

        admin().body(Map.of("body", "# Minutes", "language", "en")).put("/api/v1/meetings/" + id + "/minutes")
                .then().statusCode(201);
        admin().body(Map.of()).post("/api/v1/meetings/" + id + "/minutes/publish").then().statusCode(200);
        web.get(page).then().body(containsString("Any other business: floods"), not(containsString(AGENDA_FORM)));
        web.post(page + "/agenda-items", form("title", "Too late")).then().statusCode(409)
                .body(containsString("only the RTP secretariat may correct it"));
        WebSession.admin().get(page).then().body(containsString(AGENDA_FORM));
        WebSession.admin().post(page + "/agenda-items", form("title", "Correction")).then().statusCode(303);
        admin().get("/api/v1/meetings/" + id).then().body("agenda.title",
                equalTo(java.util.List.of("Any other business: floods", "Correction")));
    }

    @Test
    void aCancelledMeetingOffersNoAgendaForm() {
        String code = Fixtures.swg();
        long id = Fixtures.meeting(code, "2024-06-20T09:00:00+07:00");
        admin().body(Map.of("reason", "Minister abroad")).post("/api/v1/meetings/" + id + "/cancel").then()
                .statusCode(200);
        WebSession.admin().get("/app/meetings/" + id).then().body(not(containsString(AGENDA_FORM)),
                not(containsString(HELD_FORM)));
    }
}
