package la.rtp.tracker.meeting;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import la.rtp.tracker.common.Time;
import la.rtp.tracker.security.Access;

/**
 * Builds meeting views. A page of meetings costs a fixed number of statements whatever its size:
 * agenda (with outcomes), attendance aggregates, minutes, action-item counts and the SWGs taking
 * part in RTP-level meetings (only when the page has one), each one {@code in (:ids)} query.
 */
@ApplicationScoped
public class MeetingViews {

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    public List<MeetingView> page(List<Meeting> meetings) {
        List<Long> ids = meetings.stream().map(m -> m.id).toList();
        Map<Long, List<AgendaItemView>> agenda = new HashMap<>();
        for (AgendaItem a : AgendaItem.ofMeetings(ids)) {
            agenda.computeIfAbsent(a.meeting.id, k -> new ArrayList<>()).add(AgendaItemView.from(a));
        }
        Map<Long, Attendance> attendance = Attendance.byMeeting(ids);
        Map<Long, Minutes> minutes = Minutes.ofMeetings(ids);
        Map<Long, Long> actions = ActionItem.countsByMeeting(ids);
        Map<Long, List<String>> swgs = Meeting.participantCodes(
                meetings.stream().filter(Meeting::rtpLevel).map(m -> m.id).toList());
        return meetings.stream().map(m -> MeetingView.of(m, swgs.getOrDefault(m.id, List.of()),
                agenda.getOrDefault(m.id, List.of()), attendance.get(m.id), minutes.get(m.id), actions.getOrDefault(m.id, 0L), null, null)).toList();
    }

    /** The single view; people's names and action items are not shown to partner tokens. */
    public MeetingView one(Meeting m) {
        List<AgendaItemView> agenda = AgendaItem.ofMeetings(List.of(m.id)).stream().map(AgendaItemView::from).toList();
        List<Attendee> attendees = Attendee.ofMeeting(m.id);
        List<ActionItem> actions = ActionItem.ofMeeting(m.id);
        boolean partner = identity.hasRole(Access.PARTNER);
        LocalDate today = LocalDate.now(clock.withZone(Time.ZONE));
        return MeetingView.of(m, m.rtpLevel() ? m.participantCodes() : List.of(), agenda, Attendance.of(attendees),
                Minutes.ofMeeting(m.id), actions.size(),
                partner ? null : attendees.stream().map(AttendeeView::from).toList(),
                partner ? null : actions.stream().map(i -> ActionItemView.from(i, today)).toList());
    }
}
