package la.rtp.tracker.bench;

import static la.rtp.tracker.bench.BenchClient.q;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * The shared part of a generated data set: organisations of every type, a pool of people who
 * attend meetings, the 8th NSEDP when the years reach before the 9th, and the sub-sector groups.
 * Created first, on one thread, so that the SWG histories can draw from it concurrently.
 */
final class Directory {

    record Person(long id, long org, String orgType) {
    }

    private static final String[] TYPES = {"GOVERNMENT", "DEVELOPMENT_PARTNER", "PRIVATE_SECTOR", "NPA", "NGO",
            "PROVINCIAL_AUTHORITY", "ACADEMIA"};
    private static final String[] GENDERS = {"FEMALE", "MALE", "FEMALE", "MALE", "UNDISCLOSED"};

    private final List<Long> organizations = new ArrayList<>();
    private final Map<String, List<Person>> peopleByType = new TreeMap<>();
    private final List<Person> people = new ArrayList<>();
    private long requests;

    static Directory create(BenchClient api, Random r, Scenario s) {
        Directory d = new Directory();
        List<String> orgTypes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            // Government and partners dominate, but every type is there (RTP-6, RTP-10 count them).
            String type = i < 12 ? "GOVERNMENT" : i < 24 ? "DEVELOPMENT_PARTNER" : TYPES[i % TYPES.length];
            String run = Long.toString(s.firstYear()) + "-" + s.prefix() + i;
            d.organizations.add(api.create("/api/v1/organizations", "{\"name\":" + q("Bench organisation " + run)
                    + ",\"acronym\":" + q("BO" + i) + ",\"type\":" + q(type) + "}"));
            orgTypes.add(type);
        }
        for (int i = 0; i < s.people(); i++) {
            int o = i % d.organizations.size();
            long org = d.organizations.get(o);
            long id = api.create("/api/v1/people", "{\"fullName\":" + q("Participant " + s.prefix() + i)
                    + ",\"gender\":" + q(GENDERS[r.nextInt(GENDERS.length)]) + ",\"organizationId\":" + org + "}");
            Person p = new Person(id, org, orgTypes.get(o));
            d.people.add(p);
            d.peopleByType.computeIfAbsent(p.orgType(), k -> new ArrayList<>()).add(p);
        }
        d.requests = d.organizations.size() + d.people.size() + 1;
        if (s.firstYear() < 2021 && !api.get("/api/v1/nsedp").contains("\"startYear\":2016")) {
            StringBuilder outcomes = new StringBuilder();
            for (int i = 1; i <= 4; i++) {
                outcomes.append(i > 1 ? "," : "").append("{\"number\":").append(i)
                        .append(",\"title\":\"8th NSEDP outcome ").append(i).append("\"}");
            }
            api.create("/api/v1/nsedp", "{\"number\":8,\"title\":\"8th National Socio-Economic Development Plan\","
                    + "\"startYear\":2016,\"endYear\":2020,\"outcomes\":[" + outcomes + "]}");
            d.requests++;
        }
        return d;
    }

    /** Creates the scenario's sub-sector groups under the reference SWGs, in turn; answers their codes. */
    List<String> subGroups(BenchClient api, Scenario s) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < s.subGroups(); i++) {
            String parent = Scenario.REFERENCE.get(i % Scenario.REFERENCE.size());
            String code = s.prefix() + "-" + (i + 1);
            api.send("POST", "/api/v1/swgs/" + parent + "/sub-groups", "{\"code\":" + q(code) + ",\"name\":"
                    + q("Sub-sector group " + (i + 1)) + ",\"nameLo\":" + q("ກຸ່ມຍ່ອຍ " + (i + 1))
                    + ",\"leadMinistry\":\"Ministry of Planning and Investment\",\"mandate\":\"Generated for the "
                    + "benchmark\"}", 201);
            codes.add(code);
            requests++;
        }
        return codes;
    }

    /** How many outcomes the NSEDP in force in that year has (8th: the 4 created above; 9th: 6). */
    int outcomes(int year) {
        return year <= 2020 ? 4 : 6;
    }

    /** A person of an organisation of this type that is not in {@code used} (then added to it). */
    Person pick(Random r, String type, Set<Long> used) {
        List<Person> of = peopleByType.get(type);
        while (true) {
            Person p = of.get(r.nextInt(of.size()));
            if (used.add(p.org())) {
                return p;
            }
        }
    }

    /** An organisation not in {@code used} (then added to it). */
    long anyOrganization(Random r, Set<Long> used) {
        while (true) {
            long org = anyOrganization(r);
            if (used.add(org)) {
                return org;
            }
        }
    }

    long anyOrganization(Random r) {
        return organizations.get(r.nextInt(organizations.size()));
    }

    /** {@code n} distinct people (a person attends a meeting once). */
    List<Long> attendees(Random r, int n) {
        Set<Long> chosen = new LinkedHashSet<>();
        int wanted = Math.min(n, people.size());
        while (chosen.size() < wanted) {
            chosen.add(people.get(r.nextInt(people.size())).id());
        }
        return new ArrayList<>(chosen);
    }

    long requests() {
        return requests;
    }
}
