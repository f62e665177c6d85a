package la.rtp.tracker.meeting.web;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import la.rtp.tracker.meeting.ActionItemStatus;
import la.rtp.tracker.meeting.ActionItemView;
import la.rtp.tracker.meeting.AttendeeView;
import la.rtp.tracker.meeting.MeetingStatus;
import la.rtp.tracker.meeting.MeetingView;
import la.rtp.tracker.meeting.MinutesView;
import la.rtp.tracker.meeting.OutcomeType;
import la.rtp.tracker.recommendation.AgendaOutcomeView;
import la.rtp.tracker.swg.Gender;
import la.rtp.tracker.swg.NsedpOutcome;
import la.rtp.tracker.swg.Organization;
import la.rtp.tracker.swg.PersonView;
import la.rtp.tracker.web.FormErrors;

/**
 * Everything the meeting page shows: the API's meeting view, and for the forms the values a
 * refused post sent (so nothing typed is lost), the errors, the directory search and a preview.
 * {@code started}: the meeting's start time has come (only then can it be marked held);
 * {@code agendaOpen}: the caller may change the agenda now ({@code Meeting.agendaOpen});
 * {@code agendaOutcomes}: the outcomes of the agenda items, in agenda order.
 */
public record MeetingPage(MeetingView m, String swgName, boolean write, List<String> warnings, String saved,
        String added, FormErrors errors, Map<String, String> input, Set<Integer> checkedOutcomes,
        List<NsedpOutcome> outcomes, List<Organization> organizations, String q, boolean focusSearch,
        List<PersonView> found, Set<Long> attending, MinutesView minutes, String preview, boolean started,
        boolean agendaOpen, List<AgendaOutcomeView> agendaOutcomes) {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** A posted value, or the empty string. */
    public String in(String name) {
        String v = input.get(name);
        return v == null ? "" : v;
    }

    /** Whether a select's posted value is this option. */
    public boolean picked(String name, Object value) {
        return value != null && value.toString().equals(in(name));
    }

    /** Whether the refused post was this action item's status form. */
    public boolean refusedItem(long actionItemId) {
        return errors.any() && in("actionItemId").equals(String.valueOf(actionItemId));
    }

    public boolean checked(int outcome) {
        return checkedOutcomes.contains(outcome);
    }

    public boolean scheduled() {
        return m.status() == MeetingStatus.SCHEDULED;
    }

    public boolean held() {
        return m.status() == MeetingStatus.HELD;
    }

    public boolean cancelled() {
        return m.status() == MeetingStatus.CANCELLED;
    }

    public String kind() {
        return m.kind().name();
    }

    public String status() {
        return m.status().name();
    }

    public String starts() {
        return format(m.startsAt(), DATE_TIME);
    }

    public String ends() {
        return format(m.endsAt(), TIME);
    }

    public List<AttendeeView> attendees() {
        return m.attendees() == null ? List.of() : m.attendees();
    }

    /** People in the directory who attend: the owners an action item can name. */
    public List<AttendeeView> directoryAttendees() {
        return attendees().stream().filter(a -> a.personId() != null).toList();
    }

    public List<ActionItemView> actionItems() {
        return m.actionItems() == null ? List.of() : m.actionItems();
    }

    public List<String> genders() {
        return Arrays.stream(Gender.values()).map(Enum::name).toList();
    }

    public List<String> actionStatuses() {
        return Arrays.stream(ActionItemStatus.values()).map(Enum::name).toList();
    }

    /** The "mark as held" button: a scheduled meeting whose start time has come. */
    public boolean mayMarkHeld() {
        return write && scheduled() && started;
    }

    /** The agenda form. */
    public boolean mayChangeAgenda() {
        return write && agendaOpen;
    }

    public boolean mayPublish() {
        return write && held() && minutes != null && !minutes.published();
    }

    /** The outcomes recorded on one agenda item. */
    public List<AgendaOutcomeView> outcomesOf(long agendaItemId) {
        return agendaOutcomes.stream().filter(o -> o.agendaItemId() == agendaItemId).toList();
    }

    /** The outcome form: whoever may change the agenda, once there is an item to record it on. */
    public boolean mayRecordOutcome() {
        return mayChangeAgenda() && !m.agenda().isEmpty();
    }

    /** Only an RTP-level meeting (no SWG of its own) issues recommendations. */
    public List<String> outcomeTypes() {
        return Arrays.stream(OutcomeType.values()).filter(t -> m.swg() == null || t != OutcomeType.RECOMMENDATION)
                .map(Enum::name).toList();
    }

    /** The SWGs taking part in an RTP-level meeting: those a recommendation may be addressed to. */
    public List<String> outcomeSwgs() {
        return m.swg() == null && m.swgs() != null ? m.swgs() : List.of();
    }

    /** Whether the refused outcome form had this SWG ticked. */
    public boolean addressed(String swg) {
        return "true".equals(input.get("outcomeSwg." + swg));
    }

    public boolean minutesEditable() {
        return write && !cancelled();
    }

    private static String format(OffsetDateTime t, DateTimeFormatter f) {
        return t == null ? "" : t.format(f);
    }
}
