package la.rtp.tracker.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MinutesRendererTest {

    private static String render(String markdown) {
        return MinutesRenderer.render(markdown);
    }

    /** Checks the markup only (tags and attributes): hostile input may survive as escaped text. */
    private static void assertHarmless(String html) {
        StringBuilder tags = new StringBuilder();
        Matcher m = Pattern.compile("<[^>]*>").matcher(html);
        while (m.find()) {
            tags.append(m.group()).append('\n');
        }
        String lower = tags.toString().toLowerCase(Locale.ROOT);
        for (String bad : new String[] {"<script", "onerror", "onclick", "onload", "javascript:", "<iframe",
            "<img", "style=", "<style", "data:text", "vbscript:", "<object", "<svg"}) {
            assertFalse(lower.contains(bad), () -> "found " + bad + " in " + html);
        }
    }

    @Test
    void rendersCommonFormatting() {
        String html = render("""
                # Minutes

                **Decisions** and *notes*:

                1. Adopt the workplan
                2. Share the `budget`

                - item
                > quoted
                """);
        assertTrue(html.contains("<h1>Minutes</h1>"), html);
        assertTrue(html.contains("<strong>Decisions</strong>"), html);
        assertTrue(html.contains("<em>notes</em>"), html);
        assertTrue(html.contains("<ol>") && html.contains("<li>Adopt the workplan</li>"), html);
        assertTrue(html.contains("<code>budget</code>"), html);
        assertTrue(html.contains("<blockquote>"), html);
    }

    @Test
    void rendersTables() {
        String html = render("""
                | Organisation | Women |
                | --- | ---: |
                | MoH | 3 |
                """);
        assertTrue(html.contains("<table>"), html);
        assertTrue(html.contains("<th>Organisation</th>"), html);
        assertTrue(html.contains("<td align=\"right\">3</td>"), html);
    }

    @Test
    void keepsSafeLinksWithRel() {
        String html = render("[report](https://rtm.org.la/report) and <mailto:dic@mpi.gov.la>");
        assertTrue(html.contains("href=\"https://rtm.org.la/report\""), html);
        // The sanitizer orders the rel tokens as it likes.
        assertTrue(html.matches("(?s).*rel=\"[a-z ]*nofollow[a-z ]*\".*") && html.contains("noopener"), html);
        assertTrue(html.contains("href=\"mailto:dic&#64;mpi.gov.la\""), html);
    }

    @Test
    void scriptTagsAreNeverMarkup() {
        String html = render("Hello <script>alert('x')</script>\n\n<script>alert(1)</script>");
        assertHarmless(html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }

    @Test
    void eventHandlersInRawHtmlAreInert() {
        String html = render("<img src=x onerror=alert(1)>\n\ntext <b onmouseover=\"alert(1)\">bold</b>");
        assertHarmless(html);
        assertFalse(html.contains("<b "), html);
    }

    @Test
    void javascriptLinksAreDropped() {
        for (String md : new String[] {"[click](javascript:alert(1))", "[click](JaVaScRiPt:alert(1))",
            "[click](  javascript:alert(1) )", "<javascript:alert(1)>", "[x](vbscript:msgbox)",
            "[click](java&#09;script:alert(1))"}) {
            String html = render(md);
            assertHarmless(html);
        }
    }

    @Test
    void dataUrisAreDropped() {
        String html = render("[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)\n\n"
                + "![img](data:image/png;base64,iVBORw0KGgo=)");
        assertHarmless(html);
        assertFalse(html.contains("href=\"data:"), html);
    }

    @Test
    void rawHtmlBlocksIframesAndStylesAreText() {
        String html = render("""
                <iframe src="https://evil.example"></iframe>

                <div style="position:fixed">x</div>

                <style>body{display:none}</style>
                """);
        assertHarmless(html);
        assertFalse(html.contains("<div"), html);
    }

    @Test
    void imagesAreNotRendered() {
        String html = render("![chart](https://tracker.example/pixel.png)");
        assertFalse(html.contains("<img"), html);
    }

    @Test
    void emptyBodyRendersEmpty() {
        assertEquals("", render(""));
    }
}
