package la.rtp.tracker.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.common.Time;

/**
 * Reads the strings of a meeting-page form into the API's types; what cannot be read becomes an
 * error on its field, in the user's language, instead of a 500.
 */
final class MeetingForm {

    private final MeetingMessages mt;
    private FormErrors errors = FormErrors.none();

    MeetingForm(Workspace ws) {
        this.mt = MessageBundles.get(MeetingMessages.class, Localized.Literal.of(ws.lang()));
    }

    FormErrors errors() {
        return errors;
    }

    boolean ok() {
        return !errors.any();
    }

    void fail(String field, String message) {
        errors = errors.and(FormErrors.field(field, message));
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    Long id(String field, String raw) {
        if (blank(raw)) {
            return null;
        }
        try {
            return Long.valueOf(raw.trim());
        } catch (NumberFormatException e) {
            fail(field, mt.not_a_choice());
            return null;
        }
    }

    LocalDate date(String field, String raw, boolean required) {
        if (blank(raw)) {
            if (required) {
                fail(field, mt.required());
            }
            return null;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            fail(field, mt.not_a_date());
            return null;
        }
    }

    LocalTime time(String field, String raw) {
        if (blank(raw)) {
            fail(field, mt.required());
            return null;
        }
        try {
            return LocalTime.parse(raw.trim());
        } catch (DateTimeParseException e) {
            fail(field, mt.not_a_time());
            return null;
        }
    }

    /** A code of an enum; blank is null (the API says whether it is required). */
    <E extends Enum<E>> E code(Class<E> type, String field, String raw) {
        if (blank(raw)) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            fail(field, mt.not_a_choice());
            return null;
        }
    }

    List<Integer> numbers(String field, List<String> raw) {
        List<Integer> result = new ArrayList<>();
        for (String s : raw == null ? List.<String>of() : raw) {
            try {
                result.add(Integer.valueOf(s.trim()));
            } catch (NumberFormatException e) {
                fail(field, mt.not_a_choice());
            }
        }
        return result;
    }

    static OffsetDateTime vientiane(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(Time.ZONE).toOffsetDateTime();
    }

    /** The API names the instants; the form has a date and two times. */
    static FormErrors renamed(FormErrors apiErrors) {
        Map<String, String> names = Map.of("startsAt", "startTime", "endsAt", "endTime", "onlineLink", "venue");
        FormErrors result = FormErrors.none();
        for (Map.Entry<String, String> e : apiErrors.fields().entrySet()) {
            result = result.and(FormErrors.field(names.getOrDefault(e.getKey(), e.getKey()), e.getValue()));
        }
        for (String general : apiErrors.general()) {
            result = result.and(FormErrors.of(new Problems.Conflict(general)));
        }
        return result;
    }
}
