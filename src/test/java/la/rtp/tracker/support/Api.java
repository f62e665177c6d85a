package la.rtp.tracker.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Request builders and small fixtures for REST Assured tests; each test makes its own data. */
public final class Api {

    public static final String ADMIN_PASSWORD = "secretariat-pw-for-tests";
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36);

    private Api() {
    }

    /** A name no other test uses, e.g. {@code org-k3j-17}. */
    public static String unique(String prefix) {
        return prefix + "-" + RUN + "-" + SEQ.incrementAndGet();
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static RequestSpecification admin() {
        return as("admin", ADMIN_PASSWORD);
    }

    public static RequestSpecification as(String username) {
        return as(username, passwordOf(username));
    }

    public static RequestSpecification as(String username, String password) {
        return anonymous().auth().preemptive().basic(username, password);
    }

    public static RequestSpecification partner(String token) {
        return anonymous().header("Authorization", "Bearer " + token);
    }

    /** A password for this test user: long enough, and without the username (which is refused). */
    public static String passwordOf(String username) {
        return "pw-" + Integer.toHexString(username.hashCode()) + "-long-enough";
    }

    /** Creates a user with this role (and SWG codes for the scoped roles); returns the username. */
    public static String user(String role, String... swgs) {
        String username = unique(role.toLowerCase().replace('_', '-'));
        admin().body(Map.of("username", username, "password", passwordOf(username),
                "displayName", "Test " + role, "role", role, "swgs", List.of(swgs)))
                .post("/api/v1/users").then().statusCode(201);
        return username;
    }

    /** Creates an organisation of this type; returns its id. */
    public static long organization(String type) {
        String name = unique("Org " + type);
        return admin().body(Map.of("name", name, "acronym", "O", "type", type))
                .post("/api/v1/organizations").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Issues a partner token for a new development partner; returns {id, token}. */
    public static Map<String, Object> partnerToken() {
        long org = organization("DEVELOPMENT_PARTNER");
        return admin().body(Map.of("name", unique("token"), "organizationId", org))
                .post("/api/v1/partner-tokens").then().statusCode(201).extract().jsonPath().getMap("");
    }
}
