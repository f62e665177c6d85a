package la.rtp.tracker.partner;

import static io.restassured.RestAssured.given;
import static la.rtp.tracker.partner.PartnerFixtures.drafted;
import static la.rtp.tracker.partner.PartnerFixtures.published;
import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Api.anonymous;
import static la.rtp.tracker.support.Api.as;
import static la.rtp.tracker.support.Api.partner;
import static la.rtp.tracker.support.Api.user;
import static la.rtp.tracker.support.Fixtures.swg;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import la.rtp.tracker.support.Api;
import la.rtp.tracker.support.Fixtures;
import la.rtp.tracker.support.PinnedClock;
import la.rtp.tracker.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who may read the partner feeds, and how a token may be presented. */
@QuarkusTest
@PinnedClock
class PartnerAccessTest {

    @Inject
    TestClock clock;

    @BeforeEach
    void pin() {
        clock.pin(Fixtures.NOW);
    }

    private static List<String> paths(String code, long meetingId) {
        return List.of("/api/v1/minutes?swg=" + code, "/api/v1/minutes/" + meetingId,
                "/feeds/minutes.atom?swg=" + code, "/calendar/meetings.ics?swg=" + code);
    }

    private static void unauthenticated(RequestSpecification spec, String path) {
        spec.get(path).then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", notNullValue()).body("type", endsWith("/unauthenticated"));
    }

    @Test
    void everyHumanRoleAndPartnerTokensReadAnonymousDoesNot() {
        String code = swg();
        long m = published(code, "2024-06-10T09:00:00+07:00");
        String token = PartnerFixtures.token();
        List<RequestSpecification> readers = List.of(admin(), as(user("VIEWER")), as(user("SWG_SECRETARIAT", "education")),
                as(user("SWG_CHAIR", "education")), partner(token));
        for (String path : paths(code, m)) {
            for (RequestSpecification reader : readers) {
                reader.accept("*/*").get(path).then().statusCode(200);
            }
            unauthenticated(anonymous().accept("*/*"), path);
        }
    }

    @Test
    void tokenInTheQueryOnFeedsOnly() {
        String code = swg();
        long m = published(code, "2024-06-10T09:00:00+07:00");
        String token = PartnerFixtures.token();
        given().queryParam("token", token).get("/feeds/minutes.atom").then().statusCode(200)
                .contentType("application/atom+xml;charset=UTF-8");
        given().queryParam("token", token).get("/calendar/meetings.ics").then().statusCode(200)
                .contentType("text/calendar;charset=UTF-8");
        unauthenticated(anonymous().queryParam("token", token), "/api/v1/minutes");
        unauthenticated(anonymous().queryParam("token", token), "/api/v1/minutes/" + m);
        unauthenticated(given().queryParam("token", "swgt_not-a-token"), "/feeds/minutes.atom");
    }

    @Test
    void revokedTokensAreRefusedEverywhere() {
        String code = swg();
        long m = published(code, "2024-06-10T09:00:00+07:00");
        Map<String, Object> issued = Api.partnerToken();
        String token = (String) issued.get("token");
        partner(token).get("/api/v1/minutes/" + m).then().statusCode(200);
        admin().delete("/api/v1/partner-tokens/" + issued.get("id")).then().statusCode(204);
        for (String path : paths(code, m)) {
            unauthenticated(partner(token).accept("*/*"), path);
        }
        unauthenticated(given().queryParam("token", token), "/feeds/minutes.atom");
        unauthenticated(given().queryParam("token", token), "/calendar/meetings.ics");
    }

    @Test
    void partnersStillCannotReadDraftsThroughTheMeetingsApi() {
        String code = swg();
        long draft = drafted(code, "2024-06-10T09:00:00+07:00");
        long done = published(code, "2024-06-11T09:00:00+07:00");
        String token = PartnerFixtures.token();
        for (long m : List.of(draft, done)) {
            partner(token).get("/api/v1/meetings/" + m + "/minutes").then().statusCode(403)
                    .contentType("application/problem+json").body("type", endsWith("/forbidden"));
        }
        partner(token).get("/api/v1/minutes/" + draft).then().statusCode(404);
        partner(token).get("/api/v1/minutes/" + done).then().statusCode(200).body("meetingId", equalTo((int) done));
    }
}
