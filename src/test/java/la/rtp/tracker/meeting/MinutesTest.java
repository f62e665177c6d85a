package la.rtp.tracker.meeting;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Api.as;
import static la.rtp.tracker.support.Api.user;
import static la.rtp.tracker.support.Fixtures.held;
import static la.rtp.tracker.support.Fixtures.meeting;
import static la.rtp.tracker.support.Fixtures.swg;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import la.rtp.tracker.audit.AuditEntry;
import la.rtp.tracker.support.Fixtures;
import la.rtp.tracker.support.PinnedClock;
import la.rtp.tracker.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PinnedClock
class MinutesTest {

    @Inject
    TestClock clock;

    @BeforeEach
    void pin() {
        clock.pin(Fixtures.NOW);
    }

    private static Map<String, Object> minutes(String body, String language, Integer version) {
        Map<String, Object> b = new HashMap<>();
        b.put("body", body);
        b.put("language", language);
        b.put("version", version);
        return b;
    }

    @Test
    void writeRenderAndRewriteWithVersion() {
        String code = swg();
        long m = held(code, "2024-06-10T09:00:00+07:00");
        String path = "/api/v1/meetings/" + m + "/minutes";
        var created = admin().body(minutes("# Decisions\n\n<script>alert(1)</script> [x](javascript:alert(1))",
                "en", null)).put(path).then().statusCode(201).contentType("application/json")
                .body("meetingId", equalTo((int) m)).body("swg", equalTo(code))
                .body("meetingDate", equalTo("2024-06-10")).body("language", equalTo("en"))
                .body("bodyHtml", containsString("<h1>Decisions</h1>"))
                .body("bodyHtml", not(containsString("<script"))).body("bodyHtml", not(containsString("href=\"javascript")))
                .body("published", equalTo(false)).body("publishedOn", nullValue()).body("publishedAt", nullValue())
                .body("version", equalTo(0)).extract();
        assertThat(created.header("Location"), endsWith(path));
        admin().body(minutes("Again", "lo", null)).put(path).then().statusCode(428)
                .body("errors.field", hasItem("version"));
        admin().body(minutes("ບົດບັນທຶກ", "lo", 0)).put(path).then().statusCode(200).body("language", equalTo("lo"))
                .body("body", equalTo("ບົດບັນທຶກ")).body("version", equalTo(1));
        admin().body(minutes("Stale", "en", 0)).put(path).then().statusCode(409).body("type", endsWith("/conflict"));
        admin().get(path).then().statusCode(200).body("body", equalTo("ບົດບັນທຶກ")).body("title", containsString("Quarterly"));
        admin().get("/api/v1/meetings/" + m).then().body("minutes.language", equalTo("lo"))
                .body("minutes.published", equalTo(false)).body("minutes.version", equalTo(1))
                .body("minutes.body", nullValue());
    }

    @Test
    void invalidMinutesAreRefused() {
        long m = meeting(swg(), "2024-08-01T09:00:00+07:00");
        String path = "/api/v1/meetings/" + m + "/minutes";
        admin().get(path).then().statusCode(404);
        admin().body(minutes("Text", "fr", null)).put(path).then().statusCode(422)
                .body("errors.field", hasItem("language"));
        admin().body(minutes("", "en", null)).put(path).then().statusCode(422).body("errors.field", hasItem("body"));
        admin().body(minutes("x".repeat(200_001), "en", null)).put(path).then().statusCode(422)
                .body("errors.field", hasItem("body"));
        // Drafting ahead of the meeting is allowed; a cancelled meeting has no minutes.
        admin().body(minutes("x".repeat(200_000), "en", null)).put(path).then().statusCode(201);
        admin().body(Map.of("reason", "x")).post("/api/v1/meetings/" + m + "/cancel").then().statusCode(200);
        admin().body(minutes("y", "en", 0)).put(path).then().statusCode(409);
    }

    @Test
    void publishOnlyHeldMeetingsWithMinutesOnce() {
        String code = swg();
        long scheduled = meeting(code, "2024-08-01T09:00:00+07:00");
        admin().body(minutes("Draft", "en", null)).put("/api/v1/meetings/" + scheduled + "/minutes").then()
                .statusCode(201);
        admin().post("/api/v1/meetings/" + scheduled + "/minutes/publish").then().statusCode(409)
                .body("detail", containsString("held"));
        long m = held(code, "2024-06-10T09:00:00+07:00");
        String path = "/api/v1/meetings/" + m + "/minutes";
        admin().post(path + "/publish").then().statusCode(409).body("detail", containsString("no minutes"));
        admin().body(minutes("Final", "en", null)).put(path).then().statusCode(201);
        admin().post(path + "/publish").then().statusCode(200).body("published", equalTo(true))
                .body("publishedOn", equalTo("2024-06-15")).body("publishedAt", equalTo("2024-06-15T03:00:00Z"));
        admin().body(Map.of()).post(path + "/publish").then().statusCode(409).body("detail", containsString("already"));
        admin().get("/api/v1/meetings/" + m).then().body("minutes.published", equalTo(true))
                .body("minutes.publishedOn", equalTo("2024-06-15"));
    }

    @Test
    void onlyTheSecretariatRecordsAnotherPublicationDate() {
        String code = swg();
        long m = held(code, "2024-06-10T09:00:00+07:00");
        String path = "/api/v1/meetings/" + m + "/minutes";
        admin().body(minutes("Final", "en", null)).put(path).then().statusCode(201);
        String chair = user("SWG_CHAIR", code);
        as(chair).body(Map.of("publishedOn", "2024-06-12")).post(path + "/publish").then().statusCode(403)
                .body("type", endsWith("/forbidden"));
        admin().body(Map.of("publishedOn", "2024-06-16")).post(path + "/publish").then().statusCode(422)
                .body("errors.field", hasItem("publishedOn"));
        admin().body(Map.of("publishedOn", "2024-06-09")).post(path + "/publish").then().statusCode(422)
                .body("errors.field", hasItem("publishedOn")).body("detail", containsString("2024-06-10"));
        admin().body(Map.of("publishedOn", "not-a-date")).post(path + "/publish").then().statusCode(400);
        admin().body(Map.of("publishedOn", "2024-06-10")).post(path + "/publish").then().statusCode(200)
                .body("publishedOn", equalTo("2024-06-10"));
        long other = held(code, "2024-06-11T09:00:00+07:00");
        admin().body(minutes("Final", "en", null)).put("/api/v1/meetings/" + other + "/minutes").then().statusCode(201);
        as(chair).body(Map.of("publishedOn", "2024-06-15")).post("/api/v1/meetings/" + other + "/minutes/publish")
                .then().statusCode(200).body("publishedOn", equalTo("2024-06-15"));
    }

    @Test
    void editingPublishedMinutesKeepsPublicationAndIsAudited() {
        long m = held(swg(), "2024-06-10T09:00:00+07:00");
        String path = "/api/v1/meetings/" + m + "/minutes";
        admin().body(minutes("Final", "en", null)).put(path).then().statusCode(201);
        admin().post(path + "/publish").then().statusCode(200);
        clock.pin(Fixtures.NOW.plus(Duration.ofDays(2)));
        admin().body(minutes("Final, with a typo fixed", "en", 1)).put(path).then().statusCode(200)
                .body("published", equalTo(true)).body("publishedOn", equalTo("2024-06-15"))
                .body("publishedAt", equalTo("2024-06-15T03:00:00Z")).body("updatedAt", equalTo("2024-06-17T03:00:00Z"))
                .body("bodyHtml", equalTo("<p>Final, with a typo fixed</p>\n"));
        long audited = QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "entityType = 'Minutes' and entityId = ?1 and action = 'update-published'", String.valueOf(m)));
        assertEquals(1, audited);
    }
}
