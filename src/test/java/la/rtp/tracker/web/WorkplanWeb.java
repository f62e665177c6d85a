package la.rtp.tracker.web;

import static la.rtp.tracker.support.Api.admin;
import static org.hamcrest.Matchers.containsString;

import java.util.ArrayList;
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

    /**
     * The activity form: outcomes, quarters, then budget rows as {source row, planned, ignored}
     * triples (source row 0..4: GOVERNMENT, ODA_GRANT, ODA_LOAN, PRIVATE_SECTOR, NGO), in USD;
     * the k-th triple is the form's row k. What was disbursed is recorded on the activity page.
     */
    static Map<String, Object> activity(String title, List<String> outcomes, List<String> quarters, Object... rows) {
        Map<String, Object> form = new HashMap<>();
        form.put("title", title);
        form.put("description", "About " + title);
        form.put("nsedpOutcomes", outcomes);
        form.put("quarters", quarters);
        String[] sources = {"GOVERNMENT", "ODA_GRANT", "ODA_LOAN", "PRIVATE_SECTOR", "NGO"};
        List<String> source = new ArrayList<>();
        List<String> planned = new ArrayList<>();
        for (int i = 0; i + 2 < rows.length; i += 3) {
            source.add(sources[Integer.parseInt(String.valueOf(rows[i]))]);
            planned.add(String.valueOf(rows[i + 1]));
        }
        lines(form, source, planned, source.stream().map(x -> "USD").toList());
        return form;
    }

    /** Budget rows as the form posts them: one value per row in each list, in row order. */
    static void lines(Map<String, Object> form, List<String> sources, List<String> planned, List<String> currencies) {
        form.put("lineSource", sources);
        form.put("lineFunder", sources.stream().map(x -> "").toList());
        form.put("lineCurrency", currencies);
        form.put("linePlanned", planned);
        form.put("lineKept", sources.stream().map(x -> "").toList());
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
