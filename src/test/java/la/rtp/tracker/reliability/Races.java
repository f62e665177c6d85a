package la.rtp.tracker.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Unique rules under races: 32 identical creates fired at once through both replicas must give
 * exactly one 201 and 31 409s (the database constraint decides, not a check in code).
 */
final class Races {

    private final ReplicaClient api;
    private final String[] replicas;
    private final String tag;
    private final Map<String, Map<Integer, Integer>> outcomes = new TreeMap<>();

    Races(ReplicaClient api, String[] replicas, String tag) {
        this.api = api;
        this.replicas = replicas;
        this.tag = tag;
    }

    void run(String swg, long org) throws Exception {
        race("workplan", i -> api.send("POST", replicas[i % 2] + "/api/v1/swgs/" + swg + "/workplans",
                Map.of("year", 2027)).status());
        long meeting = api.must("POST", replicas[0] + "/api/v1/swgs/" + swg + "/meetings", Map.of("title", "Race",
                "kind", "REGULAR", "startsAt", "2025-06-10T09:00:00+07:00", "endsAt", "2025-06-10T11:00:00+07:00",
                "venue", "MPI"), 201).id();
        long person = api.must("POST", replicas[0] + "/api/v1/people", Map.of("fullName", "Racer " + tag,
                "gender", "FEMALE", "organizationId", org), 201).id();
        race("attendance", i -> api.send("POST", replicas[i % 2] + "/api/v1/meetings/" + meeting + "/attendees",
                Map.of("personId", person)).status());
    }

    private void race(String name, IntFunction<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(ReplicaLoadTest.CLIENTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < ReplicaLoadTest.CLIENTS; i++) {
            int n = i;
            calls.add(pool.submit(() -> {
                start.await();
                return call.apply(n);
            }));
        }
        start.countDown();
        Map<Integer, Integer> seen = new TreeMap<>();
        for (Future<Integer> f : calls) {
            seen.merge(f.get(), 1, Integer::sum);
        }
        pool.shutdown();
        outcomes.put(name, seen);
        assertEquals(Map.of(201, 1, 409, ReplicaLoadTest.CLIENTS - 1), seen, name + " race outcomes");
    }

    @Override
    public String toString() {
        return outcomes.toString();
    }
}
