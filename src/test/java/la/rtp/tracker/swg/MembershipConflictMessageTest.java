package la.rtp.tracker.swg;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Api.unique;
import static la.rtp.tracker.swg.Directory.addMember;
import static la.rtp.tracker.swg.Directory.member;
import static la.rtp.tracker.swg.Directory.person;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A 409 for a post already held names who holds it, with their term, never the newcomer. */
@QuarkusTest
class MembershipConflictMessageTest {

    private static long organization(String name, String type) {
        return admin().body(Map.of("name", name, "acronym", "O", "type", type)).post("/api/v1/organizations")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void aClashByPersonNamesTheHolderAndTheirOrganization() {
        String code = Directory.subGroup("health");
        String ministry = unique("Ministry of Health");
        String ministerName = unique("Dr Minister");
        long minister = person(ministerName, organization(ministry, "GOVERNMENT"));
        long first = addMember(code, member(minister, null, "CHAIR", "2024-01-01", "2025-12-31"));
        addMember(admin(), code, member(minister, null, "CHAIR", "2025-06-01", null)).statusCode(409)
                .body("detail", equalTo(ministry + ", represented by " + ministerName + ", already holds CHAIR in "
                        + code + " from 2024-01-01 to 2025-12-31 (membership " + first + ")"));
    }

    @Test
    void aPersonalPostNamesThePerson() {
        String code = Directory.subGroup("health");
        String staffName = unique("Ms Staff");
        long staff = person(staffName, organization(unique("NGO"), "NGO"));
        long first = addMember(code, member(staff, null, "MEMBER", "2024-03-01", null));
        addMember(admin(), code, member(staff, null, "MEMBER", "2024-06-01", null)).statusCode(409)
                .body("detail", equalTo(staffName + " already holds MEMBER in " + code + " from 2024-03-01"
                        + " (membership " + first + ")"));
    }

    @Test
    void aClashByOrganizationNamesTheCurrentRepresentativeNotTheNewcomer() {
        String code = Directory.subGroup("health");
        String ministry = unique("Ministry of Health");
        long moh = organization(ministry, "GOVERNMENT");
        String firstName = unique("Dr First Chair");
        String secondName = unique("Dr Second Person");
        long first = addMember(code, member(person(firstName, moh), null, "CHAIR", "2024-01-01", null));
        long second = person(secondName, moh);
        String expected = ministry + ", represented by " + firstName + ", already holds CHAIR in " + code
                + " from 2024-01-01 (membership " + first + ")";
        addMember(admin(), code, member(second, null, "CHAIR", "2024-05-01", null)).statusCode(409)
                .body("detail", equalTo(expected));
        addMember(admin(), code, member(second, moh, "CHAIR", "2024-05-01", null)).statusCode(409)
                .body("detail", equalTo(expected));
    }

    @Test
    void aPostHeldByAnOrganizationWithoutRepresentativeNamesTheOrganization() {
        String code = Directory.subGroup("health");
        String embassy = unique("Embassy of Japan");
        long japan = organization(embassy, "DEVELOPMENT_PARTNER");
        long first = addMember(code, member(null, japan, "CO_CHAIR", "2024-01-01", "2024-12-31"));
        addMember(admin(), code, member(person(unique("H.E. Ambassador"), japan), null, "CO_CHAIR", "2024-12-31",
                null)).statusCode(409).body("detail", equalTo(embassy + " already holds CO_CHAIR in " + code
                        + " from 2024-01-01 to 2024-12-31 (membership " + first + ")"));
    }
}
