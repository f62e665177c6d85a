package la.rtp.tracker.swg;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Api.anonymous;
import static la.rtp.tracker.support.Api.as;
import static la.rtp.tracker.support.Api.partner;
import static la.rtp.tracker.support.Api.unique;
import static la.rtp.tracker.support.Api.user;
import static la.rtp.tracker.swg.Directory.addMember;
import static la.rtp.tracker.swg.Directory.member;
import static la.rtp.tracker.swg.Directory.organization;
import static la.rtp.tracker.swg.Directory.person;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import la.rtp.tracker.common.Time;
import la.rtp.tracker.support.Api;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** Who is active on a day, who may change memberships, the audit trail, statement counts. */
@QuarkusTest
class MembershipListAccessTest {

    @Inject
    SessionFactory sessionFactory;

    @Test
    void asOfIncludesTheStartAndEndDaysOnly() {
        String code = Directory.subGroup("health");
        long org = organization("GOVERNMENT");
        long who = person(unique("Dr Term"), org);
        long id = addMember(code, member(who, null, "CHAIR", "2024-03-01", "2024-06-30"));
        for (String day : List.of("2024-02-29", "2024-07-01")) {
            admin().get("/api/v1/swgs/{c}/members?asOf=" + day, code).then().statusCode(200)
                    .body("asOf", equalTo(day)).body("items", hasSize(0));
        }
        for (String day : List.of("2024-03-01", "2024-06-30")) {
            admin().get("/api/v1/swgs/{c}/members?asOf=" + day, code).then().statusCode(200)
                    .body("items.id", equalTo(List.of((int) id)))
                    .body("items[0].person.fullName", containsString("Dr Term"))
                    .body("items[0].person.organization.id", equalTo((int) org))
                    .body("items[0].organization.type", equalTo("GOVERNMENT"));
        }
        admin().get("/api/v1/swgs/{c}/members?asOf=2024-06-31", code).then().statusCode(400)
                .contentType("application/problem+json");
        admin().get("/api/v1/swgs/no-such-swg/members").then().statusCode(404);
    }

    @Test
    void asOfDefaultsToToday() {
        String code = Directory.subGroup("education");
        LocalDate today = LocalDate.now(Time.ZONE);
        long current = addMember(code, member(null, organization("NGO"), "MEMBER", today.toString(), null));
        long ended = addMember(code, member(null, organization("NGO"), "MEMBER", "2020-01-01",
                today.minusDays(1).toString()));
        long future = addMember(code, member(null, organization("NGO"), "MEMBER", today.plusDays(1).toString(), null));
        admin().get("/api/v1/swgs/{c}/members", code).then().statusCode(200).body("asOf", equalTo(today.toString()))
                .body("items.id", equalTo(List.of((int) current)))
                .body("items.id", not(hasItem((int) ended))).body("items.id", not(hasItem((int) future)));
    }

    @Test
    void theRtpAndThisSwgsSecretariatChangeMemberships() {
        String code = Directory.subGroup("governance");
        for (RequestSpecification writer : List.of(admin(), as(user("SWG_SECRETARIAT", code)))) {
            long id = addMember(writer, code, member(null, organization("NGO"), "MEMBER", "2024-01-01", null))
                    .statusCode(201).extract().jsonPath().getLong("id");
            admin().get("/api/v1/audit?entityType=Membership&size=200").then().statusCode(200)
                    .body("items.find { it.entityId == '" + id + "' }.action", equalTo("create"));
        }
        String own = user("SWG_SECRETARIAT", code);
        long id = addMember(code, member(null, organization("NGO"), "MEMBER", "2024-01-01", null));
        as(own).body(Map.of("endDate", "2024-12-31", "version", 0))
                .post("/api/v1/swgs/{c}/members/{id}/end", code, id).then().statusCode(200)
                .body("endDate", equalTo("2024-12-31"));
        admin().get("/api/v1/audit?entityType=Membership&size=200").then()
                .body("items.findAll { it.entityId == '" + id + "' }.action", equalTo(List.of("end", "create")))
                .body("items.find { it.entityId == '" + id + "' }.actor", equalTo(own));
    }

    @Test
    void everyoneElseIsRefused() {
        String code = Directory.subGroup("governance");
        long id = addMember(code, member(null, organization("NGO"), "MEMBER", "2024-01-01", null));
        Map<String, Object> body = member(null, organization("NGO"), "MEMBER", "2024-01-01", null);
        Map<String, Object> end = Map.of("endDate", "2024-12-31", "version", 0);
        String token = (String) Api.partnerToken().get("token");
        List<Supplier<RequestSpecification>> refused = new ArrayList<>();
        for (String name : List.of(user("SWG_CHAIR", code), user("SWG_SECRETARIAT", "governance"),
                user("SWG_SECRETARIAT", "health"), user("VIEWER"))) {
            refused.add(() -> as(name));
        }
        refused.add(() -> partner(token));
        for (Supplier<RequestSpecification> caller : refused) {
            addMember(caller.get(), code, body).statusCode(403).contentType("application/problem+json")
                    .body("type", containsString("forbidden"));
            caller.get().body(end).post("/api/v1/swgs/{c}/members/{id}/end", code, id).then().statusCode(403);
        }
        addMember(anonymous(), code, body).statusCode(401).contentType("application/problem+json");
        anonymous().body(end).post("/api/v1/swgs/{c}/members/{id}/end", code, id).then().statusCode(401);
        admin().get("/api/v1/swgs/{c}/members?asOf=2025-01-01", code).then().body("items.id", equalTo(List.of((int) id)));
        admin().get("/api/v1/audit?entityType=Membership&size=200").then()
                .body("items.findAll { it.entityId == '" + id + "' }.action", equalTo(List.of("create")));
    }

    @Test
    void rolesThatMayReadTheMembers() {
        String code = Directory.subGroup("health");
        for (String reader : List.of(user("VIEWER"), user("SWG_CHAIR", "education"))) {
            as(reader).get("/api/v1/swgs/{c}/members", code).then().statusCode(200);
        }
        partner((String) Api.partnerToken().get("token")).get("/api/v1/swgs/{c}/members", code).then().statusCode(403);
        anonymous().get("/api/v1/swgs/{c}/members", code).then().statusCode(401);
    }

    @Test
    void listingMembersCostsTheSameStatementsWithMoreRows() {
        String code = Directory.subGroup("natural-resources-environment");
        for (int i = 0; i < 20; i++) {
            String role = List.of("CHAIR", "CO_CHAIR", "SECRETARIAT", "MEMBER").get(i % 4);
            long org = organization(role.equals("CHAIR") ? "GOVERNMENT" : "DEVELOPMENT_PARTNER");
            Long who = i % 3 == 0 ? null : person(unique("Member"), org);
            addMember(code, member(who, i % 3 == 1 ? null : org, role, "2024-01-01", null));
        }
        admin().get("/api/v1/swgs/{c}/members", code).then().statusCode(200);
        sessionFactory.getStatistics().clear();
        admin().get("/api/v1/swgs/{c}/members", code).then().body("items", hasSize(20));
        long many = sessionFactory.getStatistics().getPrepareStatementCount();
        String small = Directory.subGroup("natural-resources-environment");
        addMember(small, member(person(unique("A"), organization("NGO")), null, "MEMBER", "2024-01-01", null));
        addMember(small, member(null, organization("NGO"), "MEMBER", "2024-01-01", null));
        admin().get("/api/v1/swgs/{c}/members", small).then().statusCode(200);
        sessionFactory.getStatistics().clear();
        admin().get("/api/v1/swgs/{c}/members", small).then().body("items", hasSize(2));
        assertEquals(sessionFactory.getStatistics().getPrepareStatementCount(), many);
    }
}
