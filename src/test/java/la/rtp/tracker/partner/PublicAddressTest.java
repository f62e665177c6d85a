package la.rtp.tracker.partner;

import static la.rtp.tracker.support.Api.admin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.Map;
import la.rtp.tracker.support.Api;
import la.rtp.tracker.support.Fixtures;
import la.rtp.tracker.support.PinnedClock;
import la.rtp.tracker.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A client that forges {@code Host} or {@code X-Forwarded-Host} gets no link to its host: the
 * feeds' links and every {@code Location} come from {@code rtp.public-base-url} (in tests, the
 * test server's own address).
 */
@QuarkusTest
@PinnedClock
class PublicAddressTest {

    static final String EVIL = "evil.example";

    @TestHTTPResource("/")
    URL base;

    @Inject
    TestClock clock;

    @BeforeEach
    void pin() {
        clock.pin(Fixtures.NOW);
    }

    @Test
    void atomLinksIgnoreAForgedHost() {
        String swg = Fixtures.swg();
        long id = PartnerFixtures.published(swg, "2024-06-10T09:00:00+07:00");
        for (String header : new String[] {"Host", "X-Forwarded-Host"}) {
            String body = admin().accept("application/atom+xml").header(header, EVIL).queryParam("swg", swg)
                    .get("/feeds/minutes.atom").then().statusCode(200).extract().asString();
            assertFalse(body.contains(EVIL), header + ": " + body);
            assertTrue(body.contains("href=\"" + base + "api/v1/minutes/" + id + "\""), body);
            assertTrue(body.contains("href=\"" + base + "feeds/minutes.atom?swg=" + swg + "\""), body);
        }
    }

    @Test
    void locationOfACreateIgnoresAForgedHost() {
        for (String header : new String[] {"Host", "X-Forwarded-Host"}) {
            admin().header(header, EVIL).body(Map.of("name", Api.unique("Hosted org"), "type", "NGO"))
                    .post("/api/v1/organizations").then().statusCode(201)
                    .header("Location", not(containsString(EVIL)))
                    .header("Location", startsWith(base + "api/v1/organizations/"));
        }
        long meeting = Fixtures.meetingTitled(Fixtures.swg(), "2024-06-01T09:00:00+07:00", "Held");
        admin().post("/api/v1/meetings/" + meeting + "/held").then().statusCode(200);
        admin().header("Host", EVIL).body(Map.of("body", "Minutes", "language", "en"))
                .put("/api/v1/meetings/" + meeting + "/minutes").then().statusCode(201)
                .header("Location", startsWith(base + "api/v1/meetings/" + meeting + "/minutes"));
    }

    @Test
    void redirectsIgnoreAForgedHost() {
        RestAssured.given().redirects().follow(false).header("Host", EVIL).get("/app").then()
                .statusCode(302).header("Location", not(containsString(EVIL)))
                .header("Location", startsWith(base.toString()));
    }
}
