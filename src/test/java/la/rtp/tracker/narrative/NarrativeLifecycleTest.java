package la.rtp.tracker.narrative;

import static la.rtp.tracker.narrative.NarrativeFixtures.english;
import static la.rtp.tracker.narrative.NarrativeFixtures.path;
import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Api.as;
import static la.rtp.tracker.support.Api.user;
import static la.rtp.tracker.support.Fixtures.swg;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import la.rtp.tracker.support.PinnedClock;
import la.rtp.tracker.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** DRAFT -> SUBMITTED -> RETURNED -> SUBMITTED -> ACCEPTED, with versions, dates and history. */
@QuarkusTest
@PinnedClock
class NarrativeLifecycleTest {

    /** 20 January 2025, 10:00 in Vientiane. */
    static final Instant NOW = Instant.parse("2025-01-20T03:00:00Z");

    @Inject
    TestClock clock;

    @BeforeEach
    void pin() {
        clock.pin(NOW);
    }

    @Test
    void wholeLifecycle() {
        String code = swg();
        String secretariat = user("SWG_SECRETARIAT", code);
        as(secretariat).get(path(code, 2024)).then().statusCode(404);
        as(secretariat).body(Map.of("achievementsLo", "ຜົນສຳເລັດ", "challengesEn", "Staff turnover\nFunding"))
                .put(path(code, 2024)).then().statusCode(201)
                .header("Location", endsWith(path(code, 2024))).body("swg", equalTo(code))
                .body("year", equalTo(2024)).body("status", equalTo("DRAFT")).body("version", equalTo(0))
                .body("achievementsLo", equalTo("ຜົນສຳເລັດ")).body("challengesEn", equalTo("Staff turnover\nFunding"))
                .body("sectorOverviewEn", nullValue()).body("history", hasSize(1))
                .body("history[0].to", equalTo("DRAFT")).body("history[0].by", equalTo(secretariat));

        // once it exists: the version read, 428 without it, 409 when stale
        as(secretariat).body(english("Draft", null)).put(path(code, 2024)).then().statusCode(428);
        as(secretariat).body(english("Draft", 7L)).put(path(code, 2024)).then().statusCode(409);
        as(secretariat).body(english("Draft", 0L)).put(path(code, 2024)).then().statusCode(200)
                .body("version", equalTo(1)).body("achievementsEn", equalTo("Draft achievements"))
                .body("achievementsLo", nullValue());
        as(secretariat).get(path(code, 2024)).then().statusCode(200).body("sectorOverviewEn",
                equalTo("Draft sectorOverview"));

        as(secretariat).post(path(code, 2024) + "/submit").then().statusCode(200).body("status", equalTo("SUBMITTED"))
                .body("submittedOn", equalTo("2025-01-20")).body("history[1].from", equalTo("DRAFT"))
                .body("history[1].to", equalTo("SUBMITTED"));
        // not editable while submitted, nor submittable twice
        as(secretariat).body(english("Late", 2L)).put(path(code, 2024)).then().statusCode(409)
                .body("detail", containsString("SUBMITTED"));
        as(secretariat).post(path(code, 2024) + "/submit").then().statusCode(409);
        // only the RTP secretariat decides
        as(secretariat).body(Map.of("reason", "x")).post(path(code, 2024) + "/return").then().statusCode(403);
        as(secretariat).post(path(code, 2024) + "/accept").then().statusCode(403);

        clock.pin(Instant.parse("2025-01-25T03:00:00Z"));
        admin().body(Map.of()).post(path(code, 2024) + "/return").then().statusCode(422);
        admin().body(Map.of("reason", "Say what the NSEDP contribution was")).post(path(code, 2024) + "/return")
                .then().statusCode(200).body("status", equalTo("RETURNED"))
                .body("returnedReason", equalTo("Say what the NSEDP contribution was"))
                .body("history[2].reason", equalTo("Say what the NSEDP contribution was"))
                .body("history[2].on", equalTo("2025-01-25")).body("history[2].by", equalTo("admin"));
        long version = as(secretariat).get(path(code, 2024)).then().extract().jsonPath().getLong("version");
        as(secretariat).body(english("Revised", version)).put(path(code, 2024)).then().statusCode(200)
                .body("nsedpContributionEn", equalTo("Revised nsedpContribution"));
        as(secretariat).body(Map.of()).post(path(code, 2024) + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("submittedOn", equalTo("2025-01-25"));

        clock.pin(Instant.parse("2025-02-03T03:00:00Z"));
        admin().body(Map.of("acceptedOn", "2025-02-01")).post(path(code, 2024) + "/accept").then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("acceptedOn", equalTo("2025-02-01"))
                .body("acceptances", hasSize(1)).body("acceptances[0].acceptedOn", equalTo("2025-02-01"))
                .body("history", hasSize(5)).body("history[4].on", equalTo("2025-02-01"));
        as(secretariat).body(english("After", 99L)).put(path(code, 2024)).then().statusCode(409);

        admin().get("/api/v1/narratives?swg=" + code).then().statusCode(200).body("total", equalTo(1))
                .body("items[0].status", equalTo("ACCEPTED")).body("items[0].history", hasSize(5));
        admin().get("/api/v1/narratives?swg=" + code + "&status=DRAFT").then().body("total", equalTo(0));
        admin().get("/api/v1/narratives?year=2024&swg=" + code + "&size=1").then().body("size", equalTo(1))
                .body("items", hasSize(1));
        admin().get("/api/v1/narratives?size=0").then().statusCode(400);
        admin().get("/api/v1/narratives?status=LOST").then().statusCode(400);
        admin().get("/api/v1/audit?entityType=Narrative").then().statusCode(200);
    }

    @Test
    void submittingWithEverySectionEmptyIsRefusedNamingTheSections() {
        String code = swg();
        admin().body(Map.of("sectorOverviewEn", "  ", "sectorOverviewLo", "")).put(path(code, 2024)).then()
                .statusCode(201);
        admin().post(path(code, 2024) + "/submit").then().statusCode(422)
                .body("errors.field", containsInAnyOrder("sectorOverview", "achievements", "challenges",
                        "nsedpContribution", "nextPriorities"));
        admin().get(path(code, 2024)).then().body("status", equalTo("DRAFT")).body("history", hasSize(1));
        admin().body(Map.of("version", 0, "nextPrioritiesLo", "ບູລິມະສິດ")).put(path(code, 2024)).then()
                .statusCode(200);
        admin().post(path(code, 2024) + "/submit").then().statusCode(200).body("status", equalTo("SUBMITTED"));
    }

    @Test
    void businessDatesAreTodayUnlessTheRtpSecretariatGivesAnotherPastDay() {
        String code = swg();
        String chair = user("SWG_CHAIR", code);
        as(chair).body(english("Text", null)).put(path(code, 2024)).then().statusCode(201);
        as(chair).body(Map.of("submittedOn", "2025-01-10")).post(path(code, 2024) + "/submit").then()
                .statusCode(403);
        as(chair).body(Map.of("submittedOn", "2025-01-20")).post(path(code, 2024) + "/submit").then()
                .statusCode(200);
        admin().body(Map.of("acceptedOn", "2025-01-21")).post(path(code, 2024) + "/accept").then().statusCode(422)
                .body("errors[0].field", equalTo("acceptedOn"));
        admin().body(Map.of("acceptedOn", "2025-01-19")).post(path(code, 2024) + "/accept").then().statusCode(422)
                .body("detail", containsString("2025-01-20"));
        admin().get(path(code, 2024)).then().body("status", equalTo("SUBMITTED")).body("acceptances", hasSize(0));
    }
}
