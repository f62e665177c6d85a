package la.rtp.tracker.bench;

import static la.rtp.tracker.bench.BenchClient.q;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fills a running instance through its HTTP API, as the RTP secretariat (admin), so that every
 * rule of the service applies. Deterministic: the directory is drawn from {@code seed}, each SWG's
 * history from {@code seed} and the SWG's position, so the content does not depend on how the
 * threads interleave (only the generated ids do). The server's clock is real time, hence only
 * past meetings (marked held) and backdated submit/endorse/publish dates, which the secretariat
 * alone may record.
 *
 * <p>{@code java -cp target/test-classes la.rtp.tracker.bench.DataGenerator BASE_URL ADMIN_PASSWORD
 * realistic|scale SEED [THREADS]}
 */
public final class DataGenerator {

    /** What was created, to compare with what the API then lists. */
    public record Counts(long swgs, long workplans, long activities, long meetings, long attendees,
            long actionItems, long publishedMinutes, long memberships, long requests) {
    }

    private final BenchClient api;
    private final Scenario scenario;
    private final long seed;
    private final int threads;
    private final AtomicLong workplans = new AtomicLong();
    private final AtomicLong activities = new AtomicLong();
    private final AtomicLong meetings = new AtomicLong();
    private final AtomicLong attendees = new AtomicLong();
    private final AtomicLong actions = new AtomicLong();
    private final AtomicLong minutes = new AtomicLong();
    private final AtomicLong memberships = new AtomicLong();

    DataGenerator(BenchClient api, Scenario scenario, long seed, int threads) {
        this.api = api;
        this.scenario = scenario;
        this.seed = seed;
        this.threads = threads;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: DataGenerator BASE_URL ADMIN_PASSWORD realistic|scale SEED [THREADS]");
            System.exit(2);
        }
        int threads = args.length > 4 ? Integer.parseInt(args[4]) : 4;
        long started = System.nanoTime();
        Counts c = run(args[0], args[1], Scenario.named(args[2]), Long.parseLong(args[3]), threads);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%s: %s in %.1f s (%.0f requests/s)%n", args[2], c, seconds, c.requests() / seconds);
    }

    /** Runs a scenario against {@code baseUrl} as admin; answers what it created. */
    static Counts run(String baseUrl, String adminPassword, Scenario scenario, long seed, int threads)
            throws Exception {
        return new DataGenerator(new BenchClient(baseUrl, "admin", adminPassword), scenario, seed, threads).run();
    }

    Counts run() throws Exception {
        Directory dir = Directory.create(api, new Random(seed), scenario);
        List<String> codes = new ArrayList<>(scenario.codes());
        codes.addAll(dir.subGroups(api, scenario));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < codes.size(); i++) {
                String code = codes.get(i);
                Random random = new Random(seed * 1_000_003L + i);
                done.add(pool.submit(() -> swg(code, random, dir)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long requests = dir.requests() + memberships.get() + workplans.get() * 3 + activities.get()
                + meetings.get() * 4 + minutes.get() + attendees.get() + actions.get();
        return new Counts(codes.size(), workplans.get(), activities.get(), meetings.get(), attendees.get(),
                actions.get(), minutes.get(), memberships.get(), requests);
    }

    /** One SWG's history: its posts, then per year a workplan and the meetings. */
    private void swg(String code, Random r, Directory dir) {
        String base = "/api/v1/swgs/" + code;
        LocalDate start = LocalDate.of(scenario.firstYear(), 1, 1);
        // Each post by a different organisation: one organisation holds one post at a time.
        Set<Long> used = new HashSet<>();
        Directory.Person chair = dir.pick(r, "GOVERNMENT", used);
        member(base, chair.id(), chair.org(), "CHAIR", start);
        for (int i = 0; i < 2; i++) {
            Directory.Person co = dir.pick(r, "DEVELOPMENT_PARTNER", used);
            member(base, co.id(), co.org(), "CO_CHAIR", start);
        }
        for (int i = 0; i < scenario.members(); i++) {
            member(base, null, dir.anyOrganization(r, used), i == 0 ? "SECRETARIAT" : "MEMBER", start);
        }
        for (int year = scenario.firstYear(); year <= scenario.lastYear(); year++) {
            workplan(base, year, r, dir);
            int n = between(r, scenario.meetingsMin(), scenario.meetingsMax());
            for (int i = 0; i < n; i++) {
                meeting(code, year, i, n, r, dir);
            }
        }
    }

    private void member(String base, Long person, long org, String role, LocalDate start) {
        api.create(base + "/members", "{\"personId\":" + person + ",\"organizationId\":" + org + ",\"role\":"
                + q(role) + ",\"startDate\":" + q(start.toString()) + "}");
        memberships.incrementAndGet();
    }

    private void workplan(String base, int year, Random r, Directory dir) {
        long id = api.create(base + "/workplans", "{\"year\":" + year + "}");
        workplans.incrementAndGet();
        int n = between(r, scenario.activitiesMin(), scenario.activitiesMax());
        String[] sources = {"ODA_GRANT", "ODA_LOAN", "PRIVATE_SECTOR", "NGO"};
        for (int i = 0; i < n; i++) {
            int outcome = 1 + r.nextInt(dir.outcomes(year));
            String budget = "{\"source\":" + q(sources[r.nextInt(sources.length)]) + ",\"plannedUsd\":"
                    + (5_000 + r.nextInt(200) * 1_000) + "}";
            if (r.nextBoolean()) { // a government counterpart contribution
                budget += ",{\"source\":\"GOVERNMENT\",\"plannedUsd\":" + (1_000 + r.nextInt(50) * 500) + "}";
            }
            api.create("/api/v1/workplans/" + id + "/activities", "{\"title\":" + q("Activity " + (i + 1) + " of "
                    + year) + ",\"description\":\"Generated for the benchmark\",\"nsedpOutcomes\":[" + outcome
                    + "],\"quarters\":[" + (1 + r.nextInt(4)) + "],\"responsibleOrganizationId\":"
                    + dir.anyOrganization(r) + ",\"budget\":[" + budget + "]}");
            activities.incrementAndGet();
        }
        // Most submit in January (RTP-2 on time), some late; endorsement follows within two months.
        LocalDate submitted = LocalDate.of(year, 1, 5).plusDays(r.nextInt(45));
        api.post("/api/v1/workplans/" + id + "/submit", "{\"submittedOn\":" + q(submitted.toString()) + "}");
        LocalDate endorsed = submitted.plusDays(10 + r.nextInt(60));
        api.post("/api/v1/workplans/" + id + "/endorse", "{\"endorsedOn\":" + q(endorsed.toString()) + "}");
    }

    private void meeting(String code, int year, int index, int count, Random r, Directory dir) {
        LocalDate day = LocalDate.of(year, 1 + 12 * index / count, 5 + r.nextInt(20));
        String starts = day + "T09:00:00+07:00";
        String ends = day + "T12:00:00+07:00";
        long id = api.create("/api/v1/swgs/" + code + "/meetings", "{\"title\":" + q(code + " meeting " + (index + 1)
                + " of " + year) + ",\"kind\":\"REGULAR\",\"startsAt\":" + q(starts) + ",\"endsAt\":" + q(ends)
                + ",\"venue\":\"Ministry of Planning and Investment, Vientiane\"}");
        meetings.incrementAndGet();
        String m = "/api/v1/meetings/" + id;
        api.create(m + "/agenda-items", "{\"title\":\"Progress on the NSEDP outcomes\",\"nsedpOutcomes\":["
                + (1 + r.nextInt(dir.outcomes(year))) + "]}");
        for (long person : dir.attendees(r, between(r, scenario.attendeesMin(), scenario.attendeesMax()))) {
            api.create(m + "/attendees", "{\"personId\":" + person + "}");
            attendees.incrementAndGet();
        }
        api.post(m + "/held", null);
        api.put(m + "/minutes", "{\"body\":" + q("# Minutes\n\n1. The meeting reviewed the workplan of " + year
                + ".\n2. Partners presented their support.\n") + ",\"language\":\"en\"}", 201);
        // Most within the 14 days of RTP-7, some late.
        LocalDate published = day.plusDays(2 + r.nextInt(20));
        api.post(m + "/minutes/publish", "{\"publishedOn\":" + q(published.toString()) + "}");
        minutes.incrementAndGet();
        int n = between(r, scenario.actionsMin(), scenario.actionsMax());
        for (int i = 0; i < n; i++) {
            api.create(m + "/action-items", "{\"description\":" + q("Follow-up " + (i + 1)) + ",\"ownerOrganizationId\":"
                    + dir.anyOrganization(r) + ",\"dueDate\":" + q(day.plusDays(30 + r.nextInt(90)).toString()) + "}");
            actions.incrementAndGet();
        }
    }

    static int between(Random r, int min, int max) {
        return min + r.nextInt(max - min + 1);
    }
}
