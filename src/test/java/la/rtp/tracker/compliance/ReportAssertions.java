package la.rtp.tracker.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** What every report page must be, and the expected words, spelled out (not read from the code). */
final class ReportAssertions {

    static final Map<Status, String> SYMBOL = Map.of(Status.COMPLIANT, "✓", Status.NON_COMPLIANT, "✗",
            Status.PENDING, "…", Status.NOT_APPLICABLE, "–");
    static final Map<Status, String> CSS = Map.of(Status.COMPLIANT, "compliant",
            Status.NON_COMPLIANT, "non-compliant", Status.PENDING, "pending",
            Status.NOT_APPLICABLE, "not-applicable");
    static final Map<Status, String> ENGLISH = Map.of(Status.COMPLIANT, "Compliant",
            Status.NON_COMPLIANT, "Non-compliant", Status.PENDING, "Pending", Status.NOT_APPLICABLE, "N/A");
    static final Map<Status, String> LAO = Map.of(Status.COMPLIANT, "ປະຕິບັດຕາມ",
            Status.NON_COMPLIANT, "ບໍ່ປະຕິບັດຕາມ", Status.PENDING, "ລໍຖ້າ", Status.NOT_APPLICABLE, "ບໍ່ກ່ຽວຂ້ອງ");

    private ReportAssertions() {
    }

    static Map<Status, String> labels(Locale locale) {
        return locale.getLanguage().equals("lo") ? LAO : ENGLISH;
    }

    /**
     * Parses a page and checks what holds for all of them: language, one page size, no script,
     * nothing loaded from elsewhere, the escaped hostile name never turned into markup.
     */
    static Document parse(String html, String lang, String pageSize, String saveAs) {
        save(html, saveAs);
        assertTrue(html.startsWith("<!DOCTYPE html>"), "doctype");
        Document doc = Jsoup.parse(html);
        assertEquals(lang, doc.selectFirst("html").attr("lang"));
        assertEquals("utf-8", doc.selectFirst("meta[charset]").attr("charset"));
        String css = doc.select("style").html();
        assertTrue(css.contains("@page { size: A4 " + pageSize + "; margin: 12mm; }"), css);
        assertTrue(css.contains("\"Noto Sans Lao\""), "Lao-capable font stack");
        assertFalse(css.contains("url(") || css.contains("@import"), "no external resource in CSS");
        assertTrue(doc.select("script, link, img, iframe, [src]").isEmpty(), "self-contained, no script");
        assertTrue(doc.select("a[href^=javascript]").isEmpty(), "no javascript: link");
        assertFalse(html.contains("<script>alert"), "hostile text escaped");
        return doc;
    }

    static void save(String html, String name) {
        try {
            Path target = Path.of("target", name);
            Files.createDirectories(target.getParent());
            Files.writeString(target, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
