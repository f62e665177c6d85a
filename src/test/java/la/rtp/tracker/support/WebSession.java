package la.rtp.tracker.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without a browser: signs in through the workspace's form, keeps its cookies and adds
 * the CSRF field to every form post, so page tests read like a person's clicks. Redirects are
 * not followed, so a test sees the 303 and where it points.
 */
public final class WebSession {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final Map<String, String> cookies = new HashMap<>();
    private String csrf;

    private WebSession() {
    }

    /** Signs in by the form; fails the test unless the session cookie comes back. */
    public static WebSession signIn(String username, String password) {
        WebSession session = new WebSession();
        Response response = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("username", username).formParam("password", password)
                .post("/login");
        session.keep(response);
        if (!session.cookies.containsKey("rtp-session")) {
            throw new AssertionError("sign-in of " + username + " answered " + response.statusCode()
                    + " without a session cookie, Location: " + response.header("Location"));
        }
        session.get("/app");
        return session;
    }

    public static WebSession signIn(String username) {
        return signIn(username, Api.passwordOf(username));
    }

    public static WebSession admin() {
        return signIn("admin", Api.ADMIN_PASSWORD);
    }

    public Response get(String path) {
        Response response = request().get(path);
        keep(response);
        return response;
    }

    /** Posts a form with this session's CSRF token added. */
    public Response post(String path, Map<String, ?> form) {
        Map<String, Object> fields = new LinkedHashMap<>(form);
        fields.putIfAbsent("csrf", csrf());
        Response response = request().contentType(ContentType.URLENC.withCharset("UTF-8")).formParams(fields).post(path);
        keep(response);
        return response;
    }

    /** Posts a form exactly as given: no CSRF field added. */
    public Response postRaw(String path, Map<String, ?> form) {
        Response response = request().contentType(ContentType.URLENC.withCharset("UTF-8")).formParams(form).post(path);
        keep(response);
        return response;
    }

    /** The session's CSRF token, as every workspace page's forms carry it. */
    public String csrf() {
        if (csrf == null) {
            Matcher m = CSRF_FIELD.matcher(get("/app").asString());
            if (!m.find()) {
                throw new AssertionError("no CSRF field on the home page");
            }
            csrf = m.group(1);
        }
        return csrf;
    }

    public Map<String, String> cookies() {
        return Map.copyOf(cookies);
    }

    private RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies);
    }

    private void keep(Response response) {
        response.getDetailedCookies().asList().forEach(c -> {
            if (c.getMaxAge() == 0 || c.getValue() == null || c.getValue().isEmpty()) {
                cookies.remove(c.getName());
            } else {
                cookies.put(c.getName(), c.getValue());
            }
        });
    }
}
