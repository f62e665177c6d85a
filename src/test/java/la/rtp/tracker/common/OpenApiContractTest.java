package la.rtp.tracker.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What partners need of the committed {@code openapi/openapi.yaml} to generate a client: every
 * operation named by a unique camelCase verb + noun, every tag described, every error typed.
 */
class OpenApiContractTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Pattern CAMEL_CASE = Pattern.compile("[a-z]+(?:[A-Z][a-z0-9]*)+");
    /** The verbs in use; a new one is fine, added here on purpose. */
    private static final Set<String> VERBS = Set.of("list", "get", "create", "update", "delete", "save", "set",
            "reset", "change", "reorder", "mark", "cancel", "publish", "submit", "return", "endorse", "copy",
            "report", "end", "revoke", "activate", "deactivate", "schedule", "import", "accept", "record", "withdraw");

    private static JsonNode root;
    private static final List<Map.Entry<String, JsonNode>> OPERATIONS = new ArrayList<>();

    @BeforeAll
    static void load() throws IOException {
        root = new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi", "openapi.yaml").toFile());
        root.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                OPERATIONS.add(Map.entry(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue()));
            }
        }));
        assertFalse(OPERATIONS.isEmpty(), "no operations in openapi/openapi.yaml");
    }

    @Test
    void everyOperationHasAUniqueCamelCaseVerbNounOperationId() {
        Map<String, String> seen = new HashMap<>();
        for (Map.Entry<String, JsonNode> op : OPERATIONS) {
            String id = op.getValue().path("operationId").asText("");
            assertTrue(CAMEL_CASE.matcher(id).matches(), op.getKey() + ": operationId '" + id
                    + "' is not camelCase verb + noun; set @Operation(operationId = ...)");
            String verb = id.split("(?=[A-Z])")[0];
            assertTrue(VERBS.contains(verb), op.getKey() + ": operationId '" + id + "' starts with '" + verb
                    + "', not one of the verbs in use " + VERBS);
            String other = seen.put(id, op.getKey());
            assertEquals(null, other, "operationId '" + id + "' on both " + other + " and " + op.getKey());
        }
    }

    @Test
    void everyTagIsDeclaredWithADescription() {
        Set<String> declared = new HashSet<>();
        for (JsonNode tag : root.path("tags")) {
            assertFalse(tag.path("description").asText("").isBlank(), "tag '" + tag.path("name").asText()
                    + "' has no description; add it to the tags of ApiDefinition");
            declared.add(tag.path("name").asText());
        }
        for (Map.Entry<String, JsonNode> op : OPERATIONS) {
            for (JsonNode tag : op.getValue().path("tags")) {
                assertTrue(declared.contains(tag.asText()), op.getKey() + ": tag '" + tag.asText()
                        + "' is not declared in ApiDefinition");
            }
        }
    }

    @Test
    void everyClientErrorIsAProblem() {
        for (Map.Entry<String, JsonNode> op : OPERATIONS) {
            op.getValue().path("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("4")) {
                    assertEquals("#/components/schemas/Problem", response.getValue().path("content")
                            .path(Problem.MEDIA_TYPE).path("schema").path("$ref").asText(),
                            op.getKey() + " " + response.getKey());
                }
            });
        }
        assertEquals("object", root.path("components").path("schemas").path("Problem").path("type").asText());
    }
}
