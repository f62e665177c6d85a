package la.rtp.tracker.swg;

import static la.rtp.tracker.support.Api.admin;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import la.rtp.tracker.support.Api;
import la.rtp.tracker.support.Fixtures;

/**
 * Directory fixtures. Membership tests work on a sub-sector group of their own, so that the ten
 * reference SWGs (which other tests read) keep no leadership from these tests.
 */
final class Directory {

    private Directory() {
    }

    /** A new sub-sector group under {@code parent}; returns its code. */
    static String subGroup(String parent) {
        return Fixtures.subGroup(parent);
    }

    /** A new organisation of this type with a unique name; returns its id. */
    static long organization(String type) {
        return Api.organization(type);
    }

    /** A new person working for {@code organizationId} (may be null); returns the id. */
    static long person(String fullName, Long organizationId) {
        return Fixtures.person(fullName, "FEMALE", organizationId);
    }

    /** A membership body; null values are sent as JSON nulls. */
    static Map<String, Object> member(Long personId, Long organizationId, String role, String start, String end) {
        Map<String, Object> body = new HashMap<>();
        body.put("personId", personId);
        body.put("organizationId", organizationId);
        body.put("role", role);
        body.put("startDate", start);
        body.put("endDate", end);
        return body;
    }

    static ValidatableResponse addMember(RequestSpecification as, String code, Map<String, Object> body) {
        return as.body(body).post("/api/v1/swgs/{code}/members", code).then();
    }

    /** Adds as admin, expects 201; returns the membership id. */
    static long addMember(String code, Map<String, Object> body) {
        return addMember(admin(), code, body).statusCode(201).extract().jsonPath().getLong("id");
    }
}
