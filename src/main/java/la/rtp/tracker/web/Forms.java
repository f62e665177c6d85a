package la.rtp.tracker.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one parser of workspace form fields. A blank field is absent (null); a value that does
 * not parse becomes an error on its field, in the user's language, instead of a 500, and the
 * parser goes on so that one answer lists every such field. Rules on the values (required
 * fields, ranges) are the services', not checked here, except where a form says a field is
 * required. The static helpers read leniently: what does not parse is null.
 *
 * <pre>
 * Forms form = Forms.of(ws);
 * LocalDate due = form.date("dueDate", dueDate, false);
 * if (!form.ok()) { return Submission.invalid(page.with(form.errors())); }
 * </pre>
 */
public final class Forms {

    private final WebMessages words;
    private FormErrors errors = FormErrors.none();

    private Forms(Locale locale) {
        this.words = MessageBundles.get(WebMessages.class, Localized.Literal.of(locale.toLanguageTag()));
    }

    /** A parser whose messages are in the signed-in user's language. */
    public static Forms of(Workspace ws) {
        return new Forms(ws.locale());
    }

    /** A parser whose messages are in this language. */
    public static Forms in(Locale locale) {
        return new Forms(locale);
    }

    /** The fields that did not parse. */
    public FormErrors errors() {
        return errors;
    }

    /** Whether every field parsed. */
    public boolean ok() {
        return !errors.any();
    }

    /** Records an error on a field. */
    public void fail(String field, String message) {
        errors = errors.and(FormErrors.field(field, message));
    }

    /** An identifier picked from a list (a select's value); blank is null. */
    public Long id(String field, String raw) {
        return parse(field, raw, false, Long::valueOf, words::not_a_choice);
    }

    /** A whole number typed in (a version, a count); blank is null. */
    public Long number(String field, String raw) {
        return parse(field, raw, false, Long::valueOf, words::not_a_number);
    }

    /** A date as yyyy-mm-dd; blank is null, or an error when {@code required}. */
    public LocalDate date(String field, String raw, boolean required) {
        return parse(field, raw, required, LocalDate::parse, words::not_a_date);
    }

    /** A time as HH:mm; blank is null, or an error when {@code required}. */
    public LocalTime time(String field, String raw, boolean required) {
        return parse(field, raw, required, LocalTime::parse, words::not_a_time);
    }

    /** A code of an enum, in any case; blank is null (the service says whether it is required). */
    public <E extends Enum<E>> E choice(Class<E> type, String field, String raw) {
        return parse(field, raw, false, code -> Enum.valueOf(type, code.toUpperCase(Locale.ROOT)),
                words::not_a_choice);
    }

    /**
     * The trimmed value read by {@code parser}; blank is null (and an error when {@code required});
     * what the parser refuses is null and the error {@code refused} on the field.
     */
    private <T> T parse(String field, String raw, boolean required, Function<String, T> parser,
            Supplier<String> refused) {
        if (blank(raw)) {
            if (required) {
                fail(field, words.required());
            }
            return null;
        }
        try {
            return parser.apply(raw.trim());
        } catch (IllegalArgumentException | DateTimeParseException e) { // NumberFormatException is the first
            fail(field, refused.get());
            return null;
        }
    }

    /** The numbers of a multiple choice (checkboxes); blank values are skipped. */
    public List<Integer> numbers(String field, List<String> raw) {
        List<Integer> result = new ArrayList<>();
        for (String s : raw == null ? List.<String>of() : raw) {
            if (blank(s)) {
                continue;
            }
            try {
                result.add(Integer.valueOf(s.trim()));
            } catch (NumberFormatException e) {
                fail(field, words.not_a_choice());
            }
        }
        return result;
    }

    public static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The trimmed text, or null when blank. */
    public static String blankToNull(String s) {
        return blank(s) ? null : s.trim();
    }

    /** Lenient: null when blank or not a number. */
    public static Long longValue(String s) {
        try {
            return blank(s) ? null : Long.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Lenient: null when blank or not a code of the enum. */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String s) {
        try {
            return blank(s) ? null : Enum.valueOf(type, s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
