package la.rtp.tracker.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntFunction;
import la.rtp.tracker.reliability.ReplicaClient.Reply;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two running replicas of the packaged PostgreSQL build, one database (started by .ci/replicas,
 * which passes the URLs as system properties). 32 clients edit the same minutes, activities and
 * action items through both replicas, each write carrying the version it read; afterwards the
 * database must hold exactly the accepted writes: final version = initial + accepted updates,
 * one audit row per accepted write, and every refused write was a 409.
 */
@Tag("replicas")
class ReplicaLoadTest {

    static final int CLIENTS = 32;
    final String[] replicas = {System.getProperty("replica.a"), System.getProperty("replica.b")};
    final String jdbc = System.getProperty("replica.jdbc");
    final long seconds = Long.getLong("replica.seconds", 30);
    final ReplicaClient api = new ReplicaClient("admin", System.getProperty("replica.password"));
    final String tag = Long.toString(System.currentTimeMillis() % 10_000_000, 36);

    /** One contended object: how to read it, how to write it, and how its audit rows are named. */
    record Target(String name, String url, String auditType, String auditId, String auditAction,
            String versionSql, long rowId, long initialVersion, IntFunction<Map<String, Object>> body) {
    }

    final Map<String, LongAdder> accepted = new ConcurrentHashMap<>();
    final LongAdder requests = new LongAdder();
    final LongAdder ok = new LongAdder();
    final LongAdder conflicts = new LongAdder();
    final LongAdder staleSent = new LongAdder();
    final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());

    @Test
    void concurrentEditsThroughTwoReplicasLoseNothing() throws Exception {
        String a = replicas[0];
        String swg = "r" + tag;
        api.must("POST", a + "/api/v1/swgs/health/sub-groups", Map.of("code", swg, "name", "Replica group " + swg,
                "nameLo", "ກຸ່ມ " + swg, "leadMinistry", "Ministry of Health", "mandate", "Load test"), 201);
        long org = api.must("POST", a + "/api/v1/organizations", Map.of("name", "Replica org " + tag, "acronym", "RO",
                "type", "GOVERNMENT"), 201).id();
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            long meeting = api.must("POST", a + "/api/v1/swgs/" + swg + "/meetings", Map.of("title", "Meeting " + i,
                    "kind", "REGULAR", "startsAt", "2025-0" + (i + 3) + "-10T09:00:00+07:00",
                    "endsAt", "2025-0" + (i + 3) + "-10T11:00:00+07:00", "venue", "MPI"), 201).id();
            Reply minutes = api.must("PUT", a + "/api/v1/meetings/" + meeting + "/minutes",
                    Map.of("body", "# Minutes\nfirst", "language", "en"), 201);
            targets.add(new Target("minutes-" + i, "/api/v1/meetings/" + meeting + "/minutes", "Minutes",
                    String.valueOf(meeting), "update", "select version from minutes where meeting_id = ?", meeting,
                    minutes.version(),
                    n -> Map.of("body", "# Minutes\nrevision " + n, "language", "en")));
            long item = api.must("POST", a + "/api/v1/meetings/" + meeting + "/action-items", Map.of("description",
                    "Follow up " + i, "ownerOrganizationId", org, "dueDate", "2026-12-31"), 201).id();
            Reply read = api.must("GET", a + "/api/v1/action-items/" + item, null, 200);
            targets.add(new Target("action-" + i, "/api/v1/action-items/" + item, "ActionItem", String.valueOf(item),
                    "status", "select version from action_item where id = ?", item, read.version(), null));
        }
        long workplan = api.must("POST", a + "/api/v1/swgs/" + swg + "/workplans", Map.of("year", 2025), 201).id();
        for (int i = 0; i < 2; i++) {
            Reply act = api.must("POST", a + "/api/v1/workplans/" + workplan + "/activities", activity("Activity " + i, null), 201);
            targets.add(new Target("activity-" + i, "/api/v1/workplans/" + workplan + "/activities/" + act.id(),
                    "WorkplanActivity", String.valueOf(act.id()), "update", "select version from workplan_activity where id = ?", act.id(),
                    act.version(), n -> activity("Activity revision " + n, null)));
        }

        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> runs = new ArrayList<>();
        AtomicLong revisions = new AtomicLong();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            runs.add(pool.submit(() -> {
                Random random = ThreadLocalRandom.current();
                while (System.nanoTime() < end) {
                    Target t = targets.get(random.nextInt(targets.size()));
                    String base = replicas[(client + random.nextInt(2)) % 2];
                    write(t, base, (int) revisions.incrementAndGet(), random);
                }
            }));
        }
        for (Future<?> f : runs) {
            f.get();
        }
        pool.shutdown();

        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "unused")) {
            long verified = 0;
            for (Target t : targets) {
                long n = accepted.computeIfAbsent(t.name(), k -> new LongAdder()).sum();
                assertEquals(t.initialVersion() + n, one(db, t.versionSql(), t.rowId()), t.name() + ": final version = initial + accepted updates");
                assertEquals(n, one(db, "select count(*) from audit_log where entity_type = ? and entity_id = ? "
                        + "and action = ?", t.auditType(), t.auditId(), t.auditAction()), t.name() + ": audit rows");
                Reply last = api.must("GET", replicas[1] + t.url(), null, 200);
                assertEquals(t.initialVersion() + n, last.version(), t.name() + " through the API");
                if (t.auditType().equals("Minutes")) {
                    // Not half-written: the rendered HTML is of the same revision as the Markdown.
                    assertEquals(1, one(db, "select count(*) from minutes where meeting_id = ? and body_html "
                            + "like '%' || substring(body from 'revision [0-9]+|first') || '%'", t.rowId()), t.name());
                }
                verified += n;
            }
            Races races = new Races(api, replicas, tag);
            races.run(swg, org);
            assertEquals(List.of(), failures, "no write answered anything but 2xx or 409");
            System.out.printf("REPLICAS: clients=%d seconds=%d requests=%d 2xx=%d 409=%d staleSent=%d "
                    + "writesVerified=%d races=%s%n", CLIENTS, seconds, requests.sum(), ok.sum(), conflicts.sum(),
                    staleSent.sum(), verified, races);
        }
    }

    private void write(Target t, String base, int n, Random random) {
        Reply read = api.get(base + t.url());
        count(read, "GET " + t.url());
        if (read.status() != 200) {
            return;
        }
        // Sometimes send an old version on purpose, so that stale writes are certain to happen.
        boolean stale = random.nextInt(8) == 0 && read.version() > 0;
        long version = read.version() - (stale ? 1 : 0);
        Reply r;
        if (t.body() == null) {
            String next = "OPEN".equals(read.body().get("status").asText()) ? "IN_PROGRESS" : "OPEN";
            r = api.send("POST", base + t.url() + "/status", Map.of("status", next, "version", version));
        } else {
            Map<String, Object> body = new java.util.HashMap<>(t.body().apply(n));
            body.put("version", version);
            r = api.send("PUT", base + t.url(), body);
        }
        count(r, "write " + t.url());
        if (stale) {
            staleSent.increment();
            if (r.status() != 409) {
                failures.add("stale write to " + t.url() + " answered " + r.status());
            }
        }
        if (r.status() / 100 == 2) {
            accepted.computeIfAbsent(t.name(), k -> new LongAdder()).increment();
        }
    }

    private void count(Reply r, String what) {
        requests.increment();
        if (r.status() / 100 == 2) {
            ok.increment();
        } else if (r.status() == 409) {
            conflicts.increment();
        } else {
            failures.add(what + " -> " + r.status() + " " + r.body());
        }
    }

    static Map<String, Object> activity(String title, Long version) {
        Map<String, Object> b = new java.util.HashMap<>(Map.of("title", title, "description", "Load test",
                "nsedpOutcomes", List.of(1), "quarters", List.of(1, 2), "budget", List.of()));
        if (version != null) {
            b.put("version", version);
        }
        return b;
    }

    static long one(Connection db, String sql, Object... args) throws Exception {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
