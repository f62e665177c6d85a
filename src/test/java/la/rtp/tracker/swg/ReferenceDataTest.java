package la.rtp.tracker.swg;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Api.anonymous;
import static la.rtp.tracker.support.Api.as;
import static la.rtp.tracker.support.Api.partner;
import static la.rtp.tracker.support.Api.user;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import la.rtp.tracker.support.Api;
import org.junit.jupiter.api.Test;

/** What Flyway puts in an empty database: the ten SWGs and the 9th NSEDP with six outcomes. */
@QuarkusTest
class ReferenceDataTest {

    static final Set<String> TEN = Set.of("health", "education", "governance", "macroeconomics",
            "trade-private-sector", "infrastructure", "uxo-mine-action", "illicit-drug-control",
            "natural-resources-environment", "agriculture-rural-development");

    @Test
    void theTenSwgsAreTheOnlyTopLevelItems() {
        JsonPath json = admin().get("/api/v1/swgs").then().statusCode(200).contentType("application/json")
                .extract().jsonPath();
        List<String> codes = json.getList("items.code");
        assertEquals(10, codes.size(), codes.toString());
        assertEquals(TEN, new TreeSet<>(codes));
        for (Map<String, Object> swg : json.<Map<String, Object>>getList("items")) {
            for (String field : List.of("name", "nameLo", "leadMinistry", "mandate")) {
                assertTrue(swg.get(field) instanceof String s && !s.isBlank(), swg.get("code") + " " + field);
            }
            assertTrue(((String) swg.get("nameLo")).codePoints().anyMatch(c -> c >= 0x0E80 && c <= 0x0EFF),
                    "Lao script in " + swg.get("code"));
            assertEquals(null, swg.get("parentCode"));
        }
    }

    @Test
    void oneSwgByCode() {
        admin().get("/api/v1/swgs/governance").then().statusCode(200)
                .body("code", equalTo("governance"))
                .body("name", equalTo("Governance Sector Working Group"))
                .body("leadMinistry", containsString("Home Affairs"))
                .body("leadMinistry", containsString("Justice"))
                .body("cadence", equalTo("QUARTERLY"));
        admin().get("/api/v1/swgs/health").then().statusCode(200).body("leadMinistry", equalTo("Ministry of Health"))
                .body("nameLo", equalTo("ໜ່ວຍງານຂະແໜງການສາທາລະນະສຸກ"));
    }

    @Test
    void unknownSwgIs404AndMalformedAsOfIs400() {
        admin().get("/api/v1/swgs/no-such-swg").then().statusCode(404).contentType("application/problem+json")
                .body("type", containsString("not-found"));
        admin().get("/api/v1/swgs/health?asOf=yesterday").then().statusCode(400)
                .contentType("application/problem+json");
        admin().get("/api/v1/swgs?asOf=2024-13-01").then().statusCode(400);
    }

    @Test
    void exactlyOnePlanCovers2021To2025WithSixOutcomes() {
        JsonPath json = admin().get("/api/v1/nsedp").then().statusCode(200).contentType("application/json")
                .extract().jsonPath();
        List<Map<String, Object>> covering = json.<Map<String, Object>>getList("items").stream()
                .filter(p -> (Integer) p.get("startYear") <= 2025 && (Integer) p.get("endYear") >= 2021).toList();
        assertEquals(1, covering.size(), covering.toString());
        Map<String, Object> ninth = covering.get(0);
        assertEquals(9, ninth.get("number"));
        assertEquals(2021, ninth.get("startYear"));
        assertEquals(2025, ninth.get("endYear"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> outcomes = (List<Map<String, Object>>) ninth.get("outcomes");
        assertEquals(IntStream.rangeClosed(1, 6).boxed().toList(), outcomes.stream().map(o -> o.get("number")).toList());
        assertEquals("Continuous, quality, stable and sustainable economic growth", outcomes.get(0).get("title"));
        outcomes.forEach(o -> assertFalse(((String) o.get("titleLo")).isBlank()));
    }

    @Test
    void everyHumanRoleReadsTheDirectory() {
        for (String name : List.of(user("VIEWER"), user("SWG_CHAIR", "education"), user("SWG_SECRETARIAT", "health"))) {
            as(name).get("/api/v1/swgs").then().statusCode(200);
            as(name).get("/api/v1/swgs/health").then().statusCode(200);
            as(name).get("/api/v1/nsedp").then().statusCode(200);
        }
    }

    @Test
    void partnersAndAnonymousDoNotReadTheDirectory() {
        String token = (String) Api.partnerToken().get("token");
        partner(token).get("/api/v1/swgs").then().statusCode(403).contentType("application/problem+json");
        partner(token).get("/api/v1/nsedp").then().statusCode(403);
        anonymous().get("/api/v1/swgs").then().statusCode(401).contentType("application/problem+json");
        anonymous().get("/api/v1/nsedp").then().statusCode(401);
    }
}
