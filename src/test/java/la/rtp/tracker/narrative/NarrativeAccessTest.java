package la.rtp.tracker.narrative;

import static la.rtp.tracker.narrative.NarrativeFixtures.english;
import static la.rtp.tracker.narrative.NarrativeFixtures.path;
import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Api.anonymous;
import static la.rtp.tracker.support.Api.as;
import static la.rtp.tracker.support.Api.partner;
import static la.rtp.tracker.support.Api.user;
import static la.rtp.tracker.support.Fixtures.swg;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import la.rtp.tracker.support.Api;
import org.junit.jupiter.api.Test;

/** Who may read and write narratives, and input refused with nothing changed. */
@QuarkusTest
class NarrativeAccessTest {

    @Test
    void writersAreTheSwgsSecretariatAndChairAndTheRtpSecretariat() {
        String code = swg();
        String other = swg();
        String viewer = user("VIEWER");
        String otherSecretariat = user("SWG_SECRETARIAT", other);
        String token = (String) Api.partnerToken().get("token");
        anonymous().body(english("x", null)).put(path(code, 2023)).then().statusCode(401);
        as(viewer).body(english("x", null)).put(path(code, 2023)).then().statusCode(403);
        as(otherSecretariat).body(english("x", null)).put(path(code, 2023)).then().statusCode(403);
        partner(token).body(english("x", null)).put(path(code, 2023)).then().statusCode(403);
        admin().get(path(code, 2023)).then().statusCode(404);

        as(user("SWG_CHAIR", code)).body(english("Chair", null)).put(path(code, 2023)).then().statusCode(201);
        as(otherSecretariat).post(path(code, 2023) + "/submit").then().statusCode(403);
        as(viewer).post(path(code, 2023) + "/submit").then().statusCode(403);
        as(user("SWG_SECRETARIAT", code)).post(path(code, 2023) + "/submit").then().statusCode(200);
        as(user("SWG_CHAIR", code)).post(path(code, 2023) + "/accept").then().statusCode(403);
        as(viewer).body(Map.of("reason", "No")).post(path(code, 2023) + "/return").then().statusCode(403);

        // readers: every human, scoped or not; partner tokens refused
        as(viewer).get(path(code, 2023)).then().statusCode(200).body("status", equalTo("SUBMITTED"));
        as(otherSecretariat).get(path(code, 2023)).then().statusCode(200);
        as(viewer).get("/api/v1/narratives?swg=" + code).then().statusCode(200).body("items", hasSize(1));
        partner(token).get(path(code, 2023)).then().statusCode(403);
        partner(token).get("/api/v1/narratives").then().statusCode(403);
        admin().get(path(code, 2023)).then().body("history", hasSize(2));
    }

    @Test
    void badInputIsRefusedAndNothingChanges() {
        String code = swg();
        admin().body(Map.of("achievementsEn", "x".repeat(8001))).put(path(code, 2023)).then().statusCode(422)
                .body("errors[0].field", equalTo("achievementsEn"));
        admin().body(Map.of("challengesLo", "bell\u0007")).put(path(code, 2023)).then().statusCode(422);
        admin().body(Map.of("version", "one")).put(path(code, 2023)).then().statusCode(400);
        admin().get(path(code, 2023)).then().statusCode(404);
        admin().body(english("Ok", null)).put(path(code, 1800)).then().statusCode(400);
        admin().body(english("Ok", null)).put(path("no-such-swg", 2023)).then().statusCode(404);
        admin().body(Map.of("achievementsEn", "x".repeat(8000))).put(path(code, 2023)).then().statusCode(201);
        admin().body(Map.of("version", 0, "achievementsEn", "y".repeat(8001))).put(path(code, 2023)).then()
                .statusCode(422);
        admin().get(path(code, 2023)).then().body("version", equalTo(0)).body("challengesLo", nullValue());
        admin().post(path(code, 2023) + "/accept").then().statusCode(409);
        admin().body(Map.of("reason", "No")).post(path(code, 2023) + "/return").then().statusCode(409);
        admin().post(path(code, 2030) + "/submit").then().statusCode(404);
    }
}
