package la.rtp.tracker.common;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Query and path parameters that do not parse answer 400 with the parameter named, instead of
 * the 404 Jakarta REST mandates by default.
 */
@Provider
public class ParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        boolean path = isPath(annotations);
        if (rawType == String.class) {
            return (ParamConverter<T>) converter(name, path, "text without NUL characters", s -> {
                if (s.indexOf('\u0000') >= 0) {
                    throw new IllegalArgumentException(JsonSetup.NUL_MESSAGE);
                }
                return s;
            });
        }
        if (rawType == Integer.class) {
            return (ParamConverter<T>) converter(name, path, "a whole number", Integer::valueOf);
        }
        if (rawType == Long.class) {
            return (ParamConverter<T>) converter(name, path, "a whole number", Long::valueOf);
        }
        if (rawType == Boolean.class) {
            return (ParamConverter<T>) converter(name, path, "true or false", s -> switch (s.toLowerCase(Locale.ROOT)) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException(s);
            });
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(name, path, "a date (YYYY-MM-DD)", LocalDate::parse);
        }
        if (rawType == OffsetDateTime.class) {
            return (ParamConverter<T>) converter(name, path, "a date and time with offset (ISO-8601)",
                    OffsetDateTime::parse);
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            String allowed = Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return (ParamConverter<T>) converter(name, path, "one of " + allowed,
                    s -> Enum.valueOf(type, s.trim().toUpperCase(Locale.ROOT)));
        }
        return null;
    }

    private static <V> ParamConverter<V> converter(String name, boolean path, String expected,
            Function<String, V> parse) {
        return new ParamConverter<>() {
            @Override
            public V fromString(String value) {
                if (value == null || value.isBlank()) {
                    // A blank query parameter means "not given"; a blank path segment (/people/%20)
                    // would reach the resource as a null id.
                    if (path) {
                        throw new Problems.BadRequest(name, name + " must be " + expected);
                    }
                    return null;
                }
                try {
                    return parse.apply(value.trim());
                } catch (DateTimeParseException | IllegalArgumentException e) {
                    throw new Problems.BadRequest(name, name + " must be " + expected);
                }
            }

            @Override
            public String toString(V value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static boolean isPath(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof PathParam || a instanceof RestPath) {
                return true;
            }
        }
        return false;
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof PathParam p) {
                return p.value();
            }
            if (a instanceof RestQuery q && !q.value().isEmpty()) {
                return q.value();
            }
            if (a instanceof RestPath p && !p.value().isEmpty()) {
                return p.value();
            }
        }
        return "parameter";
    }
}
