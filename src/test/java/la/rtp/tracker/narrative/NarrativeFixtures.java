package la.rtp.tracker.narrative;

import java.util.HashMap;
import java.util.Map;

/** Narrative bodies for the tests. */
final class NarrativeFixtures {

    private NarrativeFixtures() {
    }

    /** A body with every English text set to "{prefix} {section}" and no Lao text; {@code version} may be null. */
    static Map<String, Object> english(String prefix, Long version) {
        Map<String, Object> b = new HashMap<>();
        for (String key : Sections.KEYS) {
            b.put(key + "En", prefix + " " + key);
        }
        if (version != null) {
            b.put("version", version);
        }
        return b;
    }

    static String path(String code, int year) {
        return "/api/v1/swgs/" + code + "/narratives/" + year;
    }
}
