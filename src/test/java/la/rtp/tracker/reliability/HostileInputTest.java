package la.rtp.tracker.reliability;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import la.rtp.tracker.reliability.HostileCases.Case;
import la.rtp.tracker.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Sends malformed and boundary input to every operation of {@code openapi/openapi.yaml} as the
 * RTP secretariat (so that authorization hides no validation): wrong JSON types and hostile
 * values for every property of the request schema, missing and extra fields, broken and deep
 * JSON, invalid UTF-8, wrong content types, garbage path and query parameters. Real resources
 * (see {@link RealResources}) fill the path of half of the body requests, so that validation past
 * "not found" runs; the other half gets a garbage path.
 *
 * <p>Every answer must be below 500, carry no stack trace or class name, and every 4xx must be
 * problem+json with {@code type}, {@code title} and {@code status} equal to the HTTP status.
 *
 * <p>Database: the test sends one request at a time and nothing else writes meanwhile, so a
 * snapshot (row count of every table of the schema, plus the sum of {@code version} of versioned
 * tables, so that updates show too) taken after each request is also the "before" of the next.
 * A request answered anything but 2xx, and any GET, must leave the snapshot unchanged. A write
 * answered 2xx (the garbage happened to be valid, e.g. a script tag is a legal title) may change
 * it, and must then add exactly one {@code audit_log} row, as every accepted write does (a
 * copy-forward one per workplan, activity and budget line it creates).
 */
@QuarkusTest
class HostileInputTest {

    private static final Pattern LEAK = Pattern.compile(
            "\\bat [a-z]+\\.[a-z]+\\.|Exception|\\bjava\\.|\\bla\\.rtp\\.|org\\.hibernate|io\\.quarkus|io\\.vertx");
    private static final RestAssuredConfig RAW = RestAssuredConfig.config().encoderConfig(
            EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyOperationRefusesHostileInputCleanly() {
        List<OpenApiOperations.Op> ops = OpenApiOperations.load();
        RealResources real = new RealResources("health");
        List<Case> cases = new HostileCases(real).all(ops);
        DatabaseSnapshot db = new DatabaseSnapshot(dataSource);

        Map<String, Integer> byClass = new TreeMap<>();
        Map<String, Integer> byKind = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        Map<String, Long> before = db.take();
        long started = System.nanoTime();
        for (Case c : cases) {
            Response r = send(c);
            int status = r.statusCode();
            byClass.merge(status / 100 + "xx", 1, Integer::sum);
            byKind.merge(c.kind().replaceAll(" .*", ""), 1, Integer::sum);
            String problem = check(c, r);
            Map<String, Long> after = db.take();
            Map<String, Long> changed = DatabaseSnapshot.diff(before, after);
            boolean acceptedWrite = status / 100 == 2 && c.op().isWrite();
            if (!acceptedWrite && !changed.isEmpty()) {
                problem = (problem == null ? "" : problem + "; ") + "answered " + status + " but changed " + changed;
            } else if (acceptedWrite && changed.getOrDefault("audit_log", 0L) != auditRows(c.op(), changed)) {
                problem = (problem == null ? "" : problem + "; ") + "accepted write without exactly "
                        + auditRows(c.op(), changed) + " audit row(s): " + changed;
            }
            if (problem != null) {
                failures.add(c + " -> " + status + ": " + problem);
            }
            before = after;
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        System.out.printf("HostileInputTest: %d requests to %d operations in %d s; by status %s; by kind %s; "
                + "%d failures%n", cases.size(), ops.size(), seconds, byClass, byKind, failures.size());
        failures.stream().limit(60).forEach(f -> System.out.println("  " + f));
        assertTrue(cases.size() >= 10_000, "only " + cases.size() + " requests");
        assertTrue(failures.isEmpty(), failures.size() + " bad answers, first: "
                + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
    }

    private static Response send(Case c) {
        RequestSpecification spec = given().config(RAW).urlEncodingEnabled(false).auth().preemptive()
                .basic("admin", Api.ADMIN_PASSWORD);
        if (c.contentType() != null) {
            spec = spec.contentType(c.contentType());
        }
        if (c.body() != null && c.contentType() != null && c.contentType().startsWith("application/x-www-form")) {
            // REST Assured encodes form bodies itself and takes them only as text.
            spec = spec.body(new String(c.body(), java.nio.charset.StandardCharsets.UTF_8));
        } else if (c.body() != null) {
            spec = spec.body(c.body());
        }
        return spec.request(c.op().method(), c.url());
    }

    /** What is wrong with this answer, or null. */
    private static String check(Case c, Response r) {
        int status = r.statusCode();
        String body = r.asString();
        if (status >= 500) {
            return "server error " + clip(body);
        }
        if (LEAK.matcher(body).find()) {
            return "leaks internals: " + clip(body);
        }
        if (status < 400) {
            return null;
        }
        String type = r.contentType();
        if (type == null || !type.startsWith("application/problem+json")) {
            return "content type '" + type + "' is not problem+json: " + clip(body);
        }
        try {
            JsonNode p = Bodies.JSON.readTree(body);
            if (!p.path("type").isTextual() || p.path("type").asText().isBlank() || !p.path("title").isTextual()
                    || p.path("status").asInt() != status) {
                return "incomplete problem " + clip(body);
            }
        } catch (Exception e) {
            return "problem body is not JSON: " + clip(body);
        }
        return null;
    }

    private static String clip(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    /**
     * One audit row per accepted write; a copy-forward creates a workplan with its activities and
     * budget lines and records each of them.
     */
    private static long auditRows(OpenApiOperations.Op op, Map<String, Long> changed) {
        if (op.path().endsWith("/copy-forward")) {
            return changed.getOrDefault("workplan", 0L) + changed.getOrDefault("workplan_activity", 0L)
                    + changed.getOrDefault("budget_line", 0L);
        }
        return 1L;
    }
}
