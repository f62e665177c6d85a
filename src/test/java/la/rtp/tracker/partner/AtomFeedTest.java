package la.rtp.tracker.partner;

import static io.restassured.RestAssured.given;
import static la.rtp.tracker.partner.PartnerFixtures.drafted;
import static la.rtp.tracker.partner.PartnerFixtures.edit;
import static la.rtp.tracker.partner.PartnerFixtures.published;
import static la.rtp.tracker.partner.PartnerFixtures.token;
import static la.rtp.tracker.support.Fixtures.swg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import la.rtp.tracker.support.Fixtures;
import la.rtp.tracker.support.PinnedClock;
import la.rtp.tracker.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@QuarkusTest
@PinnedClock
class AtomFeedTest {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    @Inject
    TestClock clock;

    @BeforeEach
    void pin() {
        clock.pin(Fixtures.NOW);
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static Element child(Element parent, String name) {
        NodeList list = parent.getElementsByTagNameNS(ATOM, name);
        assertTrue(list.getLength() > 0, "<" + name + "> in <" + parent.getLocalName() + ">");
        return (Element) list.item(0);
    }

    static String text(Element parent, String name) {
        return child(parent, name).getTextContent();
    }

    @Test
    void validAtomWithEscapedHtmlAndStableIds() throws Exception {
        String code = swg();
        long older = published(code, "2024-06-03T09:00:00+07:00");
        long newer = published(code, "2024-06-10T09:00:00+07:00");
        long draft = drafted(code, "2024-06-12T09:00:00+07:00");
        clock.pin(Fixtures.NOW.plusSeconds(3600));
        edit(older, "# Corrected\n\nA & B <i>raw</i> [link](https://example.org/?a=1&b=2) ]]> end");
        String token = token();
        var response = given().queryParam("token", token).get("/feeds/minutes.atom?swg=" + code).then().statusCode(200)
                .contentType("application/atom+xml;charset=UTF-8").extract();
        assertNotNull(response.header("ETag"));
        Document doc = parse(response.asByteArray());
        Element feed = doc.getDocumentElement();
        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        assertEquals("tag:swg-tracker.rtp.gov.la,2024:minutes:swg:" + code, text(feed, "id"));
        assertFalse(text(feed, "title").isBlank());
        assertEquals("2024-06-15T04:00:00Z", text(feed, "updated"));
        assertEquals("Department of International Cooperation, Ministry of Planning and Investment",
                text(child(feed, "author"), "name"));
        Element self = child(feed, "link");
        assertEquals("self", self.getAttribute("rel"));
        assertTrue(self.getAttribute("href").endsWith("/feeds/minutes.atom?swg=" + code), self.getAttribute("href"));
        assertFalse(self.getAttribute("href").contains("token"), "the self link never repeats the token");

        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        assertEquals(2, entries.getLength(), "published minutes only, not the draft " + draft);
        Element first = (Element) entries.item(0);
        Element second = (Element) entries.item(1);
        assertEquals("tag:swg-tracker.rtp.gov.la,2024:minutes/" + older, text(first, "id"), "newest update first");
        assertEquals("tag:swg-tracker.rtp.gov.la,2024:minutes/" + newer, text(second, "id"));
        assertEquals("2024-06-15T04:00:00Z", text(first, "updated"));
        assertEquals("2024-06-15T03:00:00Z", text(first, "published"));
        OffsetDateTime.parse(text(second, "updated"));
        assertTrue(text(first, "title").startsWith(code + ": "));
        assertFalse(text(child(first, "author"), "name").isBlank());
        Element link = child(first, "link");
        assertEquals("alternate", link.getAttribute("rel"));
        assertTrue(link.getAttribute("href").endsWith("/api/v1/minutes/" + older), link.getAttribute("href"));
        Element content = child(first, "content");
        assertEquals("html", content.getAttribute("type"));
        // The parsed text is the sanitised HTML itself: the markup was escaped as XML text, not embedded.
        String html = content.getTextContent();
        assertTrue(html.contains("<h1>Corrected</h1>"), html);
        assertTrue(html.contains("A &amp; B &lt;i&gt;raw&lt;/i&gt;"), html);
        assertTrue(html.contains("href=\"https://example.org/?a"), html);
        assertTrue(html.contains("]]&gt; end"), html);
        assertEquals(0, content.getElementsByTagName("h1").getLength(), "no markup as XML elements");
    }

    @Test
    void wholeFeedAndConditionalGet() throws Exception {
        String code = swg();
        published(code, "2024-06-10T09:00:00+07:00");
        String token = token();
        var response = given().queryParam("token", token).get("/feeds/minutes.atom").then().statusCode(200).extract();
        Element feed = parse(response.asByteArray()).getDocumentElement();
        assertEquals("tag:swg-tracker.rtp.gov.la,2024:minutes", text(feed, "id"));
        assertTrue(feed.getElementsByTagNameNS(ATOM, "entry").getLength() <= 50);
        given().queryParam("token", token).header("If-None-Match", response.header("ETag")).get("/feeds/minutes.atom")
                .then().statusCode(304);
        var empty = given().queryParam("token", token).get("/feeds/minutes.atom?swg=" + swg()).then().statusCode(200)
                .extract();
        Element none = parse(empty.asByteArray()).getDocumentElement();
        assertEquals(0, none.getElementsByTagNameNS(ATOM, "entry").getLength());
        OffsetDateTime.parse(text(none, "updated"));
        List.of("id", "title", "updated", "author").forEach(name -> child(none, name));
    }
}
