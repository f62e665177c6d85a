package la.rtp.tracker.meeting;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Api.as;
import static la.rtp.tracker.support.Fixtures.held;
import static la.rtp.tracker.support.Fixtures.swg;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import la.rtp.tracker.support.Api;
import la.rtp.tracker.support.Fixtures;
import la.rtp.tracker.support.PinnedClock;
import la.rtp.tracker.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A meeting recorded afterwards, or an item raised under any other business: the agenda stays
 * open after the meeting until its minutes are published; then only the RTP secretariat corrects it.
 */
@QuarkusTest
@PinnedClock
class AgendaAfterTheMeetingTest {

    @Inject
    TestClock clock;

    @BeforeEach
    void pin() {
        clock.pin(Fixtures.NOW);
    }

    private static int add(String user, long meeting, String title, int expected) {
        var r = as(user).body(Map.of("title", title, "nsedpOutcomes", List.of(3)))
                .post("/api/v1/meetings/" + meeting + "/agenda-items").then().statusCode(expected);
        return expected == 201 ? r.extract().path("id") : -1;
    }

    private static void publish(long meeting) {
        admin().body(Map.of("body", "# Minutes", "language", "en")).put("/api/v1/meetings/" + meeting + "/minutes")
                .then().statusCode(201);
        admin().body(Map.of()).post("/api/v1/meetings/" + meeting + "/minutes/publish").then().statusCode(200);
    }

    @Test
    void aHeldMeetingsAgendaIsOpenToTheSwgUntilTheMinutesArePublished() {
        String code = swg();
        String secretariat = Api.user("SWG_SECRETARIAT", code);
        long m = held(code, "2024-06-10T09:00:00+07:00");
        int a = add(secretariat, m, "Review of the workplan", 201);
        int b = add(secretariat, m, "Any other business: flood response", 201);
        as(Api.user("SWG_CHAIR", code)).body(Map.of("itemIds", List.of(b, a), "versions", List.of(0, 0)))
                .put("/api/v1/meetings/" + m + "/agenda-items/order").then().statusCode(200);
        int c = add(secretariat, m, "Typo", 201);
        as(secretariat).delete("/api/v1/meetings/" + m + "/agenda-items/" + c).then().statusCode(204);
        admin().get("/api/v1/meetings/" + m + "/agenda-items").then()
                .body("items.id", equalTo(List.of(b, a))).body("items.position", equalTo(List.of(1, 2)));
        admin().queryParam("entityType", "AgendaItem").queryParam("entityId", b).get("/api/v1/audit").then()
                .statusCode(200).body("items.summary", equalTo(List.of(code + ": meeting " + m
                        + " agenda item 2 'Any other business: flood response'")));
    }

    @Test
    void afterPublicationOnlyTheRtpSecretariatCorrectsTheAgenda() {
        String code = swg();
        String secretariat = Api.user("SWG_SECRETARIAT", code);
        long m = held(code, "2024-06-10T09:00:00+07:00");
        int a = add(secretariat, m, "Review of the workplan", 201);
        publish(m);
        String refusal = "the minutes of meeting " + m + " are published, so its agenda is final; only the RTP"
                + " secretariat may correct it";
        as(secretariat).body(Map.of("title", "Forgotten item")).post("/api/v1/meetings/" + m + "/agenda-items")
                .then().statusCode(409).contentType("application/problem+json").body("type", endsWith("/conflict"))
                .body("detail", equalTo("Cannot add an agenda item: " + refusal));
        as(Api.user("SWG_CHAIR", code)).body(Map.of("itemIds", List.of(a)))
                .put("/api/v1/meetings/" + m + "/agenda-items/order").then().statusCode(409)
                .body("detail", containsString(refusal));
        as(secretariat).delete("/api/v1/meetings/" + m + "/agenda-items/" + a).then().statusCode(409)
                .body("detail", containsString(refusal));
        admin().get("/api/v1/meetings/" + m + "/agenda-items").then().body("items.id", equalTo(List.of(a)));

        int b = admin().body(Map.of("title", "Forgotten item")).post("/api/v1/meetings/" + m + "/agenda-items")
                .then().statusCode(201).body("position", equalTo(2)).extract().path("id");
        admin().get("/api/v1/meetings/" + m + "/agenda-items").then().body("items.id", equalTo(List.of(a, b)));
        admin().queryParam("entityType", "AgendaItem").queryParam("entityId", b).get("/api/v1/audit").then()
                .statusCode(200).body("items.summary", equalTo(List.of(code + ": meeting " + m
                        + " (correction after the minutes' publication) agenda item 2 'Forgotten item'")));
        admin().delete("/api/v1/meetings/" + m + "/agenda-items/" + b).then().statusCode(204);
    }
}
