package la.rtp.tracker.common;

/**
 * Which characters stored text may hold. Control characters and unpaired surrogates break the
 * JSON, XML, iCalendar and CSV the service writes (a bare CR in a title ends an iCalendar line), and
 * no name, title or minutes needs them. Multi-line text keeps TAB, CR and LF; a single line keeps
 * none of them, nor the Unicode line and paragraph separators.
 */
public final class TextRules {

    private TextRules() {
    }

    /** Index of the first character a single line may not hold, or -1. */
    public static int badInLine(CharSequence s) {
        return bad(s, false);
    }

    /** Index of the first character multi-line text may not hold, or -1. */
    public static int badInText(CharSequence s) {
        return bad(s, true);
    }

    private static int bad(CharSequence s, boolean multiLine) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c) || isControl(c)) {
                if (multiLine && (c == '\t' || c == '\r' || c == '\n')) {
                    continue;
                }
                return i;
            }
            if (!multiLine && (c == '\u2028' || c == '\u2029')) {
                return i;
            }
        }
        return -1;
    }

    /** C0 (below U+0020), DEL and the C1 controls (U+0080 to U+009F). */
    static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    /**
     * The text with every character {@link #badInText} refuses replaced by U+FFFD, CR LF and lone CR
     * made LF: for writers, in case something reached the database by another door.
     */
    public static String cleanText(String s) {
        return s == null ? null : cleanControls(s.replace("\r\n", "\n").replace('\r', '\n'));
    }

    /** The text with every character {@link #badInText} refuses replaced by U+FFFD; line breaks kept. */
    public static String cleanControls(String s) {
        if (s == null || badInText(s) < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c) || (isControl(c) && c != '\t' && c != '\r' && c != '\n')) {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@link #cleanText} on one line: line breaks, tabs and separators become spaces. */
    public static String cleanLine(String s) {
        String text = cleanText(s);
        return text == null ? null : text.replace('\n', ' ').replace('\t', ' ').replace('\u2028', ' ')
                .replace('\u2029', ' ');
    }
}
