package la.rtp.tracker.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Builds, from a request schema, a plausible body that points at our real resources (so that
 * validation beyond "not found" runs), and lists the JSON paths of every property in it,
 * nested ones included, for the mutations of {@link HostileValues}.
 */
final class Bodies {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final RealResources real;

    Bodies(RealResources real) {
        this.real = real;
    }

    ObjectNode baseline(JsonNode schema) {
        ObjectNode body = F.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> p = it.next();
            if (!p.getKey().equals("version")) {
                body.set(p.getKey(), value(p.getKey(), p.getValue()));
            }
        }
        return body;
    }

    /** The baseline with only the required properties: a body whose refusal can only be about the caller or state. */
    ObjectNode minimal(JsonNode schema) {
        ObjectNode body = baseline(schema);
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        body.retain(required);
        return body;
    }

    private JsonNode value(String name, JsonNode schema) {
        String y = String.valueOf(RealResources.YEAR);
        switch (name) {
            case "personId", "ownerPersonId":
                return F.numberNode(real.person);
            case "organizationId", "ownerOrganizationId", "responsibleOrganizationId":
                return F.numberNode(real.organization);
            case "activityId":
                return F.numberNode(real.activity);
            case "actionItemId":
                return F.numberNode(real.actionItem);
            case "itemIds":
                return F.arrayNode().add(real.agendaItem);
            case "swgs":
                return F.arrayNode().add(real.code);
            case "swg":
                return F.textNode(real.code);
            case "actionItemIds":
                return F.arrayNode().add(real.actionItem);
            case "year":
                return F.numberNode(RealResources.YEAR);
            case "startYear":
                return F.numberNode(RealResources.YEAR + 7);
            case "endYear":
                return F.numberNode(RealResources.YEAR + 8);
            case "number":
                return F.numberNode(schema.path("maximum").asInt(97) - 2);
            case "code":
                return F.textNode("rel-sub-" + y);
            case "username":
                return F.textNode("rel-hostile-user");
            case "password":
                return F.textNode("a-long-enough-password");
            case "language":
                return F.textNode("en");
            case "onlineLink":
                return F.textNode("https://meet.example.org/swg");
            case "email":
                return F.textNode("someone@example.org");
            case "endsAt":
                return F.textNode(y + "-05-01T12:00:00+07:00");
            case "endDate":
                return F.textNode(y + "-12-31");
            default:
                break;
        }
        String xname = schema.path("x-name").asText();
        if (xname.equals("Role")) {
            return F.textNode("VIEWER");
        }
        if (schema.has("enum")) {
            return F.textNode(schema.get("enum").get(0).asText());
        }
        String type = schema.path("type").asText();
        String format = schema.path("format").asText();
        return switch (type) {
            case "integer" -> F.numberNode(1);
            case "number" -> F.numberNode(100);
            case "boolean" -> F.booleanNode(true);
            case "array" -> F.arrayNode().add(value(name, schema.path("items")));
            case "object" -> baseline(schema);
            default -> switch (format) {
                case "date" -> F.textNode(y + "-03-01");
                case "date-time" -> F.textNode(y + "-05-01T09:00:00+07:00");
                default -> F.textNode("Reliability " + name);
            };
        };
    }

    /** JSON paths ("a", "budget/0/source") of every property of the baseline, leaves and containers. */
    static List<String> paths(JsonNode node, String prefix) {
        List<String> out = new ArrayList<>();
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(f -> {
                String p = prefix.isEmpty() ? f : prefix + "/" + f;
                out.add(p);
                out.addAll(paths(node.get(f), p));
            });
        } else if (node.isArray() && !node.isEmpty() && node.get(0).isContainerNode()) {
            out.addAll(paths(node.get(0), prefix + "/0"));
        }
        return out;
    }

    /** A copy of {@code body} with the property at {@code path} set to raw JSON text (or removed when null). */
    static String with(ObjectNode body, String path, String rawJson) {
        ObjectNode copy = body.deepCopy();
        String[] parts = path.split("/");
        JsonNode parent = copy;
        for (int i = 0; i < parts.length - 1; i++) {
            parent = parent.isArray() ? parent.get(Integer.parseInt(parts[i])) : parent.get(parts[i]);
        }
        String last = parts[parts.length - 1];
        String marker = "\"__hostile_marker__\"";
        if (parent instanceof ArrayNode a) {
            a.set(Integer.parseInt(last), F.textNode("__hostile_marker__"));
        } else if (rawJson == null) {
            ((ObjectNode) parent).remove(last);
            return copy.toString();
        } else {
            ((ObjectNode) parent).put(last, "__hostile_marker__");
        }
        // Raw text goes in as is, so values Jackson would not write (1e400, broken escapes) arrive intact.
        return copy.toString().replace(marker, rawJson);
    }
}
