package la.rtp.tracker.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Docker does not run on our machines, so at least prove the deployment files parse and say what we mean. */
class DeploymentFilesTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path DIR = Path.of("deployment");

    @Test
    void everyYamlFileParses() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")).toList();
        }
        assertTrue(files.size() >= 5, "compose file and Kubernetes manifests expected, found " + files);
        for (Path f : files) {
            JsonNode doc = YAML.readTree(f.toFile());
            assertTrue(doc != null && doc.isObject(), f + " is not a YAML mapping");
        }
    }

    @Test
    void kubernetesRunsTwoReplicasWithProbesAndLimits() throws IOException {
        Map<String, JsonNode> byKind = kinds();
        JsonNode container = byKind.get("Deployment").at("/spec/template/spec/containers/0");
        assertEquals(2, byKind.get("Deployment").at("/spec/replicas").asInt());
        assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText());
        assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText());
        assertFalse(container.at("/resources/limits/memory").isMissingNode());
        assertFalse(container.at("/resources/limits/cpu").isMissingNode());
        assertTrue(byKind.containsKey("Service") && byKind.containsKey("ConfigMap") && byKind.containsKey("Secret"));
        assertTrue(byKind.get("ConfigMap").at("/data/QUARKUS_DATASOURCE_JDBC_URL").asText().startsWith("jdbc:postgresql:"));
        assertFalse(byKind.get("Secret").at("/stringData/QUARKUS_DATASOURCE_PASSWORD").isMissingNode());
    }

    @Test
    void composeRunsPostgres15AndTheServiceConfiguredByTheThreeVariables() throws IOException {
        JsonNode compose = YAML.readTree(DIR.resolve("docker-compose.yml").toFile());
        assertEquals("postgres:15", compose.at("/services/db/image").asText());
        JsonNode env = compose.at("/services/app/environment");
        for (String v : List.of("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME",
                "QUARKUS_DATASOURCE_PASSWORD")) {
            assertFalse(env.path(v).isMissingNode(), v);
        }
    }

    @Test
    void dockerfileRunsTheQuarkusAppOnJava17() throws IOException {
        String dockerfile = Files.readString(DIR.resolve("Dockerfile"));
        assertTrue(dockerfile.lines().anyMatch(l -> l.startsWith("FROM ") && l.contains("17")));
        assertTrue(dockerfile.contains("quarkus-run.jar"));
    }

    private static Map<String, JsonNode> kinds() throws IOException {
        Map<String, JsonNode> byKind = new HashMap<>();
        try (Stream<Path> s = Files.list(DIR.resolve("kubernetes"))) {
            for (Path f : s.toList()) {
                JsonNode doc = YAML.readTree(f.toFile());
                byKind.put(doc.path("kind").asText(), doc);
            }
        }
        return byKind;
    }
}
