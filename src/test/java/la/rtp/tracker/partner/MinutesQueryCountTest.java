package la.rtp.tracker.partner;

import static la.rtp.tracker.partner.PartnerFixtures.attendee;
import static la.rtp.tracker.partner.PartnerFixtures.published;
import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Fixtures.actionItem;
import static la.rtp.tracker.support.Fixtures.swg;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import la.rtp.tracker.support.Api;
import la.rtp.tracker.support.Fixtures;
import la.rtp.tracker.support.PinnedClock;
import la.rtp.tracker.support.TestClock;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The minutes list and the feeds cost the same number of SQL statements whatever the number of rows. */
@QuarkusTest
@PinnedClock
class MinutesQueryCountTest {

    @Inject
    TestClock clock;

    @Inject
    SessionFactory sessionFactory;

    @BeforeEach
    void pin() {
        clock.pin(Fixtures.NOW);
    }

    private static void full(String code, int day, long org) {
        long m = published(code, "2024-05-%02dT09:00:00+07:00".formatted(day));
        attendee(m, "FEMALE", org);
        attendee(m, "MALE", Api.organization("NPA"));
        actionItem(m, org, "2024-07-01");
        actionItem(m, org, "2024-07-02");
    }

    private long statements(String path, int expectedItems) {
        sessionFactory.getStatistics().clear();
        admin().get(path).then().statusCode(200).body("items.size()", equalTo(expectedItems));
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    private long statements(String path, String etag) {
        sessionFactory.getStatistics().clear();
        admin().header("If-None-Match", etag).get(path).then().statusCode(304);
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    private long feedStatements(String path) {
        sessionFactory.getStatistics().clear();
        admin().accept("*/*").get(path).then().statusCode(200);
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    @Test
    void constantStatementsAsDataGrows() {
        String code = swg();
        long org = Api.organization("GOVERNMENT");
        full(code, 1, org);
        full(code, 2, org);
        String list = "/api/v1/minutes?limit=50&swg=" + code;
        String atom = "/feeds/minutes.atom?swg=" + code;
        String ics = "/calendar/meetings.ics?swg=" + code;
        long few = statements(list, 2);
        long fewAtom = feedStatements(atom);
        long fewIcs = feedStatements(ics);
        for (int day = 3; day <= 12; day++) {
            full(code, day, org);
        }
        assertEquals(few, statements(list, 12), "GET /api/v1/minutes statements");
        assertEquals(fewAtom, feedStatements(atom), "GET /feeds/minutes.atom statements");
        assertEquals(fewIcs, feedStatements(ics), "GET /calendar/meetings.ics statements");
        // Authentication (the user with their SWG scope), the ETag aggregate, the page, attendance,
        // action items, and the aggregate again before the page's JSON is cached.
        assertEquals(6, few, "GET /api/v1/minutes statements");
        // The same page again with nothing committed since: the user, the page's ETag and its
        // JSON are all known (common.Changes), so no SQL at all; the same for a current client.
        assertEquals(0, statements(list, 12), "GET /api/v1/minutes statements, cached page");
        String etag = admin().get(list).then().extract().header("ETag");
        assertEquals(0, statements(list, etag), "GET /api/v1/minutes with a matching If-None-Match");
        // After any committed write: authentication, the aggregate, and the page's JSON from the
        // cache by its ETag when the write did not touch it.
        Api.organization("NGO");
        assertEquals(2, statements(list, 12), "GET /api/v1/minutes statements after an unrelated write");
        assertEquals(0, statements(list, etag), "GET /api/v1/minutes, current client, known again");
    }
}
