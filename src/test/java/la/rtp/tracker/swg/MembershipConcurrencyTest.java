package la.rtp.tracker.swg;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.swg.Directory.member;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The overlap rule is checked in code (no unique constraint can express it), so concurrent posts
 * of the same holder must still leave exactly one membership.
 */
@QuarkusTest
class MembershipConcurrencyTest {

    @Test
    void concurrentPostsOfTheSameHolderLeaveOneMembership() throws Exception {
        String code = Directory.subGroup("health");
        long org = Directory.organization("GOVERNMENT");
        Map<String, Object> body = member(null, org, "CHAIR", "2024-01-01", null);
        int callers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                answers.add(pool.submit(() -> {
                    var request = admin().body(body);
                    start.await();
                    return request.post("/api/v1/swgs/{c}/members", code).then().extract().statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertEquals(1, Collections.frequency(statuses, 201), statuses.toString());
            assertEquals(callers - 1, Collections.frequency(statuses, 409), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        admin().get("/api/v1/swgs/{c}/members?asOf=2024-01-01", code).then().body("items", hasSize(1));
    }
}
