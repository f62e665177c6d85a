package la.rtp.tracker.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** The public base URL: checked at start, then the root of every absolute URL. */
class PublicBaseUrlTest {

    @Test
    void anAbsoluteHttpUrlWithoutQueryIsTaken() {
        assertEquals(URI.create("http://localhost:8080/"), PublicBaseUrl.parse("http://localhost:8080"));
        assertEquals(URI.create("https://tracker.example/rtp/"), PublicBaseUrl.parse("HTTPS://tracker.example/rtp"));
    }

    @Test
    void anythingElseStopsTheStart() {
        for (String bad : new String[] {"", "localhost:8080", "/relative", "ftp://tracker.example",
            "https://tracker.example/?a=1", "https://tracker.example/#top", "https://user:pw@tracker.example",
            "javascript:alert(1)", "http:// bad"}) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> PublicBaseUrl.parse(bad), bad);
            assertEquals(true, e.getMessage().contains("RTP_PUBLIC_BASE_URL"), e.getMessage());
        }
    }

    @Test
    void pathsAndLocationsMoveUnderTheBase() {
        PublicBaseUrl url = new PublicBaseUrl("https://tracker.example/rtp");
        assertEquals(URI.create("https://tracker.example/rtp/feeds/minutes.atom"), url.resolve("/feeds/minutes.atom"));
        assertEquals(URI.create("https://tracker.example/rtp/api/v1/x?a=%20b#f"),
                url.rebase(URI.create("http://evil.example:81/api/v1/x?a=%20b#f")));
    }
}
