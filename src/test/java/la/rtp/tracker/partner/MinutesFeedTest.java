package la.rtp.tracker.partner;

import static la.rtp.tracker.partner.PartnerFixtures.attendee;
import static la.rtp.tracker.partner.PartnerFixtures.drafted;
import static la.rtp.tracker.partner.PartnerFixtures.published;
import static la.rtp.tracker.partner.PartnerFixtures.token;
import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Api.partner;
import static la.rtp.tracker.support.Fixtures.actionItem;
import static la.rtp.tracker.support.Fixtures.swg;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import la.rtp.tracker.support.Api;
import la.rtp.tracker.support.Fixtures;
import la.rtp.tracker.support.PinnedClock;
import la.rtp.tracker.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PinnedClock
class MinutesFeedTest {

    @Inject
    TestClock clock;

    @BeforeEach
    void pin() {
        clock.pin(Fixtures.NOW);
    }

    @Test
    void publishedMinutesOnlyNewestMeetingFirstWithAttendanceAndActions() {
        String code = swg();
        long older = published(code, "2024-05-10T09:00:00+07:00");
        long newer = published(code, "2024-06-10T09:00:00+07:00");
        long draft = drafted(code, "2024-06-12T09:00:00+07:00");
        long org = Api.organization("NGO");
        attendee(newer, "FEMALE", org);
        attendee(newer, "MALE", Api.organization("GOVERNMENT"));
        long item = actionItem(newer, org, "2024-07-01");
        String token = token();
        partner(token).get("/api/v1/minutes?swg=" + code).then().statusCode(200).contentType("application/json")
                .body("items.meetingId", contains((int) newer, (int) older)).body("nextCursor", nullValue())
                .body("items[0].swg", equalTo(code)).body("items[0].title", containsString("2024-06-10"))
                .body("items[0].meetingDate", equalTo("2024-06-10")).body("items[0].language", equalTo("en"))
                .body("items[0].body", containsString("Agreed <b>things</b>"))
                .body("items[0].bodyHtml", containsString("<h1>Minutes of"))
                .body("items[0].bodyHtml", not(containsString("<b>")))
                .body("items[0].publishedOn", equalTo("2024-06-15")).body("items[0].publishedAt", notNullValue())
                .body("items[0].updatedAt", notNullValue())
                .body("items[0].attendance.total", equalTo(2)).body("items[0].attendance.women", equalTo(1))
                .body("items[0].attendance.byOrganizationType.NGO", equalTo(1))
                .body("items[0].actionItems[0].id", equalTo((int) item))
                .body("items[0].actionItems[0].ownerOrganizationId", equalTo((int) org))
                .body("items[0].actionItems[0].ownerOrganization", containsString("Org NGO"))
                .body("items[0].actionItems[0].dueDate", equalTo("2024-07-01"))
                .body("items[0].actionItems[0].status", equalTo("OPEN"))
                .body("items[1].attendance.total", equalTo(0)).body("items[1].actionItems.size()", equalTo(0));
        partner(token).get("/api/v1/minutes/" + newer).then().statusCode(200).body("meetingId", equalTo((int) newer))
                .body("actionItems.size()", equalTo(1)).body("attendance.total", equalTo(2));
        partner(token).get("/api/v1/minutes/" + draft).then().statusCode(404)
                .contentType("application/problem+json").body("type", endsWith("/not-found"));
        partner(token).get("/api/v1/minutes/99999999").then().statusCode(404);
        admin().get("/api/v1/minutes/" + draft).then().statusCode(404);
        admin().get("/api/v1/minutes?swg=" + code).then().statusCode(200)
                .body("items.meetingId", not(hasItem((int) draft)));
    }

    @Test
    void filtersByDatesAndUpdatedSince() {
        String code = swg();
        long may = published(code, "2024-05-31T23:30:00+07:00");
        long june = published(code, "2024-06-01T00:30:00+07:00");
        clock.pin(Fixtures.NOW.plusSeconds(3600));
        PartnerFixtures.edit(may, "Corrected later");
        String base = "/api/v1/minutes?swg=" + code;
        admin().get(base + "&from=2024-06-01").then().statusCode(200).body("items.meetingId", contains((int) june));
        admin().get(base + "&to=2024-05-31").then().statusCode(200).body("items.meetingId", contains((int) may));
        admin().get(base + "&from=2024-05-31&to=2024-06-01").then().body("items.size()", equalTo(2));
        admin().queryParam("updatedSince", "2024-06-15T10:30:00+07:00").get(base).then().statusCode(200)
                .body("items.meetingId", contains((int) may));
        admin().queryParam("updatedSince", "2024-06-15T10:00:00+07:00").get(base).then().body("items.size()", equalTo(2));
        admin().get(base + "&updatedSince=2024-06-15T03:00:00Z").then().body("items.size()", equalTo(2));
        admin().get("/api/v1/minutes?swg=no-such-group").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void malformedParametersAre400() {
        for (String query : List.of("limit=0", "limit=201", "limit=abc", "cursor=not-a-cursor", "cursor=djF8eHx5",
                "from=2024-13-01", "updatedSince=yesterday", "from=2024-06-02&to=2024-06-01")) {
            admin().get("/api/v1/minutes?" + query).then().statusCode(400).contentType("application/problem+json")
                    .body("type", endsWith("/bad-request"));
        }
        admin().get("/api/v1/minutes?limit=200").then().statusCode(200);
        admin().get("/api/v1/minutes/abc").then().statusCode(400);
    }

    @Test
    void cursorWalkSeesEveryItemOnceWhileMinutesArePublished() {
        String code = swg();
        List<Long> expected = new ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            expected.add(0, published(code, "2024-05-%02dT09:00:00+07:00".formatted(day * 3)));
        }
        // A second meeting at the same start time as the one of 9 May (index 4): the higher id comes first.
        expected.add(4, published(code, "2024-05-09T09:00:00+07:00"));
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonPath page = admin().get("/api/v1/minutes?limit=3&swg=" + code + (cursor == null ? "" : "&cursor="
                    + cursor)).then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.meetingId", Long.class));
            cursor = page.getString("nextCursor");
            if (pages++ == 0) {
                // Published between pages: one before the walk's position (not seen), one after it (seen).
                published(code, "2024-05-30T09:00:00+07:00");
                expected.add(published(code, "2024-05-01T09:00:00+07:00"));
            }
        } while (cursor != null);
        assertEquals(new HashSet<>(seen).size(), seen.size(), "no item twice: " + seen);
        assertEquals(expected, seen, "every item once, newest meeting first");
        assertTrue(pages >= 3);
    }
}
