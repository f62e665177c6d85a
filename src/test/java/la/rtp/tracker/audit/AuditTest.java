package la.rtp.tracker.audit;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Api.anonymous;
import static la.rtp.tracker.support.Api.as;
import static la.rtp.tracker.support.Api.unique;
import static la.rtp.tracker.support.Api.user;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditTest {

    private static long rows(String entityType, String entityId) {
        return QuarkusTransaction.requiringNew().call(
                () -> AuditEntry.count("entityType = ?1 and entityId = ?2", entityType, entityId));
    }

    @Test
    void everyWriteLeavesOneAuditRowWithTheActor() {
        String secretariat = user("SWG_SECRETARIAT", "health");
        long org = as(secretariat).body(Map.of("name", unique("Audited org"), "type", "NGO"))
                .post("/api/v1/organizations").then().statusCode(201).extract().jsonPath().getLong("id");
        assertEquals(1, rows("Organization", String.valueOf(org)));
        as(secretariat).body(Map.of("name", unique("Audited org renamed"), "type", "NGO", "version", 0))
                .put("/api/v1/organizations/" + org).then().statusCode(200);
        assertEquals(2, rows("Organization", String.valueOf(org)));
        List<Map<String, Object>> items = admin().get("/api/v1/audit?entityType=Organization&entityId=" + org)
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertEquals(2, items.size());
        assertEquals("update", items.get(0).get("action"), "newest first");
        assertEquals(secretariat, items.get(0).get("actor"));
    }

    @Test
    void theFirstAdminIsAuditedAsCreatedByTheSystem() {
        int adminId = admin().get("/api/v1/users?size=200").then().statusCode(200).extract().jsonPath()
                .getInt("items.find { it.username == 'admin' }.id");
        admin().get("/api/v1/audit?entityType=User&entityId=" + adminId).then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].action", equalTo("create"))
                .body("items[0].actor", equalTo(Audit.SYSTEM)).body("items[0].entityId", equalTo(String.valueOf(adminId)));
    }

    @Test
    void refusedWritesLeaveNoAuditRow() {
        String name = unique("Refused org");
        as(user("VIEWER")).body(Map.of("name", name, "type", "NGO")).post("/api/v1/organizations").then()
                .statusCode(403);
        admin().body(Map.of("name", name)).post("/api/v1/organizations").then().statusCode(422);
        long matching = QuarkusTransaction.requiringNew().call(
                () -> AuditEntry.count("summary like ?1", "%" + name + "%"));
        assertEquals(0, matching);
    }

    @Test
    void onlyTheRtpSecretariatReadsTheAuditLog() {
        anonymous().get("/api/v1/audit").then().statusCode(401);
        as(user("VIEWER")).get("/api/v1/audit").then().statusCode(403);
        as(user("SWG_CHAIR", "health")).get("/api/v1/audit").then().statusCode(403);
        admin().get("/api/v1/audit?since=2020-01-01T00:00:00Z&page=0&size=5").then().statusCode(200)
                .body("size", equalTo(5));
        admin().get("/api/v1/audit?since=yesterday").then().statusCode(400);
    }

    @Test
    void sinceFiltersOlderRows() {
        String future = "2999-01-01T00:00:00+07:00";
        List<?> items = admin().queryParam("since", future).get("/api/v1/audit").then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertTrue(items.isEmpty());
    }
}
