package la.rtp.tracker.recommendation;

import static la.rtp.tracker.support.Api.admin;

import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import la.rtp.tracker.support.Fixtures;

/**
 * Test data of the recommendation tests: two SWGs taking part in an RTIM of {@code year}, each
 * with a held meeting of its own on 1 March that raised action items, the RTIM on 10 March with
 * an agenda item per SWG segment. Requests go through the API except what only the database can
 * do before RTP-level meetings have an API ({@link RtpMeetings}).
 */
final class RecommendationScenario {

    final int year;
    final String a = Fixtures.swg();
    final String b = Fixtures.swg();
    final long rtim;
    final long segmentA;
    final long segmentB;
    final long ownMeetingA;
    final long ownMeetingB;

    /** The clock must be pinned after 1 March of {@code year}. */
    RecommendationScenario(int year) {
        this.year = year;
        ownMeetingA = Fixtures.held(a, year + "-03-01T09:00:00+07:00");
        ownMeetingB = Fixtures.held(b, year + "-03-01T09:00:00+07:00");
        rtim = RtpMeetings.rtim("RTIM " + year, LocalDate.of(year, 3, 10), a, b);
        segmentA = RtpMeetings.agendaItem(rtim, "Review of " + a, a);
        segmentB = RtpMeetings.agendaItem(rtim, "Review of " + b, b);
    }

    String day(int month, int day) {
        return LocalDate.of(year, month, day).toString();
    }

    /** An action item of the SWG's own meeting, due 30 June; returns its id. */
    long action(String swg, String description) {
        return Fixtures.actionItem(swg.equals(a) ? ownMeetingA : ownMeetingB, description, day(6, 30));
    }

    /** A recommendation on the agenda item, addressed to both SWGs, as the RTP secretariat; returns its id. */
    long recommendation(long item, String text) {
        return admin().body(body("RECOMMENDATION", text, List.of(a, b), day(9, 30)))
                .post("/api/v1/meetings/" + rtim + "/agenda-items/" + item + "/outcomes").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    static Map<String, Object> body(String type, String textEn, List<String> swgs, String dueDate) {
        Map<String, Object> b = new HashMap<>();
        b.put("type", type);
        b.put("textEn", textEn);
        b.put("swgs", swgs);
        b.put("dueDate", dueDate);
        return b;
    }

    static Map<String, Object> answer(String swg, String decision, String reason, List<Long> actionItemIds) {
        Map<String, Object> b = new HashMap<>();
        b.put("swg", swg);
        b.put("decision", decision);
        b.put("reason", reason);
        b.put("actionItemIds", actionItemIds);
        return b;
    }

    /** Every entry of the register page as "recommendation/swg" -> status. */
    static Map<String, String> statuses(RequestSpecification who, String query) {
        List<Map<String, Object>> items = who.get("/api/v1/recommendations?" + query).then().statusCode(200)
                .extract().jsonPath().getList("items");
        Map<String, String> out = new TreeMap<>();
        for (Map<String, Object> item : items) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> entries = (List<Map<String, Object>>) item.get("addressees");
            for (Map<String, Object> e : entries) {
                out.put(item.get("id") + "/" + e.get("swg"), (String) e.get("status"));
            }
        }
        return out;
    }

    /** The expected statuses: pairs of (recommendation, swg, status). */
    static Map<String, String> expect(Object... triples) {
        Map<String, String> out = new TreeMap<>();
        for (int i = 0; i < triples.length; i += 3) {
            out.put(triples[i] + "/" + triples[i + 1], (String) triples[i + 2]);
        }
        return out;
    }

    static List<Long> ids(long... ids) {
        List<Long> out = new ArrayList<>();
        for (long id : ids) {
            out.add(id);
        }
        return out;
    }
}
