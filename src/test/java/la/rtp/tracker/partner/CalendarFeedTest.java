package la.rtp.tracker.partner;

import static io.restassured.RestAssured.given;
import static la.rtp.tracker.partner.PartnerFixtures.token;
import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Fixtures.meetingTitled;
import static la.rtp.tracker.support.Fixtures.swg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Map;
import java.util.stream.Collectors;
import la.rtp.tracker.support.Fixtures;
import la.rtp.tracker.support.PinnedClock;
import la.rtp.tracker.support.TestClock;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PinnedClock
class CalendarFeedTest {

    @Inject
    TestClock clock;

    @BeforeEach
    void pin() {
        clock.pin(Fixtures.NOW);
    }

    private static String prop(VEvent e, String name) {
        return e.getProperty(name).map(p -> p.getValue()).orElse(null);
    }

    @Test
    void meetingsAsICalendarWithTimeZoneStatusAndSequence() throws Exception {
        String code = swg();
        String longTitle = "Annual joint review of the health sector with development partners and provinces "
                + "ກອງປະຊຸມທົບທວນປະຈຳປີ";
        long scheduled = meetingTitled(code, "2024-07-02T14:00:00+07:00", longTitle);
        long held = meetingTitled(code, "2024-06-10T09:00:00+07:00", "Held meeting");
        admin().post("/api/v1/meetings/" + held + "/held").then().statusCode(200);
        long cancelled = meetingTitled(code, "2024-07-09T09:00:00+07:00", "Cancelled meeting");
        admin().body(Map.of("reason", "Minister travelling")).post("/api/v1/meetings/" + cancelled + "/cancel")
                .then().statusCode(200);
        long old = meetingTitled(code, "2023-06-01T09:00:00+07:00", "Too old for the calendar");
        var response = given().queryParam("token", token()).get("/calendar/meetings.ics?swg=" + code).then()
                .statusCode(200).contentType("text/calendar;charset=UTF-8").extract();
        byte[] bytes = response.asByteArray();
        String text = new String(bytes, StandardCharsets.UTF_8);

        assertTrue(text.endsWith("\r\n"));
        assertFalse(text.replace("\r\n", "").contains("\n"), "CRLF line ends only");
        for (String line : text.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "at most 75 octets: " + line);
        }
        assertTrue(text.contains("\r\n "), "long lines are folded");

        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        assertEquals("2.0", calendar.getProperty("VERSION").orElseThrow().getValue());
        assertTrue(calendar.getComponent("VTIMEZONE").isPresent());
        Map<String, VEvent> events = calendar.<VEvent>getComponents("VEVENT").stream()
                .collect(Collectors.toMap(e -> prop(e, "UID"), e -> e));
        assertEquals(3, events.size(), "the meeting of June 2023 is outside the window: " + events.keySet());
        assertFalse(events.containsKey("meeting-" + old + "@swg-tracker.rtp.gov.la"));

        VEvent s = events.get("meeting-" + scheduled + "@swg-tracker.rtp.gov.la");
        assertEquals(code + ": " + longTitle, prop(s, "SUMMARY"), "unfolded to the whole title");
        assertEquals("CONFIRMED", prop(s, "STATUS"));
        assertEquals("0", prop(s, "SEQUENCE"));
        assertEquals("MPI meeting room 1", prop(s, "LOCATION"));
        Temporal start = s.<DtStart<Temporal>>getProperty("DTSTART").orElseThrow().getDate();
        assertEquals(OffsetDateTime.parse("2024-07-02T14:00:00+07:00").toInstant(),
                ZonedDateTime.from(start).toInstant());
        assertEquals("Asia/Vientiane", s.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow()
                .getValue());
        assertTrue(s.getProperty("DTSTAMP").isPresent());
        assertTrue(s.getProperty("DTEND").isPresent());

        assertEquals("CONFIRMED", prop(events.get("meeting-" + held + "@swg-tracker.rtp.gov.la"), "STATUS"));
        VEvent c = events.get("meeting-" + cancelled + "@swg-tracker.rtp.gov.la");
        assertEquals("CANCELLED", prop(c, "STATUS"));
        assertEquals("1", prop(c, "SEQUENCE"), "bumped by the cancellation");
        assertTrue(prop(c, "DESCRIPTION").contains("Minister travelling"));
    }

    @Test
    void rescheduleBumpsSequenceAndOnlineLinkIsShown() throws Exception {
        String code = swg();
        long m = meetingTitled(code, "2024-07-02T14:00:00+07:00", "Moving meeting");
        var current = admin().get("/api/v1/meetings/" + m).then().extract().jsonPath();
        admin().body(Map.of("title", "Moving meeting", "kind", "REGULAR", "startsAt", "2024-07-03T14:00:00+07:00",
                "endsAt", "2024-07-03T16:00:00+07:00", "venue", "Online", "onlineLink", "https://meet.example.org/x",
                "version", current.getLong("version"))).put("/api/v1/meetings/" + m).then().statusCode(200);
        String text = given().queryParam("token", token()).get("/calendar/meetings.ics?swg=" + code).then()
                .statusCode(200).extract().asString();
        VEvent e = new CalendarBuilder().build(new StringReader(text)).<VEvent>getComponents("VEVENT").get(0);
        assertEquals("1", prop(e, "SEQUENCE"));
        assertEquals("https://meet.example.org/x", prop(e, "URL"));
        assertTrue(prop(e, "DESCRIPTION").contains("https://meet.example.org/x"));
        assertTrue(text.contains("DTSTART;TZID=Asia/Vientiane:20240703T140000\r\n"), text);
    }
}
