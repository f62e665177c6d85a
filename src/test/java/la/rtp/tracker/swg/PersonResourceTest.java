package la.rtp.tracker.swg;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Api.anonymous;
import static la.rtp.tracker.support.Api.as;
import static la.rtp.tracker.support.Api.partner;
import static la.rtp.tracker.support.Api.unique;
import static la.rtp.tracker.support.Api.user;
import static la.rtp.tracker.swg.Directory.member;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import la.rtp.tracker.common.Time;
import la.rtp.tracker.support.Api;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PersonResourceTest {

    @Inject
    SessionFactory sessionFactory;

    static Map<String, Object> person(String fullName, Long organizationId, String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("fullName", fullName);
        body.put("gender", "FEMALE");
        body.put("organizationId", organizationId);
        body.put("position", "Director General");
        body.put("email", email);
        return body;
    }

    @Test
    void createTrimsAndEmbedsTheOrganization() {
        long org = Api.organization("GOVERNMENT");
        String name = unique("Dr Bounkong");
        int id = admin().body(person("  " + name.replace(" ", "  ") + " ", org, "b.s@moh.gov.la"))
                .post("/api/v1/people").then().statusCode(201).contentType("application/json")
                .header("Location", containsString("/api/v1/people/"))
                .body("fullName", equalTo(name)).body("gender", equalTo("FEMALE"))
                .body("organizationId", equalTo((int) org)).body("organization.type", equalTo("GOVERNMENT"))
                .body("email", equalTo("b.s@moh.gov.la")).body("version", equalTo(0)).extract().path("id");
        admin().get("/api/v1/people/" + id).then().statusCode(200).body("fullName", equalTo(name))
                .body("position", equalTo("Director General")).body("roles", hasSize(0));
        admin().get("/api/v1/people/999999999").then().statusCode(404).body("type", containsString("not-found"));
    }

    @Test
    void invalidFieldsAre422NamingTheField() {
        for (String bad : List.of("not-an-email", "two@@example.org", "a b@example.org")) {
            admin().body(person(unique("P"), null, bad)).post("/api/v1/people").then().statusCode(422)
                    .contentType("application/problem+json").body("type", containsString("validation"))
                    .body("errors.field", equalTo(List.of("email")));
        }
        admin().body(person("  ", null, null)).post("/api/v1/people").then().statusCode(422)
                .body("errors.field", hasItem("fullName"));
        admin().body(person("N".repeat(201), null, null)).post("/api/v1/people").then().statusCode(422)
                .body("errors.field", hasItem("fullName"));
        admin().body(person(unique("P"), 999999999L, null)).post("/api/v1/people").then().statusCode(422)
                .body("errors.field", hasItem("organizationId"));
        Map<String, Object> noGender = person(unique("P"), null, null);
        noGender.remove("gender");
        admin().body(noGender).post("/api/v1/people").then().statusCode(422).body("errors.field", hasItem("gender"));
        Map<String, Object> badGender = person(unique("P"), null, null);
        badGender.put("gender", "F");
        admin().body(badGender).post("/api/v1/people").then().statusCode(400);
    }

    @Test
    void updateWithVersionAndStaleVersionIs409() {
        long id = Directory.person(unique("Ms Update"), null);
        long org = Api.organization("DEVELOPMENT_PARTNER");
        Map<String, Object> body = person(unique("Ms Updated"), org, "u@example.org");
        body.put("version", 0);
        admin().body(body).put("/api/v1/people/" + id).then().statusCode(200)
                .body("fullName", equalTo(body.get("fullName"))).body("organization.id", equalTo((int) org))
                .body("version", equalTo(1));
        body.put("email", "bad");
        admin().body(body).put("/api/v1/people/" + id).then().statusCode(422).body("errors.field", hasItem("email"));
        body.put("email", null);
        admin().body(body).put("/api/v1/people/" + id).then().statusCode(409).body("type", containsString("conflict"));
        admin().get("/api/v1/people/" + id).then().body("email", equalTo("u@example.org"));
    }

    @Test
    void listSearchesTheNameAndPages() {
        String prefix = unique("Khamla");
        for (String given : List.of("Chanthavong", "Alounsavath", "Bounmy")) {
            Directory.person(prefix + " " + given, null);
        }
        admin().get("/api/v1/people?q={q}&size=2", prefix.toLowerCase()).then().statusCode(200)
                .body("total", equalTo(3)).body("size", equalTo(2))
                .body("items.fullName", equalTo(List.of(prefix + " Alounsavath", prefix + " Bounmy")));
        admin().get("/api/v1/people?q={q}&size=2&page=1", prefix).then()
                .body("items.fullName", equalTo(List.of(prefix + " Chanthavong")));
        admin().get("/api/v1/people?size=201").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void listingPeopleCostsTheSameStatementsWithMoreRows() {
        String prefix = unique("Stat");
        for (int i = 0; i < 2; i++) {
            Directory.person(prefix + " " + i, Api.organization("NGO"));
        }
        long few = statements("/api/v1/people?q=" + prefix);
        for (int i = 2; i < 30; i++) {
            Directory.person(prefix + " " + i, Api.organization("NGO"));
        }
        admin().get("/api/v1/people?q=" + prefix).then().body("total", equalTo(30))
                .body("items.organization.type", hasItem("NGO"));
        assertEquals(few, statements("/api/v1/people?q=" + prefix));
    }

    @Test
    void aPersonShowsCurrentAndPastRoles() {
        String code = Directory.subGroup("health");
        long org = Api.organization("GOVERNMENT");
        long id = Directory.person(unique("Dr Roles"), org);
        LocalDate today = LocalDate.now(Time.ZONE);
        long past = Directory.addMember(code, member(id, null, "CHAIR", "2019-01-01", "2020-12-31"));
        long current = Directory.addMember(code, member(id, null, "MEMBER", "2021-01-01", today.toString()));
        admin().get("/api/v1/people/" + id).then().statusCode(200).body("roles", hasSize(2))
                .body("roles.find { it.membershipId == " + past + " }.current", equalTo(false))
                .body("roles.find { it.membershipId == " + past + " }.role", equalTo("CHAIR"))
                .body("roles.find { it.membershipId == " + past + " }.swg", equalTo(code))
                .body("roles.find { it.membershipId == " + current + " }.current", equalTo(true))
                .body("roles.find { it.membershipId == " + current + " }.endDate", equalTo(today.toString()));
        admin().get("/api/v1/people?q={q}", "Dr Roles").then().body("items[0].roles", nullValue());
    }

    @Test
    void writersCreateAndUpdateOthersAreRefused() {
        for (String writer : List.of(user("SWG_SECRETARIAT", "education"), user("SWG_CHAIR", "health"))) {
            Map<String, Object> body = person(unique("By writer"), null, null);
            int id = as(writer).body(body).post("/api/v1/people").then().statusCode(201).extract().path("id");
            body.put("version", 0);
            body.put("position", "Deputy");
            as(writer).body(body).put("/api/v1/people/" + id).then().statusCode(200).body("position", equalTo("Deputy"));
            admin().get("/api/v1/audit?entityType=Person&size=200").then().statusCode(200)
                    .body("items.findAll { it.entityId == '" + id + "' }.action", hasItems("create", "update"));
        }
        long id = Directory.person(unique("Untouched"), null);
        String viewer = user("VIEWER");
        Map<String, Object> body = person(unique("Refused"), null, null);
        for (RequestSpecification refused : List.of(as(viewer), partner((String) Api.partnerToken().get("token")))) {
            refused.body(body).post("/api/v1/people").then().statusCode(403).contentType("application/problem+json");
            refused.body(body).put("/api/v1/people/" + id).then().statusCode(403);
        }
        anonymous().body(body).post("/api/v1/people").then().statusCode(401);
        anonymous().body(body).put("/api/v1/people/" + id).then().statusCode(401);
        as(viewer).get("/api/v1/people/" + id).then().statusCode(200).body("version", equalTo(0));
    }

    private long statements(String path) {
        // once unmeasured: the user's account is then known (common.Changes), as it is for a client
        // that keeps asking; the measured request costs what the page itself costs
        admin().get(path).then().statusCode(200);
        sessionFactory.getStatistics().clear();
        admin().get(path).then().statusCode(200);
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }
}
