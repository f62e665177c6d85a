package la.rtp.tracker.narrative;

import static la.rtp.tracker.narrative.NarrativeFixtures.english;
import static la.rtp.tracker.narrative.NarrativeFixtures.path;
import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Fixtures.swg;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** The list of narratives costs the same statements for 2 narratives as for 8, histories included. */
@QuarkusTest
class NarrativeQueryCountTest {

    private static final int YEAR = 2178;

    @Inject
    SessionFactory sessionFactory;

    private static void narrative(boolean accepted) {
        String code = swg();
        admin().body(english(code, null)).put(path(code, YEAR)).then().statusCode(201);
        if (accepted) {
            admin().post(path(code, YEAR) + "/submit").then().statusCode(200);
            admin().body(Map.of()).post(path(code, YEAR) + "/accept").then().statusCode(200);
        }
    }

    private long statements(String path, int total) {
        admin().get(path).then().statusCode(200);
        sessionFactory.getStatistics().clear();
        admin().get(path).then().statusCode(200).body("total", equalTo(total));
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    @Test
    void theListIsConstantInStatements() {
        String list = "/api/v1/narratives?year=" + YEAR;
        narrative(true);
        narrative(false);
        long few = statements(list, 2);
        for (int i = 0; i < 6; i++) {
            narrative(i % 2 == 0);
        }
        assertEquals(few, statements(list, 8), "GET /narratives statements");
    }
}
