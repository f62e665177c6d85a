package la.rtp.tracker.compliance;

import static la.rtp.tracker.support.Api.admin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import la.rtp.tracker.support.Api;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * {@code subGroups=true}: the report also covers every sub-sector working group, each after its
 * SWG; without it, the ten SWGs only; anything but true or false is refused.
 */
@QuarkusTest
class ComplianceSubGroupsTest {

    static final String QUERY = "/api/v1/compliance?year=2034&asOf=2034-06-30";

    @Inject
    ComplianceService service;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void subGroupsComeAfterTheirSwgOnlyWhenAskedFor() {
        String code = addGroup("health");

        List<String> ten = codes(QUERY);
        assertEquals(10, ten.size());
        assertFalse(ten.contains(code));

        List<String> all = codes(QUERY + "&subGroups=true");
        assertTrue(all.size() > 10);
        assertTrue(all.containsAll(ten));
        int health = all.indexOf("health");
        assertTrue(all.indexOf(code) > health, "the group comes after its SWG");
        assertTrue(all.subList(health + 1, all.indexOf(code)).stream().noneMatch(ten::contains),
                "only health's groups sit between health and its group");
        assertEquals(ten, all.stream().filter(ten::contains).toList(), "the SWGs keep their order");
        assertEquals(ten, codes(QUERY + "&subGroups=false"));

        admin().accept("text/csv").get("/api/v1/compliance.csv?year=2034&asOf=2034-06-30&subGroups=true").then().statusCode(200)
                .body(containsString("," + code + ","));
        admin().accept("text/csv").get("/api/v1/compliance.csv?year=2034&asOf=2034-06-30").then().statusCode(200)
                .body(not(containsString("," + code + ",")));
        admin().accept("text/html").get("/reports/compliance?year=2034&asOf=2034-06-30&subGroups=true").then().statusCode(200)
                .body(containsString("Health financing"));
    }

    @Test
    void anythingButTrueOrFalseIsRefused() {
        admin().get(QUERY + "&subGroups=yes").then().statusCode(400)
                .contentType("application/problem+json")
                .body(containsString("subGroups must be true or false"));
    }

    @Test
    void theGroupsCostNoMoreStatements() {
        addGroup("education");
        addGroup("governance");
        long swgs = statements(false, LocalDate.of(2034, 7, 1));
        long withGroups = statements(true, LocalDate.of(2034, 7, 2));
        assertEquals(swgs, withGroups, "statements for the ten SWGs vs the SWGs and every group");
    }

    /** Statements of one report evaluated afresh (a date no other test asks for). */
    private long statements(boolean groups, LocalDate asOf) {
        var stats = sessionFactory.getStatistics();
        stats.clear();
        QuarkusTransaction.requiringNew().run(() -> service.report(2034, asOf, groups));
        return stats.getPrepareStatementCount();
    }

    /** A new sub-sector working group under {@code swg}; its code. */
    private static String addGroup(String swg) {
        String code = Api.unique("sswg").toLowerCase();
        admin().contentType("application/json")
                .body(Map.of("code", code, "name", "Health financing", "nameLo", "ການເງິນສາທາລະນະສຸກ",
                        "leadMinistry", "Ministry of Health", "mandate", "Health financing reform"))
                .post("/api/v1/swgs/" + swg + "/sub-groups").then().statusCode(201);
        return code;
    }

    private static List<String> codes(String url) {
        return admin().get(url).then().statusCode(200).extract().jsonPath().getList("swgs.code", String.class);
    }
}
