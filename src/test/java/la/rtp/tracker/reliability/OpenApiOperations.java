package la.rtp.tracker.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Every operation of the committed contract {@code openapi/openapi.yaml}, with $refs resolved. */
final class OpenApiOperations {

    static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /** A path or query parameter as documented. */
    record Param(String name, String in, JsonNode schema) {
    }

    /**
     * One path x method; {@code body} is the resolved JSON request schema, or null; {@code responses}
     * the status codes it declares; {@code requestType} the first media type of its request body
     * (a workbook upload is not JSON), or null without one.
     */
    record Op(String method, String path, List<Param> params, JsonNode body, Set<String> responses,
            String requestType) {
        boolean isWrite() {
            return WRITES.contains(method);
        }

        List<Param> in(String where) {
            return params.stream().filter(p -> p.in().equals(where)).toList();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private OpenApiOperations() {
    }

    static List<Op> load() {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi", "openapi.yaml").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Op> ops = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> it = path.getValue().fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> op = it.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                List<Param> params = new ArrayList<>();
                for (JsonNode p : op.getValue().path("parameters")) {
                    params.add(new Param(p.get("name").asText(), p.get("in").asText(), resolve(root, p.path("schema"))));
                }
                JsonNode schema = op.getValue().path("requestBody").path("content").path("application/json")
                        .path("schema");
                Set<String> responses = new java.util.TreeSet<>();
                op.getValue().path("responses").fieldNames().forEachRemaining(responses::add);
                Iterator<String> types = op.getValue().path("requestBody").path("content").fieldNames();
                ops.add(new Op(op.getKey().toUpperCase(Locale.ROOT), path.getKey(), params,
                        schema.isMissingNode() ? null : resolve(root, schema), responses,
                        types.hasNext() ? types.next() : null));
            }
        }
        return ops;
    }

    /** Inlines every {@code $ref} (the contract has no recursive schemas). */
    static JsonNode resolve(JsonNode root, JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            JsonNode target = root.path("components").path("schemas").path(name);
            if (target.isMissingNode()) {
                throw new IllegalStateException("Unresolved $ref " + schema.get("$ref"));
            }
            ObjectNode copy = (ObjectNode) resolve(root, target).deepCopy();
            copy.put("x-name", name);
            return copy;
        }
        if (!schema.isObject()) {
            return schema;
        }
        ObjectNode copy = schema.deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isObject() || e.getValue().isArray()) {
                if (e.getValue().isArray()) {
                    continue;
                }
                if (e.getKey().equals("properties")) {
                    ObjectNode props = copy.putObject("properties");
                    e.getValue().fields().forEachRemaining(p -> props.set(p.getKey(), resolve(root, p.getValue())));
                } else {
                    copy.set(e.getKey(), resolve(root, e.getValue()));
                }
            }
        }
        return copy;
    }
}
