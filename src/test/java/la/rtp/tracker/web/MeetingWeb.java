package la.rtp.tracker.web;

import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Form and page helpers of the meeting page tests; their data comes from {@code Fixtures}. */
final class MeetingWeb {

    private MeetingWeb() {
    }

    static Map<String, Object> form(Object... pairs) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    /** The text of the element with this id, e.g. a summary cell. */
    static String byId(Response page, String id) {
        Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(page.asString());
        if (!m.find()) {
            throw new AssertionError("no element #" + id);
        }
        return m.group(1).trim();
    }

    /** The error message shown next to an input. */
    static String errorOf(Response page, String field) {
        return byId(page, "e-" + field);
    }
}
