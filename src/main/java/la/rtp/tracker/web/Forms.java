package la.rtp.tracker.web;

import java.util.Locale;

/** Small parsers for form fields: blank means absent, and what does not parse is null. */
final class Forms {

    private Forms() {
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static Long longValue(String s) {
        try {
            return s == null || s.isBlank() ? null : Long.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String s) {
        try {
            return s == null || s.isBlank() ? null : Enum.valueOf(type, s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
