package la.rtp.tracker.partner;

import static io.restassured.RestAssured.given;
import static la.rtp.tracker.support.Api.admin;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import la.rtp.tracker.support.Fixtures;
import la.rtp.tracker.support.PinnedClock;
import la.rtp.tracker.support.TestClock;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Control characters and unpaired surrogates: refused at input with 422 naming the field (line
 * breaks and tabs only in multi-line fields), and harmless in the feeds even if the database holds
 * them anyway.
 */
@QuarkusTest
@PinnedClock
class ControlCharactersTest {

    static final String INJECTION = "Quarterly\r\nURL:http://evil\r\nBEGIN:VEVENT";

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    @BeforeEach
    void pin() {
        clock.pin(Fixtures.NOW);
    }

    private static Map<String, Object> meeting(String title, String venue) {
        return Map.of("title", title, "kind", "REGULAR", "startsAt", "2024-07-02T09:00:00+07:00",
                "endsAt", "2024-07-02T11:00:00+07:00", "venue", venue);
    }

    @Test
    void lineBreaksInASingleLineFieldAre422NamingIt() {
        String code = Fixtures.swg();
        for (String title : List.of(INJECTION, "Bare\rCR", "Line\u2028separator", "Bell\u0007", "Del\u007F",
                "Tab\there", "C1\u0085")) {
            admin().body(meeting(title, "MPI")).post("/api/v1/swgs/" + code + "/meetings").then().statusCode(422)
                    .contentType("application/problem+json").body("type", org.hamcrest.Matchers.endsWith("/validation"))
                    .body("errors.size()", equalTo(1)).body("errors[0].field", equalTo("title"));
        }
        admin().body(meeting("Quarterly", "Room\r1")).post("/api/v1/swgs/" + code + "/meetings").then()
                .statusCode(422).body("errors[0].field", equalTo("venue"));
        admin().body(Map.of("name", "Org\nName", "type", "NGO")).post("/api/v1/organizations").then()
                .statusCode(422).body("errors[0].field", equalTo("name"));
    }

    @Test
    void loneSurrogatesAreRefusedEverywhere() {
        admin().body("{\"name\":\"Bad \\uD800 name\",\"type\":\"NGO\"}").post("/api/v1/organizations").then()
                .statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("name"));
        admin().body("{\"name\":\"Bad \\uDC00\\uD800 name\",\"type\":\"NGO\"}").post("/api/v1/organizations").then()
                .statusCode(422).body("errors[0].field", equalTo("name"));
        long id = Fixtures.meetingTitled(Fixtures.swg(), "2024-06-01T09:00:00+07:00", "Held");
        admin().post("/api/v1/meetings/" + id + "/held").then().statusCode(200);
        admin().body("{\"body\":\"Minutes \\uD83D\",\"language\":\"en\"}").put("/api/v1/meetings/" + id + "/minutes")
                .then().statusCode(422).body("errors[0].field", equalTo("body"));
        admin().body("{\"body\":\"Minutes \\u0001\",\"language\":\"en\"}").put("/api/v1/meetings/" + id + "/minutes")
                .then().statusCode(422).body("errors[0].field", equalTo("body"));
        // A pair is one character (an emoji), not a lone surrogate.
        admin().body("{\"body\":\"Minutes \\uD83D\\uDE00\",\"language\":\"en\"}")
                .put("/api/v1/meetings/" + id + "/minutes").then().statusCode(201);
    }

    @Test
    void tabsAndLineBreaksAreAcceptedInMultiLineFields() {
        long id = Fixtures.meetingTitled(Fixtures.swg(), "2024-06-01T09:00:00+07:00", "Held");
        admin().post("/api/v1/meetings/" + id + "/held").then().statusCode(200);
        String body = "# Minutes\r\n\r\n\tIndented\nLine\u2028separated";
        admin().body(Map.of("body", body, "language", "en")).put("/api/v1/meetings/" + id + "/minutes").then()
                .statusCode(201).body("body", equalTo(body));
        long other = Fixtures.meetingTitled(Fixtures.swg(), "2024-07-01T09:00:00+07:00", "Cancelled");
        admin().body(Map.of("reason", "Minister travelling;\r\n\trescheduled")).post("/api/v1/meetings/" + other
                + "/cancel").then().statusCode(200);
    }

    @Test
    void theCalendarParsesStrictlyEvenIfTheDatabaseHoldsControlCharacters() throws Exception {
        String code = Fixtures.swg();
        long forced = Fixtures.meetingTitled(code, "2024-07-02T09:00:00+07:00", "To be forced");
        long plain = Fixtures.meetingTitled(code, "2024-07-03T09:00:00+07:00", "Plain; with, commas");
        long lone = Fixtures.meetingTitled(code, "2024-07-04T09:00:00+07:00", "To be forced too");
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update meeting set title = ?1, venue = ?2 where id = ?3")
                    .setParameter(1, INJECTION).setParameter(2, "Room\r1\u0001").setParameter(3, forced)
                    .executeUpdate();
            em.createNativeQuery("update meeting set title = ?1 where id = ?2")
                    .setParameter(1, "Lone \uD800 surrogate\rURL:http://evil").setParameter(2, lone).executeUpdate();
        });

        String text = new String(given().queryParam("token", PartnerFixtures.token())
                .get("/calendar/meetings.ics?swg=" + code).then().statusCode(200).extract().asByteArray(),
                StandardCharsets.UTF_8);
        for (String line : text.split("\r\n")) {
            assertFalse(line.startsWith("URL:"), line);
            assertFalse(line.indexOf('\r') >= 0 || line.indexOf('\n') >= 0, "a bare CR or LF: " + line);
        }
        assertEquals(3, text.split("\r\nBEGIN:VEVENT\r\n", -1).length - 1, text);

        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(3, events.size());
        Map<String, String> summaries = new java.util.HashMap<>();
        for (VEvent e : events) {
            assertTrue(e.getProperty("URL").isEmpty(), "no forged URL property");
            summaries.put(e.getProperty("UID").orElseThrow().getValue(), e.getProperty("SUMMARY").orElseThrow().getValue());
        }
        assertEquals(code + ": Quarterly URL:http://evil BEGIN:VEVENT", summaries.get(uid(forced)));
        assertEquals(code + ": Plain; with, commas", summaries.get(uid(plain)));
        assertTrue(summaries.get(uid(lone)).startsWith(code + ": Lone "), summaries.get(uid(lone)));
        assertTrue(summaries.get(uid(lone)).endsWith(" surrogate URL:http://evil"), summaries.get(uid(lone)));
        VEvent first = events.stream().filter(e -> e.getProperty("UID").orElseThrow().getValue().equals(uid(forced)))
                .findFirst().orElseThrow();
        assertEquals("Room 1\uFFFD", first.getProperty("LOCATION").orElseThrow().getValue());
    }

    @Test
    void theAtomFeedStaysXmlEvenIfTheDatabaseHoldsControlCharacters() throws Exception {
        String code = Fixtures.swg();
        long id = PartnerFixtures.published(code, "2024-06-10T09:00:00+07:00");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update meeting set title = ?1 where id = ?2")
                .setParameter(1, "Bell\u0007 \uD800 and\r\nbreak").setParameter(2, id).executeUpdate());
        byte[] xml = given().queryParam("token", PartnerFixtures.token()).get("/feeds/minutes.atom?swg=" + code)
                .then().statusCode(200).extract().asByteArray();
        var feed = AtomFeedTest.parse(xml).getDocumentElement();
        String title = AtomFeedTest.text(AtomFeedTest.child(feed, "entry"), "title");
        assertTrue(title.startsWith(code + ": Bell\uFFFD "), title);
    }

    private static String uid(long meeting) {
        return "meeting-" + meeting + MeetingCalendar.UID_DOMAIN;
    }
}
