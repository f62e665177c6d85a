package la.rtp.tracker.bench;

import java.util.List;

/**
 * What the generator creates. {@code codes} are existing SWGs used as they are; {@code subGroups}
 * more are created as sub-sector groups named {@code prefix-N} under the ten reference SWGs.
 * Ranges are inclusive; each SWG-year draws its counts from them.
 */
record Scenario(String name, List<String> codes, int subGroups, String prefix, int firstYear, int lastYear,
        int meetingsMin, int meetingsMax, int attendeesMin, int attendeesMax, int actionsMin, int actionsMax,
        int activitiesMin, int activitiesMax, int members, int people) {

    /** The codes of the ten reference SWGs (V1.0.1). */
    static final List<String> REFERENCE = List.of("health", "education", "governance", "macroeconomics",
            "trade-private-sector", "infrastructure", "uxo-mine-action", "illicit-drug-control",
            "natural-resources-environment", "agriculture-rural-development");

    /** The ten reference SWGs over ten years, with the counts of the benchmark's realistic data set. */
    static Scenario realistic() {
        return new Scenario("realistic", REFERENCE, 0, "", 2016, 2025, 4, 6, 20, 60, 5, 15, 15, 40, 12, 400);
    }

    /**
     * 1,000 sub-sector groups over one year, lighter per group (they meet less and fewer attend),
     * so that it loads in a few minutes: what it tests is the number of SWGs in one report.
     */
    static Scenario scale(int groups) {
        return new Scenario("scale", List.of(), groups, "sub", 2025, 2025, 2, 3, 3, 6, 1, 2, 2, 4, 3, 200);
    }

    /** A few fresh sub-groups with unique codes, for the test (the test database is shared). */
    static Scenario tiny(String prefix, int groups, int year) {
        return new Scenario("tiny", List.of(), groups, prefix, year, year, 2, 2, 3, 4, 1, 2, 2, 3, 3, 20);
    }

    static Scenario named(String name) {
        return switch (name) {
            case "realistic" -> realistic();
            case "scale" -> scale(1000);
            default -> throw new IllegalArgumentException("Unknown scenario " + name + " (realistic or scale)");
        };
    }

    int years() {
        return lastYear - firstYear + 1;
    }
}
