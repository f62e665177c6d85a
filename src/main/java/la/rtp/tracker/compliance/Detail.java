package la.rtp.tracker.compliance;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The human-readable detail of a verdict, as a message key and its arguments rather than an
 * English sentence: the report is read in English and in Lao, so {@link ComplianceMessages}
 * renders it per locale. Arguments are kept typed ({@link java.time.LocalDate},
 * {@link Period}, {@link Role}, {@link java.time.Year}, numbers, strings and lists of these)
 * so each language can format them its own way.
 *
 * @param key a key of {@code compliance/messages.properties}, e.g. {@code rtp2.late}
 */
public record Detail(String key, List<Object> args) {

    public Detail {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Detail of(String key, Object... args) {
        return new Detail(key, Arrays.asList(args));
    }
}
