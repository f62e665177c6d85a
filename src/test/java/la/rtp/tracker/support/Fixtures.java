package la.rtp.tracker.support;

import static la.rtp.tracker.support.Api.admin;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * Test data made through the API, shared by the API and the workspace page tests. Each test makes
 * its own sub-sector group, so that counts, warnings and lists filtered by it see only its data;
 * helpers of one area only (workplan activity bodies, minutes, page forms) stay beside its tests.
 */
public final class Fixtures {

    /** The instant the tests pin the clock to: Saturday 15 June 2024, 10:00 in Vientiane (Q2). */
    public static final Instant NOW = OffsetDateTime.parse("2024-06-15T10:00:00+07:00").toInstant();

    private Fixtures() {
    }

    /** A new sub-sector group of health; returns its code. */
    public static String swg() {
        return subGroup("health");
    }

    /** A new sub-sector group under {@code parent}; returns its code. */
    public static String subGroup(String parent) {
        String code = Api.unique("swg").toLowerCase();
        admin().body(Map.of("code", code, "name", "Group " + code, "nameLo", "ກຸ່ມ " + code,
                "leadMinistry", "Ministry of Health", "mandate", "Test group"))
                .post("/api/v1/swgs/{code}/sub-groups", parent).then().statusCode(201);
        return code;
    }

    /** An empty workplan of the SWG for {@code year}; returns its id. */
    public static long workplan(String swg, int year) {
        return admin().body(Map.of("year", year)).post("/api/v1/swgs/" + swg + "/workplans").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A meeting's create body, in the venue "MPI meeting room 1". */
    public static Map<String, Object> meetingBody(String title, String kind, String startsAt, String endsAt) {
        Map<String, Object> b = new HashMap<>();
        b.put("title", title);
        b.put("kind", kind);
        b.put("startsAt", startsAt);
        b.put("endsAt", endsAt);
        b.put("venue", "MPI meeting room 1");
        return b;
    }

    /** A two-hour REGULAR meeting "Quarterly meeting ..." starting at {@code startsAt} (ISO with offset); returns its id. */
    public static long meeting(String swg, String startsAt) {
        return meeting(swg, startsAt, "REGULAR");
    }

    /** A two-hour meeting of this kind starting at {@code startsAt}; returns its id. */
    public static long meeting(String swg, String startsAt, String kind) {
        return create(swg, "Quarterly meeting " + startsAt, kind, startsAt);
    }

    /** A two-hour REGULAR meeting with this title; returns its id. */
    public static long meetingTitled(String swg, String startsAt, String title) {
        return create(swg, title, "REGULAR", startsAt);
    }

    private static long create(String swg, String title, String kind, String startsAt) {
        String endsAt = OffsetDateTime.parse(startsAt).plusHours(2).toString();
        return admin().body(meetingBody(title, kind, startsAt, endsAt)).post("/api/v1/swgs/" + swg + "/meetings")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A REGULAR meeting that started before the pinned clock, marked held; returns its id. */
    public static long held(String swg, String startsAt) {
        long id = meeting(swg, startsAt);
        admin().post("/api/v1/meetings/" + id + "/held").then().statusCode(200);
        return id;
    }

    /** A person with a name no other test uses; the organisation may be null; returns the id. */
    public static long person(String gender, Long organizationId) {
        return person(Api.unique("Person"), gender, organizationId);
    }

    public static long person(String fullName, String gender, Long organizationId) {
        Map<String, Object> b = new HashMap<>();
        b.put("fullName", fullName);
        b.put("gender", gender);
        b.put("organizationId", organizationId);
        return admin().body(b).post("/api/v1/people").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** An action item "Share the draft decree" of the meeting; returns its id. */
    public static long actionItem(long meetingId, long ownerOrganizationId, String dueDate) {
        return actionItem(meetingId, "Share the draft decree", ownerOrganizationId, dueDate);
    }

    /** An action item owned by a new government organisation; returns its id. */
    public static long actionItem(long meetingId, String description, String dueDate) {
        return actionItem(meetingId, description, Api.organization("GOVERNMENT"), dueDate);
    }

    public static long actionItem(long meetingId, String description, long ownerOrganizationId, String dueDate) {
        return admin().body(Map.of("description", description, "ownerOrganizationId", ownerOrganizationId,
                "dueDate", dueDate))
                .post("/api/v1/meetings/" + meetingId + "/action-items").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** The action item's current version, as a client reads it before changing the status. */
    public static long actionVersion(long item) {
        return admin().get("/api/v1/action-items/" + item).then().statusCode(200).extract().jsonPath()
                .getLong("version");
    }

    /** The status change body with the version read just now. */
    public static Map<String, Object> statusChange(long item, String status, String on) {
        Map<String, Object> b = new HashMap<>();
        b.put("status", status);
        if (on != null) {
            b.put("on", on);
        }
        b.put("version", actionVersion(item));
        return b;
    }
}
