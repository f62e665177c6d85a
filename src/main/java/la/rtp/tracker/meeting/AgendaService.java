package la.rtp.tracker.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import la.rtp.tracker.audit.Audit;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.security.Access;
import la.rtp.tracker.swg.Swg;
import la.rtp.tracker.workplan.Activity;

/**
 * A meeting's agenda: items added at the end, reordered, removed. It stays open until the
 * minutes are published; after that only the RTP secretariat may change it, as a correction
 * ({@link Meeting#agendaOpen}).
 */
@ApplicationScoped
public class AgendaService {

    @Inject
    Access access;

    @Inject
    Audit audit;

    @Inject
    NsedpLinks nsedp;

    /** The meeting's agenda, in order; 404 for an unknown meeting. */
    public List<AgendaItemView> list(Long id) {
        Meeting m = Meeting.requireReadable(id, access);
        return AgendaItem.ofMeetings(List.of(m.id)).stream().map(AgendaItemView::from).toList();
    }

    public AgendaItemView get(Long id, Long itemId) {
        return AgendaItemView.from(item(Meeting.requireReadable(id, access), itemId));
    }

    /** Adds an item at the end of the agenda. */
    @Transactional
    public AgendaItemView add(Long id, @Valid @NotNull AgendaResource.AgendaItemRequest request) {
        Meeting m = editable(id, "add an agenda item");
        AgendaItem a = new AgendaItem();
        a.meeting = m;
        a.title = request.title().trim();
        a.presenter = request.presenter() == null || request.presenter().isBlank() ? null : request.presenter().trim();
        a.segment = segment(m, request.swg());
        a.activityId = activity(m, a.segment, request.activityId());
        a.outcomes.addAll(nsedp.outcomes(m.meetingDate.getYear(), request.nsedpOutcomes()));
        a.actionItem = request.actionItemId() == null ? null : carried(m, a.segment, request.actionItemId());
        a.position = AgendaItem.nextPosition(m);
        a.persist();
        audit.record("AgendaItem", a.id, "create", audited(m, "agenda item " + a.position + " '" + a.title + "'"));
        return AgendaItemView.from(a);
    }

    /**
     * Reorders the agenda: {@code itemIds} lists every item once, and {@code versions} the version
     * of each as read (428 without them, 409 when one is stale).
     */
    @Transactional
    public List<AgendaItemView> reorder(Long id, @Valid @NotNull AgendaResource.OrderRequest request) {
        Meeting m = editable(id, "reorder the agenda");
        List<AgendaItem> items = AgendaItem.ofMeetings(List.of(m.id));
        Map<Long, AgendaItem> byId = items.stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
        if (request.itemIds().size() != items.size() || !byId.keySet().equals(new HashSet<>(request.itemIds()))) {
            throw new Problems.Invalid("itemIds", "itemIds must list each of the meeting's " + items.size()
                    + " agenda items exactly once: " + byId.keySet().stream().sorted().toList());
        }
        if (request.versions() == null) {
            throw new Problems.PreconditionRequired("versions", "Send the version of each agenda item you read, "
                    + "in the order of itemIds, so that a change made since is not overwritten");
        }
        if (request.versions().size() != request.itemIds().size()) {
            throw new Problems.Invalid("versions", "versions must give one version per item of itemIds, in the "
                    + "same order");
        }
        List<AgendaItem> ordered = new ArrayList<>();
        for (int i = 0; i < request.itemIds().size(); i++) {
            AgendaItem a = byId.get(request.itemIds().get(i));
            a.requireVersion(request.versions().get(i));
            ordered.add(a);
        }
        renumber(ordered);
        audit.record("Meeting", m.id, "reorder-agenda", audited(m, "agenda reordered " + request.itemIds()));
        return ordered.stream().map(AgendaItemView::from).toList();
    }

    /** Removes an item; later items move up. */
    @Transactional
    public void remove(Long id, Long itemId) {
        Meeting m = editable(id, "remove an agenda item");
        AgendaItem a = item(m, itemId);
        a.delete();
        AgendaItem.flush();
        renumber(AgendaItem.ofMeetings(List.of(m.id)));
        audit.record("AgendaItem", a.id, "delete", audited(m, "agenda item '" + a.title + "' removed"));
    }

    /**
     * The meeting, if the caller may write it and its agenda is still open (409 otherwise): see
     * {@link Meeting#agendaOpen}.
     */
    private Meeting editable(Long id, String what) {
        Meeting m = Meeting.require(id);
        m.requireWrite(access);
        m.refuseIfCancelled(() -> "Cannot " + what + ": meeting " + m.id + " is " + m.status);
        if (!Meeting.agendaOpen(m.status, published(m), access.isSecretariat())) {
            throw new Problems.Conflict("Cannot " + what + ": the minutes of meeting " + m.id
                    + " are published, so its agenda is final; only the RTP secretariat may correct it");
        }
        return m;
    }

    private static boolean published(Meeting m) {
        Minutes minutes = Minutes.ofMeeting(m.id);
        return minutes != null && minutes.published;
    }

    /** The audit text of an agenda change, marked as a correction once the minutes are published. */
    private static String audited(Meeting m, String text) {
        return m.organiserCode() + ": meeting " + m.id + (published(m) ? " (correction after the minutes' publication)" : "")
                + " " + text;
    }

    private static AgendaItem item(Meeting m, Long itemId) {
        AgendaItem a = AgendaItem.findById(itemId);
        if (a == null || !a.meeting.id.equals(m.id)) {
            throw new Problems.NotFound("Agenda item", itemId);
        }
        return a;
    }

    /**
     * The SWG segment of an RTP-level meeting the item goes in: one of the SWGs taking part (422
     * otherwise); an SWG's own meeting has no segments.
     */
    private static Swg segment(Meeting m, String code) {
        String c = code == null || code.isBlank() ? null : code.trim();
        if (c == null) {
            return null;
        }
        if (!m.rtpLevel()) {
            throw new Problems.Invalid("swg", "Only an RTP-level meeting has SWG segments; meeting " + m.id
                    + " is SWG " + m.swg.code + "'s own");
        }
        return m.participants.stream().filter(s -> s.code.equals(c)).findFirst()
                .orElseThrow(() -> new Problems.Invalid("swg", "SWG " + c + " does not take part in meeting " + m.id
                        + " (" + String.join(", ", m.participantCodes()) + ")"));
    }

    /**
     * Whether an item of this SWG may be discussed here: at its own meeting, in its segment of an
     * RTP-level meeting, or (no segment) at an RTP-level meeting it takes part in.
     */
    private static boolean concerns(Meeting m, Swg segment, Swg swg) {
        if (!m.rtpLevel()) {
            return swg.id.equals(m.swg.id);
        }
        return segment != null ? swg.id.equals(segment.id) : m.participants.stream().anyMatch(s -> s.id.equals(swg.id));
    }

    /** 422 unless the action item was raised at an earlier meeting of the same SWG. */
    private static ActionItem carried(Meeting m, Swg segment, long actionItemId) {
        ActionItem i = ActionItem.findById(actionItemId);
        if (i == null) {
            throw new Problems.Invalid("actionItemId", "No action item " + actionItemId);
        }
        if (!concerns(m, segment, i.swg)) {
            throw new Problems.Invalid("actionItemId", "Action item " + actionItemId + " belongs to SWG "
                    + i.swg.code + ", not " + (segment != null ? segment.code : m.organiserCode()));
        }
        if (i.meeting.id.equals(m.id)) {
            throw new Problems.Invalid("actionItemId", "Action item " + actionItemId
                    + " was raised at this meeting; only actions of earlier meetings can be carried");
        }
        return i;
    }

    /**
     * Positions 1..n in this order. Two passes through negative positions, so that the unique
     * (meeting, position) constraint never sees two items on one position mid-flush.
     */
    private static void renumber(List<AgendaItem> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).position = -(i + 1);
        }
        AgendaItem.flush();
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).position = i + 1;
        }
        AgendaItem.flush();
    }

    /** The workplan activity this item discusses: one of the same SWG's workplans (422 otherwise). */
    private static Long activity(Meeting m, Swg segment, Long activityId) {
        if (activityId == null) {
            return null;
        }
        Activity a = Activity.find("from Activity a join fetch a.workplan w where a.id = ?1", activityId).firstResult();
        if (a == null || !concerns(m, segment, a.workplan.swg)) {
            throw new Problems.Invalid("activityId", "No workplan activity " + activityId + " of SWG "
                    + (segment != null ? segment.code : m.organiserCode()));
        }
        return a.id;
    }
}
