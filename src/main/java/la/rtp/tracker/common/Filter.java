package la.rtp.tracker.common;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.List;

/**
 * The where clause of a list query with optional filters: each filter given a value adds its
 * condition and named parameter; the conditions are joined by {@code and}.
 *
 * <pre>
 * Filter f = new Filter().and("s.code = :swg", "swg", swg).and("m.status = :status", "status", status);
 * Meeting.find("from Meeting m join fetch m.swg s" + f.where(), f.params());
 * </pre>
 */
public final class Filter {

    private final List<String> conditions = new ArrayList<>();
    private final Parameters params = new Parameters();

    /** Adds {@code condition} with the parameter {@code name}, unless {@code value} is null. */
    public Filter and(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            params.and(name, value);
        }
        return this;
    }

    /** The text trimmed, or null when blank: a text filter left empty filters nothing. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** {@code " where a and b"}, or empty when no filter was given. */
    public String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** The conditions alone, joined by {@code and} (empty when none). */
    public String conditions() {
        return String.join(" and ", conditions);
    }

    public Parameters params() {
        return params;
    }
}
