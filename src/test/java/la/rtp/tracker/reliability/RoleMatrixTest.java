package la.rtp.tracker.reliability;

import static io.restassured.RestAssured.given;
import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import la.rtp.tracker.reliability.OpenApiOperations.Op;
import la.rtp.tracker.support.Api;
import org.junit.jupiter.api.Test;

/**
 * The role x endpoint matrix, generated from {@code openapi/openapi.yaml}: every write operation
 * under /api/v1 for eight callers, every read for three. The policy is the explicit tables
 * below (from the HTTP contract and each resource's {@code @RolesAllowed} and {@code Access} checks); an
 * operation of the file missing from them fails the test, so whoever adds an endpoint must
 * decide who may call it. "Own" is a sub-sector group with real resources; "other" is another.
 */
@QuarkusTest
class RoleMatrixTest {

    /** Who may call a write. */
    enum Write {
        /** RTP secretariat only. */
        RTP_ONLY,
        /** RTP secretariat, and SWG secretariat or chair of the SWG concerned. */
        OWN_SWG,
        /** RTP secretariat, and the SWG secretariat (not the chair) of the SWG concerned. */
        OWN_SWG_SECRETARIAT,
        /** Any writer: RTP secretariat and SWG secretariats and chairs of any SWG (the shared directory). */
        ANY_WRITER,
        /** Every user, viewers included, on their own account; partner tokens 403. */
        OWN_ACCOUNT
    }

    /** Who may call a read (anonymous never may). */
    enum Read {
        /** The four human roles; partner tokens 403. */
        HUMANS,
        /** Humans and partner tokens. */
        HUMANS_AND_PARTNERS,
        /** RTP secretariat only: users, tokens and audit; VIEWER 403. */
        RTP_ONLY
    }

    static final Map<String, Write> WRITES = Map.ofEntries(
            entry("POST /api/v1/nsedp", Write.RTP_ONLY),
            entry("POST /api/v1/partner-tokens", Write.RTP_ONLY),
            entry("DELETE /api/v1/partner-tokens/{id}", Write.RTP_ONLY),
            entry("POST /api/v1/users", Write.RTP_ONLY),
            entry("POST /api/v1/users/{id}/activate", Write.RTP_ONLY),
            entry("POST /api/v1/users/{id}/deactivate", Write.RTP_ONLY),
            entry("POST /api/v1/account/password", Write.OWN_ACCOUNT),
            entry("PUT /api/v1/swgs/{code}/cadence", Write.RTP_ONLY),
            entry("POST /api/v1/swgs/{code}/sub-groups", Write.RTP_ONLY),
            entry("PUT /api/v1/workplan-deadlines/{year}", Write.RTP_ONLY),
            entry("DELETE /api/v1/workplan-deadlines/{year}", Write.RTP_ONLY),
            entry("PUT /api/v1/exchange-rates/{year}", Write.RTP_ONLY),
            entry("POST /api/v1/workplans/{id}/endorse", Write.RTP_ONLY),
            entry("POST /api/v1/workplans/{id}/return", Write.RTP_ONLY),
            entry("POST /api/v1/organizations", Write.ANY_WRITER),
            entry("PUT /api/v1/organizations/{id}", Write.ANY_WRITER),
            entry("POST /api/v1/people", Write.ANY_WRITER),
            entry("PUT /api/v1/people/{id}", Write.ANY_WRITER),
            entry("POST /api/v1/swgs/{code}/members", Write.OWN_SWG_SECRETARIAT),
            entry("POST /api/v1/swgs/{code}/members/{id}/end", Write.OWN_SWG_SECRETARIAT),
            entry("POST /api/v1/swgs/{code}/workplans", Write.OWN_SWG),
            entry("POST /api/v1/workplans/{id}/activities", Write.OWN_SWG),
            entry("PUT /api/v1/workplans/{id}/activities/{activityId}", Write.OWN_SWG),
            entry("PUT /api/v1/workplans/{id}/activities/{activityId}/disbursements", Write.OWN_SWG),
            entry("DELETE /api/v1/workplans/{id}/activities/{activityId}", Write.OWN_SWG),
            entry("POST /api/v1/workplans/{id}/import", Write.OWN_SWG),
            entry("POST /api/v1/workplans/{id}/activities/{activityId}/progress", Write.OWN_SWG),
            entry("POST /api/v1/workplans/{id}/activities/{activityId}/disbursements", Write.OWN_SWG),
            entry("POST /api/v1/disbursements/{disbursementId}/withdraw", Write.OWN_SWG),
            entry("POST /api/v1/workplans/{id}/copy-forward", Write.OWN_SWG),
            entry("POST /api/v1/workplans/{id}/submit", Write.OWN_SWG),
            entry("PUT /api/v1/swgs/{code}/narratives/{year}", Write.OWN_SWG),
            entry("POST /api/v1/swgs/{code}/narratives/{year}/submit", Write.OWN_SWG),
            entry("POST /api/v1/swgs/{code}/narratives/{year}/return", Write.RTP_ONLY),
            entry("POST /api/v1/swgs/{code}/narratives/{year}/accept", Write.RTP_ONLY),
            entry("POST /api/v1/swgs/{code}/meetings", Write.OWN_SWG),
            entry("POST /api/v1/meetings", Write.RTP_ONLY),
            entry("PUT /api/v1/meetings/{id}", Write.OWN_SWG),
            entry("POST /api/v1/meetings/{id}/held", Write.OWN_SWG),
            entry("POST /api/v1/meetings/{id}/cancel", Write.OWN_SWG),
            entry("POST /api/v1/meetings/{id}/agenda-items", Write.OWN_SWG),
            entry("PUT /api/v1/meetings/{id}/agenda-items/order", Write.OWN_SWG),
            entry("DELETE /api/v1/meetings/{id}/agenda-items/{itemId}", Write.OWN_SWG),
            entry("POST /api/v1/meetings/{id}/attendees", Write.OWN_SWG),
            entry("DELETE /api/v1/meetings/{id}/attendees/{attendeeId}", Write.OWN_SWG),
            entry("PUT /api/v1/meetings/{id}/minutes", Write.OWN_SWG),
            entry("POST /api/v1/meetings/{id}/minutes/publish", Write.OWN_SWG),
            entry("POST /api/v1/meetings/{id}/action-items", Write.OWN_SWG),
            entry("POST /api/v1/action-items/{id}/status", Write.OWN_SWG),
            // Outcomes of the own SWG's meeting (an RTP-level meeting's: RTP secretariat, see OutcomeTest).
            entry("POST /api/v1/meetings/{id}/agenda-items/{itemId}/outcomes", Write.OWN_SWG),
            entry("PUT /api/v1/outcomes/{id}", Write.OWN_SWG),
            entry("DELETE /api/v1/outcomes/{id}", Write.OWN_SWG),
            // The own SWG answers a recommendation addressed to it (the body names the SWG).
            entry("POST /api/v1/recommendations/{id}/responses", Write.OWN_SWG),
            entry("POST /api/v1/recommendations/{id}/actions", Write.OWN_SWG));

    /** Reads that differ from {@link Read#HUMANS}; every other GET of the file is HUMANS. */
    static final Map<String, Read> READS = Map.ofEntries(
            entry("GET /api/v1/users", Read.RTP_ONLY),
            entry("GET /api/v1/users/{id}", Read.RTP_ONLY),
            entry("GET /api/v1/partner-tokens", Read.RTP_ONLY),
            entry("GET /api/v1/audit", Read.RTP_ONLY),
            entry("GET /api/v1/meetings", Read.HUMANS_AND_PARTNERS),
            entry("GET /api/v1/meetings/{id}", Read.HUMANS_AND_PARTNERS),
            // The partner feeds (another branch): partners read published minutes and the calendar.
            entry("GET /api/v1/minutes", Read.HUMANS_AND_PARTNERS),
            entry("GET /api/v1/minutes/{meetingId}", Read.HUMANS_AND_PARTNERS),
            entry("GET /feeds/minutes.atom", Read.HUMANS_AND_PARTNERS),
            entry("GET /calendar/meetings.ics", Read.HUMANS_AND_PARTNERS),
            // The register: partners see the recommendations whose minutes are published.
            entry("GET /api/v1/recommendations", Read.HUMANS_AND_PARTNERS),
            entry("GET /api/v1/recommendations/{id}", Read.HUMANS_AND_PARTNERS),
            entry("GET /api/v1/recommendations.csv", Read.HUMANS_AND_PARTNERS));

    /** GETs known to be for humans only; a GET in neither table fails the test, so it gets classified. */
    static final Set<String> HUMAN_READ_PREFIXES = Set.of("/api/v1/action-items", "/api/v1/compliance",
            "/api/v1/exchange-rates", "/api/v1/meetings/{id}/", "/api/v1/narratives", "/api/v1/nsedp",
            "/api/v1/organizations", "/api/v1/outcomes", "/api/v1/people", "/api/v1/swgs",
            "/api/v1/workplan-deadlines", "/api/v1/workplans");

    @Test
    void everyOperationAnswersEachCallerAsThePolicySays() {
        List<Op> ops = OpenApiOperations.load();
        RealResources own = new RealResources("education");
        RealResources other = new RealResources("governance");
        Bodies bodies = new Bodies(own);
        Map<String, RequestSpecification> callers = callers(own, other);
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Op op : HostileCases.inSafeOrder(ops)) {
            String key = op.toString();
            String url = own.realPath(op);
            if (op.isWrite()) {
                Write policy = WRITES.get(key);
                if (policy == null) {
                    failures.add(key + " is not in RoleMatrixTest.WRITES: decide who may call it");
                    continue;
                }
                String body = op.body() == null ? null : bodies.minimal(op.body()).toString();
                for (Map.Entry<String, RequestSpecification> c : callers.entrySet()) {
                    Response r = send(c.getValue(), op.method(), url, body, op.requestType());
                    requests++;
                    check(failures, key, c.getKey(), r, expectedWrite(policy, c.getKey()));
                }
            } else {
                Read policy = READS.containsKey(key) ? READS.get(key)
                        : HUMAN_READ_PREFIXES.stream().anyMatch(op.path()::startsWith) ? Read.HUMANS : null;
                if (policy == null) {
                    failures.add(key + " is not classified in RoleMatrixTest.READS or HUMAN_READ_PREFIXES");
                    continue;
                }
                for (String caller : List.of("anonymous", "viewer", "partner", "rtp")) {
                    Response r = send(callers.get(caller), "GET", url, null, null);
                    requests++;
                    check(failures, key, caller, r, expectedRead(policy, caller));
                }
            }
        }
        System.out.printf("RoleMatrixTest: %d requests, %d operations, %d failures%n", requests, ops.size(),
                failures.size());
        failures.forEach(f -> System.out.println("  " + f));
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** In this order: the refused callers first, so an allowed delete cannot turn their 403 into a 404. */
    private static Map<String, RequestSpecification> callers(RealResources own, RealResources other) {
        Map<String, RequestSpecification> c = new LinkedHashMap<>();
        c.put("anonymous", given());
        c.put("viewer", basic(Api.user("VIEWER")));
        c.put("partner", given().header("Authorization", "Bearer " + other.partnerTokenSecret));
        c.put("other-secretariat", basic(Api.user("SWG_SECRETARIAT", other.code)));
        c.put("other-chair", basic(Api.user("SWG_CHAIR", other.code)));
        c.put("own-chair", basic(Api.user("SWG_CHAIR", own.code)));
        c.put("own-secretariat", basic(Api.user("SWG_SECRETARIAT", own.code)));
        c.put("rtp", given().auth().preemptive().basic("admin", Api.ADMIN_PASSWORD));
        return c;
    }

    private static RequestSpecification basic(String username) {
        return given().auth().preemptive().basic(username, Api.passwordOf(username));
    }

    /** 401, 403, or 0 for "allowed": any answer below 500 but 401 and 403. */
    static int expectedWrite(Write policy, String caller) {
        return switch (caller) {
            case "anonymous" -> 401;
            case "partner" -> 403;
            case "viewer" -> policy == Write.OWN_ACCOUNT ? 0 : 403;
            case "rtp" -> 0;
            case "other-secretariat", "other-chair" -> policy == Write.ANY_WRITER || policy == Write.OWN_ACCOUNT ? 0 : 403;
            case "own-secretariat" -> policy == Write.RTP_ONLY ? 403 : 0;
            case "own-chair" -> policy == Write.ANY_WRITER || policy == Write.OWN_SWG || policy == Write.OWN_ACCOUNT
                    ? 0 : 403;
            default -> throw new IllegalArgumentException(caller);
        };
    }

    static int expectedRead(Read policy, String caller) {
        return switch (caller) {
            case "anonymous" -> 401;
            // Allowed (0): anything but 401/403 and 5xx; a real resource may still be 404 to a
            // reader, e.g. minutes that are not published.
            case "rtp" -> 0;
            case "viewer" -> policy == Read.RTP_ONLY ? 403 : 0;
            case "partner" -> policy == Read.HUMANS_AND_PARTNERS ? 0 : 403;
            default -> throw new IllegalArgumentException(caller);
        };
    }

    private static Response send(RequestSpecification who, String method, String url, String body, String type) {
        // As API clients do: the declared content type (JSON unless the operation takes another) on
        // every write, body or not (REST Assured would otherwise send a form content type, and 415
        // comes before authentication).
        RequestSpecification s = given().spec(who).contentType(type == null ? "application/json" : type);
        if (body != null) {
            s = s.body(body);
        }
        return s.request(method, url);
    }

    private static void check(List<String> failures, String op, String caller, Response r, int expected) {
        int status = r.statusCode();
        String got = op + " as " + caller + " -> " + status;
        if (status >= 500) {
            failures.add(got + ": server error");
        } else if (expected == 0 && (status == 401 || status == 403)) {
            failures.add(got + ": expected to be allowed");
        } else if (expected != 0 && status != expected) {
            failures.add(got + ": expected " + expected + " " + clip(r.asString()));
        } else if (status == 401 && r.header("WWW-Authenticate") == null) {
            failures.add(got + ": 401 without WWW-Authenticate");
        } else if ((status == 401 || status == 403) && !String.valueOf(r.contentType()).startsWith(
                "application/problem+json")) {
            failures.add(got + ": refusal is not problem+json");
        }
    }

    private static String clip(String s) {
        return s.length() > 200 ? s.substring(0, 200) : s;
    }
}
