package la.rtp.tracker.reliability;

import static la.rtp.tracker.support.Api.admin;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import la.rtp.tracker.recommendation.RtpMeetings;
import la.rtp.tracker.support.Api;

/**
 * One of every resource that a path of the contract can name, all under a sub-sector group of
 * our own and dated in {@link #YEAR}, a year no other test uses, so that what the reliability tests
 * do to them (including successful writes) cannot disturb another test's compliance figures.
 */
final class RealResources {

    static final int YEAR = 2190;

    final String code;
    final long organization;
    final long person;
    final long workplan;
    final long activity;
    final long meeting;
    final long agendaItem;
    final long attendee;
    final long actionItem;
    final long membership;
    final long partnerToken;
    final String partnerTokenSecret;
    final long user;
    final long nsedpPlan;
    /** A decision on the SWG meeting's agenda item. */
    final long outcome;
    /** A recommendation to the SWG of an RTP-level meeting whose minutes are published. */
    final long recommendation;
    /** A disbursement on the activity's one budget line (a cumulative figure, so dated today). */
    final long disbursement;

    RealResources(String parent) {
        code = Api.unique("rel");
        admin().body(Map.of("code", code, "name", "Reliability " + code, "nameLo", "ທົດສອບ", "leadMinistry",
                "MPI", "mandate", "Test data of the reliability tests"))
                .post("/api/v1/swgs/" + parent + "/sub-groups").then().statusCode(201);
        organization = Api.organization("GOVERNMENT");
        person = id(admin().body(Map.of("fullName", Api.unique("Person"), "gender", "FEMALE",
                "organizationId", organization)).post("/api/v1/people"));
        workplan = id(admin().body(Map.of("year", YEAR)).post("/api/v1/swgs/" + code + "/workplans"));
        admin().body(Map.of("achievementsEn", "Achievements")).put("/api/v1/swgs/" + code + "/narratives/" + YEAR)
                .then().statusCode(201);
        activity = id(admin().body(Map.of("title", "Activity", "quarters", List.of(1),
                "responsibleOrganizationId", organization, "budget", List.of(Map.of("source", "GOVERNMENT",
                        "plannedUsd", 100, "disbursedUsd", 10))))
                .post("/api/v1/workplans/" + workplan + "/activities"));
        disbursement = admin().get("/api/v1/workplans/" + workplan + "/activities/" + activity + "/disbursements")
                .then().statusCode(200).extract().jsonPath().getLong("disbursements[0].id");
        meeting = id(admin().body(Map.of("title", "Meeting", "kind", "REGULAR", "startsAt",
                YEAR + "-03-02T09:00:00+07:00", "endsAt", YEAR + "-03-02T11:00:00+07:00", "venue", "MPI"))
                .post("/api/v1/swgs/" + code + "/meetings"));
        agendaItem = id(admin().body(Map.of("title", "Item")).post("/api/v1/meetings/" + meeting + "/agenda-items"));
        attendee = id(admin().body(Map.of("personId", person)).post("/api/v1/meetings/" + meeting + "/attendees"));
        admin().body(Map.of("body", "# Minutes", "language", "en")).put("/api/v1/meetings/" + meeting + "/minutes")
                .then().statusCode(org.hamcrest.Matchers.either(org.hamcrest.Matchers.is(200))
                        .or(org.hamcrest.Matchers.is(201)));
        actionItem = id(admin().body(Map.of("description", "Follow up", "dueDate", YEAR + "-04-01",
                "ownerOrganizationId", organization)).post("/api/v1/meetings/" + meeting + "/action-items"));
        membership = id(admin().body(Map.of("personId", person, "role", "MEMBER", "startDate", YEAR + "-01-01"))
                .post("/api/v1/swgs/" + code + "/members"));
        Map<String, Object> token = Api.partnerToken();
        partnerToken = ((Number) token.get("id")).longValue();
        partnerTokenSecret = (String) token.get("token");
        user = id(admin().body(Map.of("username", Api.unique("rel-user"), "password", "reliability-user-password",
                "displayName", "Reliability", "role", "VIEWER")).post("/api/v1/users"));
        outcome = id(admin().body(Map.of("type", "DECISION", "textEn", "Decided"))
                .post("/api/v1/meetings/" + meeting + "/agenda-items/" + agendaItem + "/outcomes"));
        long rtim = RtpMeetings.rtim("RTIM " + code, LocalDate.of(YEAR, 3, 10), code);
        long segment = RtpMeetings.agendaItem(rtim, "Review of " + code, code);
        recommendation = id(admin().body(Map.of("type", "RECOMMENDATION", "textEn", "Recommended", "swgs",
                List.of(code), "dueDate", YEAR + "-06-30"))
                .post("/api/v1/meetings/" + rtim + "/agenda-items/" + segment + "/outcomes"));
        RtpMeetings.held(rtim);
        RtpMeetings.publishMinutes(rtim, LocalDate.of(YEAR, 3, 11));
        nsedpPlan = admin().get("/api/v1/nsedp").then().statusCode(200).extract().jsonPath().getLong("items[0].id");
    }

    private static long id(io.restassured.response.Response r) {
        return r.then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /**
     * The real value of path parameter {@code name} in {@code path}, chosen by the collection
     * segment just before it; fails for a parameter nobody classified, so none is skipped silently.
     */
    String pathValue(String path, String name) {
        String[] parts = path.split("/");
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].equals("{" + name + "}")) {
                return switch (parts[i - 1]) {
                    case "swgs" -> code;
                    case "organizations" -> String.valueOf(organization);
                    case "people" -> String.valueOf(person);
                    case "workplans" -> String.valueOf(workplan);
                    case "activities" -> String.valueOf(activity);
                    case "meetings", "minutes" -> String.valueOf(meeting);
                    case "agenda-items" -> String.valueOf(agendaItem);
                    case "attendees" -> String.valueOf(attendee);
                    case "action-items" -> String.valueOf(actionItem);
                    case "members" -> String.valueOf(membership);
                    case "partner-tokens" -> String.valueOf(partnerToken);
                    case "users" -> String.valueOf(user);
                    case "nsedp" -> String.valueOf(nsedpPlan);
                    case "workplan-deadlines", "exchange-rates", "narratives" -> String.valueOf(YEAR);
                    case "disbursements" -> String.valueOf(disbursement);
                    case "outcomes" -> String.valueOf(outcome);
                    case "recommendations" -> String.valueOf(recommendation);
                    default -> throw new AssertionError("No real resource for {" + name + "} in " + path
                            + ": add one to RealResources");
                };
            }
        }
        throw new AssertionError("{" + name + "} is not in " + path);
    }

    /** The path with every parameter replaced by its real value. */
    String realPath(OpenApiOperations.Op op) {
        String path = op.path();
        for (OpenApiOperations.Param p : op.in("path")) {
            path = path.replace("{" + p.name() + "}", pathValue(op.path(), p.name()));
        }
        return path;
    }
}
