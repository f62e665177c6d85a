package la.rtp.tracker.bench;

import static la.rtp.tracker.bench.BenchClient.q;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The benchmark's write mix, closed-loop: each of {@code THREADS} clients records a past meeting
 * end to end (create, 3 attendees, held, minutes, publish: 7 requests) until {@code SECONDS} pass.
 * Prints one line: {@code writemix requests=N rps=X p50_ms=Y p99_ms=Z}.
 *
 * <p>{@code java -cp target/test-classes la.rtp.tracker.bench.WriteMix BASE_URL ADMIN_PASSWORD THREADS SECONDS SEED}
 */
public final class WriteMix {

    public static void main(String[] args) throws Exception {
        BenchClient api = new BenchClient(args[0], "admin", args[1]);
        int threads = Integer.parseInt(args[2]);
        long seconds = Long.parseLong(args[3]);
        long seed = Long.parseLong(args[4]);
        long org = api.create("/api/v1/organizations", "{\"name\":" + q("Write mix " + System.nanoTime())
                + ",\"type\":\"NGO\"}");
        AtomicInteger sequence = new AtomicInteger();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<Long>>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Random r = new Random(seed + t);
            parts.add(pool.submit(() -> loop(api, r, org, sequence, end)));
        }
        List<Long> nanos = new ArrayList<>();
        for (Future<List<Long>> f : parts) {
            nanos.addAll(f.get());
        }
        pool.shutdownNow();
        double elapsed = (System.nanoTime() - start) / 1e9;
        Collections.sort(nanos);
        System.out.printf("writemix requests=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f%n", nanos.size(),
                nanos.size() / elapsed, pct(nanos, 0.50), pct(nanos, 0.99));
    }

    private static List<Long> loop(BenchClient api, Random r, long org, AtomicInteger sequence, long end) {
        List<Long> nanos = new ArrayList<>();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Vientiane"));
        while (System.nanoTime() < end) {
            int n = sequence.incrementAndGet();
            String code = Scenario.REFERENCE.get(r.nextInt(Scenario.REFERENCE.size()));
            LocalDate day = today.minusDays(1 + r.nextInt(300));
            long t0 = System.nanoTime();
            long id = api.create("/api/v1/swgs/" + code + "/meetings", "{\"title\":" + q("Write mix meeting " + n)
                    + ",\"kind\":\"CONSULTATION\",\"startsAt\":" + q(day + "T09:00:00+07:00") + ",\"endsAt\":"
                    + q(day + "T11:00:00+07:00") + "}");
            nanos.add(System.nanoTime() - t0);
            String m = "/api/v1/meetings/" + id;
            for (int i = 0; i < 3; i++) {
                t0 = System.nanoTime();
                api.create(m + "/attendees", "{\"fullName\":" + q("Write mix attendee " + n + "-" + i)
                        + ",\"gender\":\"FEMALE\",\"organizationId\":" + org + "}");
                nanos.add(System.nanoTime() - t0);
            }
            t0 = System.nanoTime();
            api.post(m + "/held", null);
            nanos.add(System.nanoTime() - t0);
            t0 = System.nanoTime();
            api.put(m + "/minutes", "{\"body\":\"# Minutes\\n\\nAgreed.\",\"language\":\"en\"}", 201);
            nanos.add(System.nanoTime() - t0);
            t0 = System.nanoTime();
            api.post(m + "/minutes/publish", "{}");
            nanos.add(System.nanoTime() - t0);
        }
        return nanos;
    }

    private static double pct(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }
}
