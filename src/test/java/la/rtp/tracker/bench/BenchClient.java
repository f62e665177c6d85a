package la.rtp.tracker.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The generator's HTTP client: JDK only (no Jackson, no REST Assured), so that {@code bench/run}
 * can start the generator with nothing but {@code target/test-classes} on the class path.
 * Every write must answer the expected status; anything else stops the run with the body.
 */
final class BenchClient {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String auth;

    BenchClient(String baseUrl, String username, String password) {
        this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.auth = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** POSTs JSON and answers the id at the end of the {@code Location} header (201 expected). */
    long create(String path, String json) {
        HttpResponse<String> r = send("POST", path, json, 201);
        String location = r.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("No Location from POST " + path));
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    String post(String path, String json) {
        return send("POST", path, json, 200).body();
    }

    String put(String path, String json, int expected) {
        return send("PUT", path, json, expected).body();
    }

    String get(String path) {
        return send("GET", path, null, 200).body();
    }

    HttpResponse<String> send(String method, String path, String json, int expected) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", auth).header("Accept", "application/json");
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        HttpResponse<String> r;
        try {
            r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
        if (r.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + " (expected "
                    + expected + "): " + r.body() + "\nrequest: " + json);
        }
        return r;
    }

    /** JSON string literal with the characters JSON requires escaped. */
    static String q(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
