package la.rtp.tracker.web;

import static la.rtp.tracker.support.Api.admin;

import io.restassured.response.Response;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import la.rtp.tracker.support.Api;

/** Fixtures of the meeting page tests: a fresh SWG per test, meetings and people made through the API. */
final class MeetingWeb {

    /** The instant the tests pin the clock to: Saturday 15 June 2024, 10:00 in Vientiane (Q2). */
    static final Instant NOW = OffsetDateTime.parse("2024-06-15T10:00:00+07:00").toInstant();

    private MeetingWeb() {
    }

    /** A sub-sector group of health, so that warnings and counts see only this test's data. */
    static String swg() {
        String code = Api.unique("wm").toLowerCase();
        admin().body(Map.of("code", code, "name", "Group " + code, "nameLo", "ກຸ່ມ " + code,
                "leadMinistry", "Ministry of Health", "mandate", "Test group"))
                .post("/api/v1/swgs/health/sub-groups").then().statusCode(201);
        return code;
    }

    /** A two-hour REGULAR meeting created through the API; returns its id. */
    static long meeting(String swg, String startsAt) {
        OffsetDateTime s = OffsetDateTime.parse(startsAt);
        return admin().body(Map.of("title", "Quarterly meeting " + startsAt, "kind", "REGULAR", "startsAt", startsAt,
                "endsAt", s.plusHours(2).toString(), "venue", "MPI room 1"))
                .post("/api/v1/swgs/" + swg + "/meetings").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long person(String name, String gender, Long organizationId) {
        Map<String, Object> b = new HashMap<>();
        b.put("fullName", name);
        b.put("gender", gender);
        b.put("organizationId", organizationId);
        return admin().body(b).post("/api/v1/people").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static Map<String, Object> form(Object... pairs) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    /** The text of the element with this id, e.g. a summary cell. */
    static String byId(Response page, String id) {
        Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(page.asString());
        if (!m.find()) {
            throw new AssertionError("no element #" + id);
        }
        return m.group(1).trim();
    }

    /** The error message shown next to an input. */
    static String errorOf(Response page, String field) {
        return byId(page, "e-" + field);
    }
}
