package la.rtp.tracker.swg;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Api.unique;
import static la.rtp.tracker.swg.Directory.addMember;
import static la.rtp.tracker.swg.Directory.member;
import static la.rtp.tracker.swg.Directory.organization;
import static la.rtp.tracker.swg.Directory.person;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules of posts and terms; each test on a sub-sector group of its own. */
@QuarkusTest
class MembershipResourceTest {

    @Test
    void aPersonAnOrganizationOrBoth() {
        String code = Directory.subGroup("health");
        long ngo = organization("NGO");
        long who = organization("DEVELOPMENT_PARTNER");
        long staff = person(unique("Ms Staff"), ngo);
        long rep = person(unique("Dr Rep"), who);
        var created = addMember(admin(), code, member(staff, null, "MEMBER", "2024-01-01", null)).statusCode(201)
                .contentType("application/json").extract();
        int id = created.path("id");
        assertThat(created.header("Location"), endsWith("/api/v1/swgs/" + code + "/members/" + id));
        admin().get(created.header("Location")).then().statusCode(200).body("id", equalTo(id));
        created.response().then().body("swg", equalTo(code)).body("role", equalTo("MEMBER"))
                .body("personId", equalTo((int) staff))
                .body("organizationId", equalTo((int) ngo)).body("person.organization.id", equalTo((int) ngo))
                .body("startDate", equalTo("2024-01-01")).body("endDate", nullValue()).body("version", equalTo(0));
        addMember(admin(), code, member(null, ngo, "SECRETARIAT", "2024-01-01", "2024-12-31")).statusCode(201)
                .body("person", nullValue()).body("organization.id", equalTo((int) ngo));
        addMember(admin(), code, member(rep, who, "CO_CHAIR", "2024-01-01", null)).statusCode(201)
                .body("person.id", equalTo((int) rep)).body("organization.type", equalTo("DEVELOPMENT_PARTNER"));
        admin().get("/api/v1/swgs/health/members/{id}", id).then().statusCode(404);
    }

    @Test
    void chairsAreGovernmentAndCoChairsDevelopmentPartners() {
        String code = Directory.subGroup("education");
        long gov = organization("GOVERNMENT");
        long dp = organization("DEVELOPMENT_PARTNER");
        addMember(admin(), code, member(null, dp, "CHAIR", "2024-01-01", null)).statusCode(422)
                .contentType("application/problem+json").body("type", containsString("validation"))
                .body("detail", containsString("GOVERNMENT")).body("errors.field", hasItem("organizationId"));
        addMember(admin(), code, member(null, gov, "CO_CHAIR", "2024-01-01", null)).statusCode(422)
                .body("detail", containsString("DEVELOPMENT_PARTNER"));
        addMember(admin(), code, member(person(unique("Mr DP"), dp), null, "CHAIR", "2024-01-01", null))
                .statusCode(422).body("detail", containsString("GOVERNMENT")).body("errors.field", hasItem("personId"));
        addMember(admin(), code, member(person(unique("Ms Nobody"), null), null, "CO_CHAIR", "2024-01-01", null))
                .statusCode(422).body("detail", containsString("DEVELOPMENT_PARTNER"));
        addMember(admin(), code, member(null, organization("NGO"), "CHAIR", "2024-01-01", null)).statusCode(422);
        addMember(admin(), code, member(null, dp, "MEMBER", "2024-01-01", null)).statusCode(201);
    }

    @Test
    void severalChairsAndCoChairs() {
        String code = Directory.subGroup("governance");
        for (int i = 0; i < 2; i++) {
            addMember(code, member(null, organization("GOVERNMENT"), "CHAIR", "2024-01-01", null));
        }
        for (int i = 0; i < 3; i++) {
            addMember(code, member(null, organization("DEVELOPMENT_PARTNER"), "CO_CHAIR", "2024-01-01", null));
        }
        admin().get("/api/v1/swgs/{c}?asOf=2024-06-01", code).then().body("chairs", hasSize(2))
                .body("coChairs", hasSize(3));
    }

    @Test
    void theSameHolderInTheSameRoleOverOverlappingTermsIs409() {
        String code = Directory.subGroup("infrastructure");
        long gov = organization("GOVERNMENT");
        long minister = person(unique("H.E. Minister"), gov);
        addMember(code, member(minister, null, "CHAIR", "2021-01-01", "2023-12-31"));
        addMember(admin(), code, member(minister, null, "CHAIR", "2023-06-01", null)).statusCode(409)
                .contentType("application/problem+json").body("type", containsString("conflict"));
        addMember(admin(), code, member(minister, null, "CHAIR", "2023-12-31", null)).statusCode(409);
        addMember(admin(), code, member(minister, null, "CHAIR", "2020-01-01", "2021-01-01")).statusCode(409);
        addMember(admin(), code, member(minister, null, "CHAIR", "2024-01-01", null)).statusCode(201);
        addMember(admin(), code, member(minister, null, "CHAIR", "2020-01-01", "2020-12-31")).statusCode(201);
        addMember(admin(), code, member(minister, null, "MEMBER", "2022-01-01", null)).statusCode(201);
        addMember(admin(), Directory.subGroup("infrastructure"), member(minister, null, "CHAIR", "2022-01-01", null))
                .statusCode(201);
    }

    @Test
    void anOrganizationsPostWithAnotherRepresentativeOverlappingIs409() {
        String code = Directory.subGroup("health");
        long japan = organization("DEVELOPMENT_PARTNER");
        long ambassador = person(unique("H.E. Ambassador"), japan);
        long next = person(unique("H.E. Next Ambassador"), japan);
        addMember(code, member(ambassador, japan, "CO_CHAIR", "2022-01-01", "2024-08-31"));
        addMember(admin(), code, member(next, japan, "CO_CHAIR", "2024-08-31", null)).statusCode(409);
        addMember(admin(), code, member(null, japan, "CO_CHAIR", "2023-01-01", null)).statusCode(409);
        // Given as a person only, the co-chair's post is still held by the person's organisation.
        addMember(admin(), code, member(next, null, "CO_CHAIR", "2024-01-01", null)).statusCode(409);
        addMember(admin(), code, member(next, japan, "CO_CHAIR", "2024-09-01", null)).statusCode(201);
    }

    @Test
    void secretariatStaffOfOneMinistryArePersonalPosts() {
        String code = Directory.subGroup("health");
        long moh = organization("GOVERNMENT");
        addMember(code, member(person(unique("Ms A"), moh), null, "SECRETARIAT", "2024-01-01", null));
        addMember(code, member(person(unique("Mr B"), moh), null, "SECRETARIAT", "2024-01-01", null));
        admin().get("/api/v1/swgs/{c}?asOf=2024-02-01", code).then().body("secretariat", hasSize(2));
    }

    @Test
    void invalidRequestsAre422Or400Or404() {
        String code = Directory.subGroup("education");
        long org = organization("NGO");
        addMember(admin(), code, member(null, org, "MEMBER", "2024-02-01", "2024-01-31")).statusCode(422)
                .body("errors.field", hasItem("endDate"));
        addMember(admin(), code, member(null, null, "MEMBER", "2024-02-01", null)).statusCode(422)
                .body("errors.field", hasItem("personId"));
        addMember(admin(), code, member(999999999L, null, "MEMBER", "2024-02-01", null)).statusCode(422)
                .body("errors.field", hasItem("personId"));
        addMember(admin(), code, member(null, 999999999L, "MEMBER", "2024-02-01", null)).statusCode(422)
                .body("errors.field", hasItem("organizationId"));
        addMember(admin(), code, member(null, org, null, null, null)).statusCode(422)
                .body("errors.field", hasItem("role")).body("errors.field", hasItem("startDate"));
        addMember(admin(), code, member(null, org, "PRESIDENT", "2024-02-01", null)).statusCode(400);
        addMember(admin(), code, member(null, org, "MEMBER", "2024-02-30", null)).statusCode(400);
        addMember(admin(), "no-such-swg", member(null, org, "MEMBER", "2024-02-01", null)).statusCode(404);
    }

    @Test
    void endingAMembership() {
        String code = Directory.subGroup("macroeconomics");
        long org = organization("GOVERNMENT");
        long id = addMember(code, member(null, org, "CHAIR", "2022-01-01", null));
        String path = "/api/v1/swgs/" + code + "/members/" + id + "/end";
        admin().body(Map.of("endDate", "2021-12-31", "version", 0)).post(path).then().statusCode(422)
                .body("errors.field", hasItem("endDate"));
        admin().body(Map.of("endDate", "2022-01-01", "version", 0)).post(path).then().statusCode(200)
                .contentType("application/json").body("endDate", equalTo("2022-01-01")).body("version", equalTo(1));
        admin().body(Map.of("endDate", "2022-06-30", "version", 0)).post(path).then().statusCode(409)
                .body("type", containsString("conflict"));
        admin().body(Map.of("version", 1)).post(path).then().statusCode(422).body("errors.field", hasItem("endDate"));
        admin().body(Map.of("endDate", "2022-06-30", "version", 1))
                .post("/api/v1/swgs/health/members/" + id + "/end").then().statusCode(404);
        admin().body(Map.of("endDate", "2022-06-30", "version", 1))
                .post("/api/v1/swgs/" + code + "/members/999999999/end").then().statusCode(404);
    }

    @Test
    void endingLaterMustNotRunIntoTheHoldersNextTerm() {
        String code = Directory.subGroup("macroeconomics");
        long org = organization("GOVERNMENT");
        long first = addMember(code, member(null, org, "CHAIR", "2021-01-01", "2022-12-31"));
        addMember(code, member(null, org, "CHAIR", "2023-01-01", null));
        admin().body(Map.of("endDate", "2023-06-30", "version", 0))
                .post("/api/v1/swgs/{c}/members/{id}/end", code, first).then().statusCode(409);
        admin().body(Map.of("endDate", "2022-11-30", "version", 0))
                .post("/api/v1/swgs/{c}/members/{id}/end", code, first).then().statusCode(200);
        admin().get("/api/v1/swgs/{c}/members?asOf=2023-03-01", code).then().body("items", hasSize(1));
    }
}
