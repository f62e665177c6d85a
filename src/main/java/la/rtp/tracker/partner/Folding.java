package la.rtp.tracker.partner;

/**
 * Folds iCalendar content lines at 75 octets (RFC 5545 section 3.1). ical4j folds at 73
 * characters, which for Lao text (3 octets a character in UTF-8) makes lines of over 200 octets;
 * so we take its unfolded text and fold by octets, never inside a character.
 */
final class Folding {

    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private Folding() {
    }

    /** {@code text}: unfolded content lines, each ended by CRLF. */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / 50);
        for (String line : text.split(CRLF)) {
            int octets = 0;
            for (int i = 0; i < line.length();) {
                int cp = line.codePointAt(i);
                int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
                if (octets + size > MAX_OCTETS) {
                    out.append(CRLF).append(' ');
                    octets = 1;
                }
                out.appendCodePoint(cp);
                octets += size;
                i += Character.charCount(cp);
            }
            out.append(CRLF);
        }
        return out.toString();
    }
}
