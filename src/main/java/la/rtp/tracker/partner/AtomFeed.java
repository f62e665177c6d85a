package la.rtp.tracker.partner;

import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import la.rtp.tracker.meeting.Minutes;

/**
 * Writes published minutes as an Atom 1.0 feed (RFC 4287) with the JDK's streaming XML writer,
 * which escapes text and attributes; the sanitised minutes HTML travels as escaped text in
 * {@code <content type="html">}. Ids are tag URIs (RFC 4151) that never change for a meeting.
 */
final class AtomFeed {

    static final String NS = "http://www.w3.org/2005/Atom";
    static final String MEDIA_TYPE = "application/atom+xml;charset=UTF-8";
    static final String TAG = "tag:swg-tracker.rtp.gov.la,2024:";
    /** The category label of minutes of a meeting the RTP secretariat organised. */
    static final String RTP_LABEL = "Round Table Process";
    /** Characters XML 1.0 forbids even escaped; stored text could hold them (e.g. pasted from a PDF). */
    private static final Pattern NOT_XML = Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private AtomFeed() {
    }

    /**
     * @param base the service's base URI (ending with "/"), for links
     * @param self this feed's address, without any token
     * @param empty the feed's {@code updated} when there are no entries
     */
    static String write(List<Minutes> entries, String swg, String author, URI base, URI self, Instant empty) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = FACTORY.createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.setDefaultNamespace(NS);
            x.writeStartElement(NS, "feed");
            x.writeDefaultNamespace(NS);
            text(x, "id", TAG + "minutes" + (swg == null ? "" : ":swg:" + swg));
            text(x, "title", "Published minutes of the Sector Working Groups" + (swg == null ? "" : " (" + swg + ")"));
            text(x, "updated", entries.isEmpty() ? empty.toString() : entries.get(0).updatedAt.toString());
            person(x, author);
            link(x, "self", MEDIA_TYPE.substring(0, MEDIA_TYPE.indexOf(';')), self.toString());
            text(x, "generator", "SWG Tracker");
            for (Minutes mi : entries) {
                entry(x, mi, author, base);
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing XML to a string cannot fail", e);
        }
        return out.toString();
    }

    private static void entry(XMLStreamWriter x, Minutes mi, String author, URI base) throws XMLStreamException {
        x.writeStartElement(NS, "entry");
        text(x, "id", TAG + "minutes/" + mi.meeting.id);
        text(x, "title", mi.meeting.organiserCode() + ": " + mi.meeting.title + " (" + mi.meeting.meetingDate + ")");
        text(x, "updated", mi.updatedAt.toString());
        text(x, "published", mi.publishedAt.toString());
        person(x, author);
        link(x, "alternate", "application/json", base.resolve("api/v1/minutes/" + mi.meeting.id).toString());
        x.writeEmptyElement(NS, "category");
        x.writeAttribute("term", mi.meeting.organiserCode());
        x.writeAttribute("label", clean(mi.meeting.rtpLevel() ? RTP_LABEL : mi.meeting.swg.nameEn));
        x.writeStartElement(NS, "content");
        x.writeAttribute("type", "html");
        x.writeAttribute("xml:lang", mi.language);
        x.writeCharacters(clean(mi.bodyHtml));
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void person(XMLStreamWriter x, String name) throws XMLStreamException {
        x.writeStartElement(NS, "author");
        text(x, "name", name);
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String rel, String type, String href) throws XMLStreamException {
        x.writeEmptyElement(NS, "link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("type", type);
        x.writeAttribute("href", href);
    }

    private static void text(XMLStreamWriter x, String element, String value) throws XMLStreamException {
        x.writeStartElement(NS, element);
        x.writeCharacters(clean(value));
        x.writeEndElement();
    }

    private static String clean(String value) {
        return value == null ? "" : NOT_XML.matcher(value).replaceAll("\uFFFD");
    }
}
