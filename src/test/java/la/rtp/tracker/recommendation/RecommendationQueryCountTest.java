package la.rtp.tracker.recommendation;

import static la.rtp.tracker.support.Api.admin;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import la.rtp.tracker.common.Time;
import la.rtp.tracker.meeting.AgendaItem;
import la.rtp.tracker.meeting.Meeting;
import la.rtp.tracker.meeting.Outcome;
import la.rtp.tracker.meeting.OutcomeType;
import la.rtp.tracker.support.Fixtures;
import la.rtp.tracker.support.PinnedClock;
import la.rtp.tracker.support.TestClock;
import la.rtp.tracker.swg.Swg;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * The register, its CSV, its printed report and the progress report cost the same SQL statements
 * for 10 recommendations as for 1,000.
 */
@QuarkusTest
@PinnedClock
class RecommendationQueryCountTest {

    private static final int YEAR = 2184;

    @Inject
    TestClock clock;

    @Inject
    SessionFactory sessionFactory;

    /**
     * {@code n} recommendations to both SWGs, written straight to the database (the API would take
     * minutes for a thousand): a accepts each, linking two of its action items; b declines every other one.
     */
    private static void recommendations(RecommendationScenario s, int n, List<Long> actions) {
        QuarkusTransaction.requiringNew().run(() -> {
            Meeting m = Meeting.findById(s.rtim);
            AgendaItem item = AgendaItem.findById(s.segmentA);
            Swg a = Swg.require(s.a);
            Swg b = Swg.require(s.b);
            Instant now = Instant.now();
            for (int i = 0; i < n; i++) {
                Outcome o = new Outcome();
                o.meeting = m;
                o.agendaItem = item;
                o.createdAt = now;
                o.write(OutcomeType.RECOMMENDATION, "Recommendation " + i, null, List.of(a, b), null,
                        LocalDate.of(YEAR, 9, 30), now);
                o.persist();
                Outcome.flush();
                respond(o, a, Decision.ACCEPTED, null, now);
                RecommendationAction.link(o.id, a.id, actions.get(i % actions.size()), LocalDate.of(YEAR, 3, 20), now, "t");
                RecommendationAction.link(o.id, a.id, actions.get((i + 1) % actions.size()), LocalDate.of(YEAR, 3, 20),
                        now, "t");
                if (i % 2 == 0) {
                    respond(o, b, Decision.NOT_ACCEPTED, "Not ours", now);
                }
            }
        });
    }

    private static void respond(Outcome o, Swg swg, Decision decision, String reason, Instant now) {
        RecommendationResponse r = new RecommendationResponse();
        r.outcomeId = o.id;
        r.swgId = swg.id;
        r.decision = decision;
        r.reason = reason;
        r.respondedOn = LocalDate.of(YEAR, 3, 20);
        r.recordedAt = now;
        r.actor = "t";
        r.persist();
    }

    private long statements(String path, Integer expectedItems) {
        // once unmeasured, so that the user's account is known, as for a client that keeps asking
        String accept = path.contains(".csv") ? "text/csv" : path.startsWith("/reports/") ? "text/html"
                : "application/json";
        admin().accept(accept).get(path).then().statusCode(200);
        sessionFactory.getStatistics().clear();
        var r = admin().accept(accept).get(path).then().statusCode(200);
        if (expectedItems != null) {
            r.body("total", equalTo(expectedItems));
        }
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    @Test
    void registerAndCsvAreConstantInStatements() {
        clock.pin(LocalDate.of(YEAR, 4, 1).atTime(LocalTime.of(10, 0)).atZone(Time.ZONE).toInstant());
        RecommendationScenario s = new RecommendationScenario(YEAR);
        List<Long> actions = List.of(s.action(s.a, "One"), s.action(s.a, "Two"), s.action(s.a, "Three"));
        admin().body(Fixtures.statusChange(actions.get(0), "DONE", null))
                .post("/api/v1/action-items/" + actions.get(0) + "/status").then().statusCode(200);
        RtpMeetings.held(s.rtim);
        RtpMeetings.publishMinutes(s.rtim, LocalDate.of(YEAR, 3, 15));
        String list = "/api/v1/recommendations?year=" + YEAR + "&size=200";
        String filtered = "/api/v1/recommendations?year=" + YEAR + "&swg=" + s.a + "&status=IN_PROGRESS";
        String csv = "/api/v1/recommendations.csv?year=" + YEAR;
        String report = "/reports/recommendations?year=" + YEAR;
        String progress = "/reports/progress?year=" + YEAR;
        recommendations(s, 10, actions);
        long fewList = statements(list, 10);
        long fewFiltered = statements(filtered, 10);
        long fewCsv = statements(csv, null);
        long fewReport = statements(report, null);
        long fewProgress = statements(progress, null);
        recommendations(s, 990, actions);
        assertEquals(fewList, statements(list, 1000), "GET /recommendations statements");
        assertEquals(fewFiltered, statements(filtered, 1000), "GET /recommendations?swg&status statements");
        assertEquals(fewCsv, statements(csv, null), "GET /recommendations.csv statements");
        assertEquals(fewReport, statements(report, null), "GET /reports/recommendations statements");
        assertEquals(fewProgress, statements(progress, null), "GET /reports/progress statements");
        // The printed register reads exactly what the register does.
        assertEquals(fewList, fewReport, "GET /reports/recommendations statements");
        // The recommendations with meeting, agenda item and addressees, the answers, the links, the
        // action items and their histories (the user's account is known: see statements()).
        assertEquals(5, fewList, "GET /recommendations statements");
    }
}
