package la.rtp.tracker.web;

import static la.rtp.tracker.support.Api.admin;
import static org.hamcrest.Matchers.containsString;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import la.rtp.tracker.support.WebSession;

/** Workplan page forms; each test makes its own sub-sector group ({@code Fixtures.swg()}), so years never collide. */
final class WorkplanWeb {

    static final int YEAR = 2024;
    private static final Pattern EDITOR = Pattern.compile("/app/workplans/(\\d+)");

    private WorkplanWeb() {
    }

    /** Creates the year's workplan through the form; returns its id from the redirect. */
    static long create(WebSession web, String code, int year) {
        String location = web.post("/app/swgs/" + code + "/workplans", Map.of("year", String.valueOf(year))).then()
                .statusCode(303).header("Location", containsString("done=created")).extract().header("Location");
        return idIn(location);
    }

    static long idIn(String location) {
        Matcher m = EDITOR.matcher(location);
        if (!m.find()) {
            throw new AssertionError("not an editor address: " + location);
        }
        return Long.parseLong(m.group(1));
    }

    /** The activity form: outcomes, quarters, then rows as {row, planned, disbursed} triples. */
    static Map<String, Object> activity(String title, List<String> outcomes, List<String> quarters, Object... rows) {
        Map<String, Object> form = new HashMap<>();
        form.put("title", title);
        form.put("description", "About " + title);
        form.put("nsedpOutcomes", outcomes);
        form.put("quarters", quarters);
        String[] sources = {"GOVERNMENT", "ODA_GRANT", "ODA_LOAN", "PRIVATE_SECTOR", "NGO"};
        for (int i = 0; i < sources.length; i++) {
            form.put("budget[" + i + "].source", sources[i]);
        }
        for (int i = 0; i + 2 < rows.length; i += 3) {
            form.put("budget[" + rows[i] + "].plannedUsd", rows[i + 1]);
            form.put("budget[" + rows[i] + "].disbursedUsd", rows[i + 2]);
        }
        return form;
    }

    /** Adds an activity through the form (303 expected). */
    static void add(WebSession web, long id, Map<String, Object> form) {
        web.post("/app/workplans/" + id + "/activities", form).then().statusCode(303)
                .header("Location", containsString("/app/workplans/" + id + "?done=added"));
    }

    static String status(long id) {
        return admin().get("/api/v1/workplans/" + id).then().statusCode(200).extract().jsonPath().getString("status");
    }
}
