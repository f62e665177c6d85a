package la.rtp.tracker.compliance.docx;

import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Plain text into a Word run: line breaks, tabs, Lao letters, nothing XML cannot carry. */
final class DocxText {

    private DocxText() {
    }

    /**
     * Writes {@code text} (null reads as empty) into {@code run}: each line after the first after
     * a line break; a run with Lao letters gets the Lao font and language.
     */
    static void write(XWPFRun run, String text) {
        String clean = clean(text == null ? "" : text);
        String[] lines = clean.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
        if (hasLao(clean)) {
            DocxDocument.laoRun(run);
        }
    }

    /** True when any character is in the Lao block (U+0E80 to U+0EFF). */
    static boolean hasLao(String text) {
        return text.codePoints().anyMatch(c -> c >= 0x0E80 && c <= 0x0EFF);
    }

    /** Drops what XML 1.0 forbids (C0 controls but tab and line ends, lone surrogates, U+FFFE/F). */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
            if (allowed) {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
