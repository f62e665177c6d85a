package la.rtp.tracker.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import la.rtp.tracker.common.TextRules;
import la.rtp.tracker.common.Time;
import la.rtp.tracker.meeting.Meeting;
import la.rtp.tracker.meeting.MeetingStatus;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * SWG meetings as iCalendar (RFC 5545), built with ical4j. Window: meetings whose Vientiane date
 * is at most one year before today, and all later ones: enough history for a calendar client to
 * show the past year, without growing forever. One VEVENT per meeting, whatever its status:
 * scheduled and held ones CONFIRMED, cancelled ones CANCELLED (clients then strike them out; the
 * meeting's SEQUENCE was bumped on cancel and on every move). Times carry
 * {@code TZID=Asia/Vientiane}, defined by the VTIMEZONE of {@link VientianeZone}.
 * DTSTAMP and LAST-MODIFIED are the meeting's {@code updatedAt}, so the text is the same until a
 * meeting changes and the ETag (a hash of the text) stays valid.
 */
@ApplicationScoped
public class MeetingCalendar {

    static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";
    static final String UID_DOMAIN = "@swg-tracker.rtp.gov.la";

    record Rendered(String text, Instant lastModified) {
    }

    @Inject
    Clock clock;

    Rendered render(String swg) {
        LocalDate since = LocalDate.now(clock.withZone(Time.ZONE)).minusYears(1);
        Map<String, Object> params = new HashMap<>();
        params.put("since", since);
        String where = "m.meetingDate >= :since";
        if (swg != null) {
            where += " and " + MinutesQuery.swgCondition(true);
            params.put("swg", swg);
        }
        List<Meeting> meetings = Meeting.<Meeting>find("from Meeting m left join fetch m.swg s where " + where
                + " order by m.startsAt, m.id", params).list();
        Map<Long, List<String>> participants = Meeting.participantCodes(
                meetings.stream().filter(Meeting::rtpLevel).map(m -> m.id).toList());
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Lao PDR Round Table Process//SWG Tracker//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", line("SWG meetings" + (swg == null ? "" : " (" + swg + ")"))));
        calendar.add(new XProperty("X-WR-TIMEZONE", Time.ZONE.getId()));
        calendar.add(VientianeZone.VTIMEZONE);
        Instant last = null;
        for (Meeting m : meetings) {
            calendar.add(event(m, participants.getOrDefault(m.id, List.of())));
            last = last == null || m.updatedAt.isAfter(last) ? m.updatedAt : last;
        }
        calendar.validate();
        return new Rendered(Folding.fold(calendar.toString()), last);
    }

    /** An RTP-level meeting is summarised as the RTP's, its description naming the SWGs taking part. */
    private static VEvent event(Meeting m, List<String> swgs) {
        VEvent e = new VEvent(false);
        e.add(new Uid("meeting-" + m.id + UID_DOMAIN));
        e.add(new DtStamp(m.updatedAt));
        e.add(new DtStart<>(m.startsAt.atZone(Time.ZONE)));
        e.add(new DtEnd<>(m.endsAt.atZone(Time.ZONE)));
        e.add(new Summary(line(m.organiserCode() + ": " + m.title)));
        if (m.venue != null && !m.venue.isBlank()) {
            e.add(new Location(line(m.venue)));
        }
        List<String> lines = new ArrayList<>();
        String kind = m.kind.name().toLowerCase().replace('_', ' ');
        lines.add(m.rtpLevel() ? AtomFeed.RTP_LABEL + ", " + kind + " meeting with SWGs " + String.join(", ", swgs)
                : m.swg.nameEn + ", " + kind + " meeting");
        if (m.onlineLink != null && !m.onlineLink.isBlank()) {
            lines.add("Online: " + m.onlineLink);
            URI link = uri(m.onlineLink);
            if (link != null) {
                e.add(new Url(link));
            }
        }
        if (m.status == MeetingStatus.CANCELLED) {
            lines.add("Cancelled: " + m.cancelReason);
        }
        e.add(new Description(TextRules.cleanText(String.join("\n", lines))));
        e.add(m.status == MeetingStatus.CANCELLED ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        e.add(new Sequence(m.sequence));
        e.add(new Created(m.createdAt));
        e.add(new LastModified(m.updatedAt));
        return e;
    }

    /**
     * One line of text for a property. Input refuses control characters, but a bare CR reaching
     * ical4j would end the content line and let the rest forge properties and events.
     */
    private static String line(String text) {
        return TextRules.cleanLine(text);
    }

    /** The link as a URL property only when it is an absolute http(s) URI; it is in the description anyway. */
    private static URI uri(String link) {
        try {
            URI u = new URI(link.trim());
            return u.isAbsolute() && ("https".equalsIgnoreCase(u.getScheme()) || "http".equalsIgnoreCase(u.getScheme()))
                    ? u : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
