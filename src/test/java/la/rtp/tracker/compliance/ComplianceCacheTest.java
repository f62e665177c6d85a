package la.rtp.tracker.compliance;

import static la.rtp.tracker.support.Api.admin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import la.rtp.tracker.support.PinnedClock;
import la.rtp.tracker.support.TestClock;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A report asked again with nothing committed since is the kept one (no SQL); any write makes
 * the next one fresh, so a change of the data shows at once.
 */
@QuarkusTest
@PinnedClock
class ComplianceCacheTest {

    static final int YEAR = 2034;
    static final String CODE = "trade-private-sector";
    static final String JSON = "/api/v1/compliance?year=" + YEAR + "&asOf=" + YEAR + "-03-01";
    static final String HTML = "/reports/compliance?year=" + YEAR + "&asOf=" + YEAR + "-03-01";
    static final String RTP2 = "swgs.find { it.code == '" + CODE + "' }.rules.find { it.rule == 'RTP-2' }.status";

    @Inject
    TestClock clock;

    @Inject
    SessionFactory sessionFactory;

    @BeforeEach
    void pin() {
        clock.pin(OffsetDateTime.parse(YEAR + "-01-10T10:00:00+07:00").toInstant());
    }

    private long statements(String path) {
        sessionFactory.getStatistics().clear();
        admin().accept("*/*").get(path).then().statusCode(200);
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    @Test
    void keptUntilAWriteThenFresh() {
        YearOfData.planCovering(YEAR);
        String before = admin().get(JSON).then().statusCode(200).extract().asString();
        assertEquals("NON_COMPLIANT", admin().get(JSON).jsonPath().getString(RTP2), "no workplan by the deadline");
        assertEquals(0, statements(JSON), "the same report again: kept");
        assertEquals(0, statements(HTML), "the printable matrix renders the kept report");
        assertEquals(before, admin().get(JSON).asString(), "the kept report is the same report");
        String pageBefore = page("");
        assertEquals(pageBefore, page(""), "the kept page is the same page");
        assertNotEquals(pageBefore, page("&lang=lo"), "each language has its own page");
        assertTrue(page("&lang=lo").contains("lang=\"lo\""), "the Lao page");

        long workplan = YearOfData.workplan(CODE, YEAR, List.of(List.of(1)));
        YearOfData.submit(workplan, YEAR + "-01-10");
        assertTrue(statements(JSON) > 0, "after a write the report is evaluated again");
        assertEquals("COMPLIANT", admin().get(JSON).jsonPath().getString(RTP2), "the submission shows at once");
        String page = page("");
        assertTrue(page.contains("data-rule=\"RTP-2\""), "the printable matrix too");
        assertNotEquals(pageBefore, page, "the page kept before the write is not served after it");
    }

    private static String page(String query) {
        return admin().accept("text/html").get(HTML + query).then().statusCode(200).extract().asString();
    }
}
