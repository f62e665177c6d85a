package la.rtp.tracker.reliability;

import static io.restassured.RestAssured.given;
import static la.rtp.tracker.support.Api.admin;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import la.rtp.tracker.reliability.OpenApiOperations.Op;
import la.rtp.tracker.support.Api;
import org.junit.jupiter.api.Test;

/**
 * The one concurrency rule, over every update of the contract: each operation that declares 428,
 * and every PUT, refuses a body without the version it was based on ({@code version}, or
 * {@code versions} for the agenda order) with 428 as a problem naming that field, and a stale
 * version with 409, and changes nothing either way. Generated from {@code openapi/openapi.yaml},
 * so a new PUT is covered, or fails here until it requires the version or its exemption is
 * written down below with the reason.
 */
@QuarkusTest
class VersionRequiredTest {

    /** Writes that replace no versioned row, with the reason. */
    static final Map<String, String> EXEMPT = Map.of();

    @Test
    void everyVersionedUpdateRequiresTheVersionItRead() {
        RealResources real = new RealResources("health");
        Bodies bodies = new Bodies(real);
        // The deadline row must exist for its PUT to be an update (the first PUT creates it).
        admin().body(Map.of("deadline", RealResources.YEAR + "-01-31"))
                .put("/api/v1/workplan-deadlines/" + RealResources.YEAR).then().statusCode(200);
        admin().body(Map.of("lakPerUsd", 21500)).put("/api/v1/exchange-rates/" + RealResources.YEAR).then()
                .statusCode(org.hamcrest.Matchers.either(org.hamcrest.Matchers.is(200))
                        .or(org.hamcrest.Matchers.is(428)));
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Op op : OpenApiOperations.load()) {
            // One row: "version"; several (the agenda order): "versions", one per item.
            String field = op.body() == null ? null
                    : op.body().path("properties").has("version") ? "version"
                    : op.body().path("properties").has("versions") ? "versions" : null;
            boolean declared = op.responses().contains("428");
            if (!op.isWrite() || !(declared || op.method().equals("PUT"))) {
                continue;
            }
            String key = op.toString();
            if (EXEMPT.containsKey(key)) {
                continue;
            }
            if (field == null || !declared) {
                failures.add(key + " is an update without " + (field == null ? "a version in its body" : "428 declared")
                        + ": require the version (and mark the operation), or exempt it with the reason");
                continue;
            }
            String url = real.realPath(op);
            ObjectNode body = bodies.baseline(op.body());
            body.remove(field);
            String before = admin().get(readable(url)).asString();
            Response missing = send(url, op.method(), body);
            if (missing.statusCode() != 428) {
                failures.add(key + " without version -> " + missing.statusCode() + " " + clip(missing.asString()));
            } else if (!missing.contentType().startsWith("application/problem+json")
                    || !field.equals(missing.jsonPath().getString("errors[0].field"))) {
                failures.add(key + " 428 is not a problem naming the field " + field + ": " + clip(missing.asString()));
            }
            ObjectNode stale = body.deepCopy();
            if (field.equals("version")) {
                stale.put("version", 987_654);
            } else {
                stale.putArray("versions").add(987_654);
            }
            Response conflict = send(url, op.method(), stale);
            if (conflict.statusCode() != 409) {
                failures.add(key + " with a stale version -> " + conflict.statusCode() + " " + clip(conflict.asString()));
            }
            String after = admin().get(readable(url)).asString();
            if (!before.equals(after)) {
                failures.add(key + ": a refused update changed " + readable(url));
            }
            checked++;
        }
        System.out.printf("VersionRequiredTest: %d versioned updates, %d failures%n", checked, failures.size());
        failures.forEach(f -> System.out.println("  " + f));
        assertTrue(checked >= 8, "expected the versioned updates of the contract, found " + checked);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** The resource an update changes, read back to prove a refusal changed nothing. */
    private static String readable(String url) {
        for (String suffix : Set.of("/disbursements", "/end", "/status", "/cadence")) {
            if (url.endsWith(suffix)) {
                return url.substring(0, url.length() - suffix.length());
            }
        }
        return url;
    }

    private static Response send(String url, String method, ObjectNode body) {
        return given().auth().preemptive().basic("admin", Api.ADMIN_PASSWORD).contentType("application/json")
                .body(body.toString()).request(method, url);
    }

    private static String clip(String s) {
        return s.length() > 300 ? s.substring(0, 300) : s;
    }
}
