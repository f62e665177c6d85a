package la.rtp.tracker.swg;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Api.anonymous;
import static la.rtp.tracker.support.Api.as;
import static la.rtp.tracker.support.Api.partner;
import static la.rtp.tracker.support.Api.unique;
import static la.rtp.tracker.support.Api.user;
import static la.rtp.tracker.swg.Directory.member;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import la.rtp.tracker.support.Api;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** Sub-sector groups, the cadence setting, leadership embedded in the SWG view. */
@QuarkusTest
class SwgResourceTest {

    @Inject
    SessionFactory sessionFactory;

    @Test
    void secretariatAddsASubGroupListedUnderItsParentOnly() {
        String code = unique("sg");
        admin().body(Map.of("code", code, "name", "  Health Financing  ", "nameLo", "ການເງິນສາທາລະນະສຸກ",
                "leadMinistry", "Ministry of Health", "mandate", "Health financing reform"))
                .post("/api/v1/swgs/health/sub-groups").then().statusCode(201)
                .contentType("application/json")
                .header("Location", endsWith("/api/v1/swgs/" + code))
                .body("code", equalTo(code)).body("name", equalTo("Health Financing"))
                .body("parentCode", equalTo("health")).body("cadence", equalTo("QUARTERLY"));
        admin().get("/api/v1/swgs").then().statusCode(200)
                .body("items.code", not(hasItem(code)))
                .body("items.find { it.code == 'health' }.subGroups.code", hasItem(code));
        admin().get("/api/v1/swgs/health").then().body("subGroups.code", hasItem(code));
        admin().get("/api/v1/swgs/" + code).then().statusCode(200).body("parentCode", equalTo("health"));
    }

    @Test
    void subGroupRulesAnswer409And422And404() {
        String code = Directory.subGroup("education");
        Map<String, Object> again = Map.of("code", code, "name", "Again", "nameLo", "ອີກ", "leadMinistry", "M",
                "mandate", "M");
        admin().body(again).post("/api/v1/swgs/health/sub-groups").then().statusCode(409)
                .contentType("application/problem+json").body("type", containsString("conflict"));
        admin().body(Map.of("code", unique("sg"), "name", "Nested", "nameLo", "ຊ້ອນ", "leadMinistry", "M",
                "mandate", "M")).post("/api/v1/swgs/{code}/sub-groups", code).then().statusCode(422);
        admin().body(Map.of("code", "Not A Code", "name", "X", "nameLo", "X", "leadMinistry", "M", "mandate", "M"))
                .post("/api/v1/swgs/health/sub-groups").then().statusCode(422)
                .body("type", containsString("validation")).body("errors.field", hasItem("code"));
        admin().body(Map.of("code", unique("sg"), "name", "X".repeat(201), "nameLo", "X", "leadMinistry", "M",
                "mandate", "M")).post("/api/v1/swgs/health/sub-groups").then().statusCode(422)
                .body("errors.field", hasItem("name"));
        admin().body(again).post("/api/v1/swgs/no-such-swg/sub-groups").then().statusCode(404);
    }

    @Test
    void onlyTheRtpSecretariatAddsSubGroups() {
        Map<String, Object> body = Map.of("code", unique("sg"), "name", "X", "nameLo", "X", "leadMinistry", "M",
                "mandate", "M");
        for (RequestSpecification refused : List.of(as(user("SWG_SECRETARIAT", "health")),
                as(user("SWG_CHAIR", "health")), as(user("VIEWER")),
                partner((String) Api.partnerToken().get("token")))) {
            refused.body(body).post("/api/v1/swgs/health/sub-groups").then().statusCode(403)
                    .contentType("application/problem+json").body("type", containsString("forbidden"));
        }
        anonymous().body(body).post("/api/v1/swgs/health/sub-groups").then().statusCode(401);
        admin().get("/api/v1/swgs/" + body.get("code")).then().statusCode(404);
    }

    @Test
    void cadenceIsQuarterlyByDefaultAndSetByTheRtpSecretariat() {
        String code = Directory.subGroup("infrastructure");
        int version = admin().get("/api/v1/swgs/" + code).then().body("cadence", equalTo("QUARTERLY"))
                .extract().path("version");
        admin().body(Map.of("cadence", "HALF_YEARLY", "version", version)).put("/api/v1/swgs/{c}/cadence", code)
                .then().statusCode(200).contentType("application/json")
                .body("cadence", equalTo("HALF_YEARLY")).body("version", equalTo(version + 1));
        admin().body(Map.of("cadence", "YEARLY", "version", version)).put("/api/v1/swgs/{c}/cadence", code)
                .then().statusCode(409).body("type", containsString("conflict"));
        admin().body(Map.of("cadence", "YEARLY", "version", version + 1)).put("/api/v1/swgs/{c}/cadence", code)
                .then().statusCode(200).body("cadence", equalTo("YEARLY"));
        admin().get("/api/v1/swgs/" + code).then().body("cadence", equalTo("YEARLY"));
        admin().body(Map.of("cadence", "MONTHLY")).put("/api/v1/swgs/{c}/cadence", code).then().statusCode(400)
                .contentType("application/problem+json");
        admin().body(Map.of("version", version + 2)).put("/api/v1/swgs/{c}/cadence", code).then().statusCode(422)
                .body("errors.field", hasItem("cadence"));
        admin().get("/api/v1/audit?entityType=Swg&size=200").then().statusCode(200)
                .body("items.findAll { it.entityId == '" + code + "' }.action", hasItem("cadence"));
    }

    @Test
    void onlyTheRtpSecretariatSetsTheCadence() {
        String code = Directory.subGroup("governance");
        Map<String, Object> body = Map.of("cadence", "YEARLY");
        for (RequestSpecification refused : List.of(as(user("SWG_SECRETARIAT", code)), as(user("SWG_CHAIR", code)),
                as(user("VIEWER")), partner((String) Api.partnerToken().get("token")))) {
            refused.body(body).put("/api/v1/swgs/{c}/cadence", code).then().statusCode(403)
                    .contentType("application/problem+json");
        }
        anonymous().body(body).put("/api/v1/swgs/{c}/cadence", code).then().statusCode(401);
        admin().get("/api/v1/swgs/" + code).then().body("cadence", equalTo("QUARTERLY"));
    }

    @Test
    void theSwgEmbedsChairsAndCoChairsActiveOnTheDay() {
        String code = Directory.subGroup("governance");
        long home = Directory.organization("GOVERNMENT");
        long justice = Directory.organization("GOVERNMENT");
        long dp = Directory.organization("DEVELOPMENT_PARTNER");
        Directory.addMember(code, member(null, home, "CHAIR", "2020-01-01", null));
        Directory.addMember(code, member(null, justice, "CHAIR", "2020-01-01", "2030-12-31"));
        Directory.addMember(code, member(null, dp, "CO_CHAIR", "2024-07-01", null));
        Directory.addMember(code, member(null, Directory.organization("NGO"), "MEMBER", "2020-01-01", null));
        admin().get("/api/v1/swgs/" + code).then().statusCode(200)
                .body("chairs.organizationId", equalTo(List.of((int) home, (int) justice)))
                .body("chairs[0].organization.type", equalTo("GOVERNMENT"))
                .body("coChairs.organizationId", equalTo(List.of((int) dp)));
        admin().get("/api/v1/swgs/{c}?asOf=2024-06-30", code).then().statusCode(200)
                .body("chairs", hasSize(2)).body("coChairs", hasSize(0));
        admin().get("/api/v1/swgs/{c}?asOf=2031-01-01", code).then()
                .body("chairs.organizationId", equalTo(List.of((int) home))).body("coChairs", hasSize(1));
        admin().get("/api/v1/swgs/{c}?asOf=2019-12-31", code).then().body("chairs", hasSize(0));
    }

    /** Terms in 1990 keep these rows out of today's leadership, which compliance tests read. */
    @Test
    void listingTheSwgsCostsTheSameStatementsWithMoreRows() {
        String path = "/api/v1/swgs?asOf=1990-06-01";
        addLeadership1990("health");
        long few = statementsFor(path);
        for (String parent : List.of("education", "macroeconomics", "infrastructure", "health")) {
            addLeadership1990(parent);
        }
        admin().get(path).then().body("items.find { it.code == 'health' }.chairs", hasSize(2))
                .body("items.find { it.code == 'health' }.coChairs[0].person.organization.type",
                        equalTo("DEVELOPMENT_PARTNER"));
        assertEquals(few, statementsFor(path));
    }

    private static void addLeadership1990(String parent) {
        Directory.subGroup(parent);
        long gov = Directory.organization("GOVERNMENT");
        long dp = Directory.organization("DEVELOPMENT_PARTNER");
        Directory.addMember(parent, member(Directory.person(unique("Chair"), gov), null, "CHAIR", "1990-01-01",
                "1990-12-31"));
        Directory.addMember(parent, member(Directory.person(unique("Rep"), dp), dp, "CO_CHAIR", "1990-01-01",
                "1990-12-31"));
        Directory.addMember(parent, member(null, gov, "SECRETARIAT", "1990-01-01", "1990-12-31"));
    }

    private long statementsFor(String path) {
        // once unmeasured: the user's account is then known (common.Changes), as it is for a client
        // that keeps asking; the measured request costs what the page itself costs
        admin().get(path).then().statusCode(200);
        sessionFactory.getStatistics().clear();
        admin().get(path).then().statusCode(200);
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }
}
