package la.rtp.tracker.web;

import static la.rtp.tracker.support.Api.admin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import la.rtp.tracker.support.Api;
import la.rtp.tracker.support.WebSession;
import org.junit.jupiter.api.Test;

/**
 * A signed-in admin's browser, tricked into posting the user form without the CSRF token under
 * another spelling of the path, creates nothing: such paths are refused before routing, and the
 * CSRF check follows the resource the router chose. Sent on a raw socket, as written.
 */
@QuarkusTest
class CsrfBypassTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void noSpellingOfAWorkspacePathSkipsTheCsrfCheck() throws IOException {
        WebSession web = WebSession.admin();
        String cookie = web.cookies().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "));
        for (String path : List.of("/%61pp/users", "//app/users", "/./app/users", "/x/../app/users", "/app/./users",
                "/app//users", "/%2Fapp/users", "/app%2Fusers", "/APP/users")) {
            String username = Api.unique("forged");
            String form = Map.of("username", username, "password", "forged-user-password", "displayName", "Forged",
                    "role", "RTP_SECRETARIAT").entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            String answer = raw("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nCookie: " + cookie
                    + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length()
                    + "\r\nConnection: close\r\n\r\n" + form);
            int status = Integer.parseInt(answer.substring(9, 12));
            assertTrue(status >= 400 && status < 500, path + " answered " + answer.lines().findFirst().orElse(""));
            assertFalse(exists(username), path + " created a user");
        }
    }

    @Test
    void nonCanonicalPathsAreRefusedWith400ProblemJson() throws IOException {
        String answer = raw("GET /%61pi/v1/swgs HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertEquals("400", answer.substring(9, 12), answer);
        assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), answer);
        assertEquals("200", raw("GET /q/health/live HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                .substring(9, 12));
    }

    @Test
    void canonicalForm() {
        assertTrue(la.rtp.tracker.common.CanonicalPathsProbe.canonical("/app/users/12"));
        assertTrue(la.rtp.tracker.common.CanonicalPathsProbe.canonical("/api/v1/swgs/%E0%BA%A5"));
        assertTrue(la.rtp.tracker.common.CanonicalPathsProbe.canonical("/static/app.css"));
        for (String bad : List.of("//app", "/./app", "/a/../app", "/app/.", "/app/..", "/%61pp", "/app%2fusers",
                "/app%5cusers", "/app%7e", "/app\\users", "app")) {
            assertFalse(la.rtp.tracker.common.CanonicalPathsProbe.canonical(bad), bad);
        }
    }

    private static boolean exists(String username) {
        for (int page = 0;; page++) {
            var json = admin().queryParam("size", 200).queryParam("page", page).get("/api/v1/users").then()
                    .statusCode(200).extract().jsonPath();
            if (json.getList("items.username").contains(username)) {
                return true;
            }
            if (json.getList("items").size() < 200) {
                return false;
            }
        }
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
