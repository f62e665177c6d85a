package la.rtp.tracker.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A tiny JSON client over java.net.http for the replica load test (no Quarkus in that JVM). */
final class ReplicaClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final String auth;

    ReplicaClient(String user, String password) {
        auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    record Reply(int status, JsonNode body) {
        long id() {
            return body.get("id").asLong();
        }

        long version() {
            return body.get("version").asLong();
        }
    }

    Reply send(String method, String url, Object body) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", auth).header("Accept", "application/json");
            if (body == null) {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                b.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode node = r.body() == null || r.body().isBlank() ? JSON.nullNode() : JSON.readTree(r.body());
            return new Reply(r.statusCode(), node);
        } catch (java.io.IOException e) {
            return new Reply(-1, JSON.getNodeFactory().textNode(String.valueOf(e)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(-1, JSON.nullNode());
        }
    }

    Reply get(String url) {
        return send("GET", url, null);
    }

    /** A create or setup call that must succeed; returns the body. */
    Reply must(String method, String url, Object body, int status) {
        Reply r = send(method, url, body);
        if (r.status() != status) {
            throw new AssertionError(method + " " + url + " answered " + r.status() + ": " + r.body());
        }
        return r;
    }
}
