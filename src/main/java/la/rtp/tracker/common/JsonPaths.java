package la.rtp.tracker.common;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Names a JSON field for a client from Jackson's path, and says what was wrong with it. */
final class JsonPaths {

    private JsonPaths() {
    }

    static String of(List<JsonMappingException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : path) {
            if (r.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "request" : sb.toString();
    }

    static String describe(JsonMappingException e, String field) {
        if (e instanceof InvalidFormatException f && f.getTargetType() != null) {
            Class<?> type = f.getTargetType();
            if (type == String.class && f.getOriginalMessage().equals(JsonSetup.NUL_MESSAGE)) {
                return field + " " + JsonSetup.NUL_MESSAGE;
            }
            if (type.isEnum()) {
                String allowed = Arrays.stream(type.getEnumConstants()).map(Object::toString)
                        .collect(Collectors.joining(", "));
                return field + " must be one of " + allowed;
            }
            return field + " must be " + kind(type);
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return field + " must be " + kind(m.getTargetType());
        }
        return field + " has a value of the wrong type or shape";
    }

    private static String kind(Class<?> type) {
        String name = type.getSimpleName();
        return switch (name) {
            case "Integer", "int", "Long", "long", "Short", "short" -> "a whole number";
            case "BigDecimal", "Double", "double", "Float", "float" -> "a number";
            case "Boolean", "boolean" -> "true or false";
            case "LocalDate" -> "a date (YYYY-MM-DD)";
            case "OffsetDateTime", "Instant", "ZonedDateTime" -> "a date and time with offset (ISO-8601)";
            case "String" -> "a string";
            default -> type.isArray() || java.util.Collection.class.isAssignableFrom(type) ? "a list" : "an object";
        };
    }
}
