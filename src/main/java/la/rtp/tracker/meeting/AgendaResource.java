package la.rtp.tracker.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import la.rtp.tracker.audit.Audit;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.common.SingleLine;
import la.rtp.tracker.security.Access;
import la.rtp.tracker.workplan.Activity;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/meetings/{id}/agenda-items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
public class AgendaResource {

    public record AgendaItemRequest(@NotBlank @Size(max = 500) @SingleLine String title,
            @Size(max = 20) List<@NotNull Integer> nsedpOutcomes, @Size(max = 200) @SingleLine String presenter,
            @Positive Long activityId, Long actionItemId) {
    }

    public record OrderRequest(@NotEmpty List<@NotNull Long> itemIds) {
    }

    public record AgendaList(List<AgendaItemView> items) {
    }

    @Inject
    Access access;

    @Inject
    Audit audit;

    @Inject
    NsedpLinks nsedp;

    @GET
    @RolesAllowed(Access.READ)
    @Operation(operationId = "listAgendaItems", summary = "The meeting's agenda, in order")
    public AgendaList list(@PathParam("id") Long id) {
        Meeting m = Meeting.require(id);
        return new AgendaList(AgendaItem.ofMeetings(List.of(m.id)).stream().map(AgendaItemView::from).toList());
    }

    @GET
    @Path("{itemId}")
    @RolesAllowed(Access.READ)
    @Operation(operationId = "getAgendaItem", summary = "One agenda item")
    public AgendaItemView get(@PathParam("id") Long id, @PathParam("itemId") Long itemId) {
        return AgendaItemView.from(item(Meeting.require(id), itemId));
    }

    @POST
    @Transactional
    @RolesAllowed(Access.WRITE)
    @Operation(operationId = "createAgendaItem",
            summary = "Add an item at the end of a meeting's agenda (until its minutes are published; after "
            + "that, RTP secretariat only, as a correction), linked to NSEDP outcomes of the plan in force that "
            + "year; actionItemId carries an open action of an earlier meeting")
    public Response add(@PathParam("id") Long id, @Valid @NotNull AgendaItemRequest request, UriInfo uri) {
        Meeting m = editable(id, "add an agenda item");
        AgendaItem a = new AgendaItem();
        a.meeting = m;
        a.title = request.title().trim();
        a.presenter = request.presenter() == null || request.presenter().isBlank() ? null : request.presenter().trim();
        a.activityId = activity(m, request.activityId());
        a.outcomes.addAll(nsedp.outcomes(m.meetingDate.getYear(), request.nsedpOutcomes()));
        a.actionItem = request.actionItemId() == null ? null : carried(m, request.actionItemId());
        a.position = AgendaItem.nextPosition(m);
        a.persist();
        audit.record("AgendaItem", a.id, "create", audited(m, "agenda item " + a.position + " '" + a.title + "'"));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(a.id)).build())
                .entity(AgendaItemView.from(a)).build();
    }

    @PUT
    @Path("order")
    @Transactional
    @RolesAllowed(Access.WRITE)
    @Operation(operationId = "reorderAgendaItems",
            summary = "Reorder the agenda: itemIds must list every item of the meeting exactly once")
    public AgendaList reorder(@PathParam("id") Long id, @Valid @NotNull OrderRequest request) {
        Meeting m = editable(id, "reorder the agenda");
        List<AgendaItem> items = AgendaItem.ofMeetings(List.of(m.id));
        Map<Long, AgendaItem> byId = items.stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
        if (request.itemIds().size() != items.size() || !byId.keySet().equals(new HashSet<>(request.itemIds()))) {
            throw new Problems.Invalid("itemIds", "itemIds must list each of the meeting's " + items.size()
                    + " agenda items exactly once: " + byId.keySet().stream().sorted().toList());
        }
        List<AgendaItem> ordered = new ArrayList<>();
        request.itemIds().forEach(itemId -> ordered.add(byId.get(itemId)));
        renumber(ordered);
        audit.record("Meeting", m.id, "reorder-agenda", audited(m, "agenda reordered " + request.itemIds()));
        return new AgendaList(ordered.stream().map(AgendaItemView::from).toList());
    }

    @DELETE
    @Path("{itemId}")
    @Transactional
    @RolesAllowed(Access.WRITE)
    @Operation(operationId = "deleteAgendaItem",
            summary = "Remove an item from a meeting's agenda (until its minutes are published; after that, "
            + "RTP secretariat only); later items move up")
    public Response delete(@PathParam("id") Long id, @PathParam("itemId") Long itemId) {
        Meeting m = editable(id, "remove an agenda item");
        AgendaItem a = item(m, itemId);
        a.delete();
        AgendaItem.flush();
        renumber(AgendaItem.ofMeetings(List.of(m.id)));
        audit.record("AgendaItem", a.id, "delete", audited(m, "agenda item '" + a.title + "' removed"));
        return Response.noContent().build();
    }

    /**
     * The meeting, if the caller may write it and its agenda is still open (409 otherwise): see
     * {@link Meeting#agendaOpen}. Audit messages of a change after publication say it is a
     * correction.
     */
    private Meeting editable(Long id, String what) {
        Meeting m = Meeting.require(id);
        access.requireWrite(m.swg.code);
        if (m.status == MeetingStatus.CANCELLED) {
            throw new Problems.Conflict("Cannot " + what + ": meeting " + m.id + " is " + m.status);
        }
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
        return m.swg.code + ": meeting " + m.id + (published(m) ? " (correction after the minutes' publication)" : "")
                + " " + text;
    }

    private static AgendaItem item(Meeting m, Long itemId) {
        AgendaItem a = AgendaItem.findById(itemId);
        if (a == null || !a.meeting.id.equals(m.id)) {
            throw new Problems.NotFound("Agenda item", itemId);
        }
        return a;
    }

    /** 422 unless the action item was raised at an earlier meeting of the same SWG. */
    private static ActionItem carried(Meeting m, long actionItemId) {
        ActionItem i = ActionItem.findById(actionItemId);
        if (i == null) {
            throw new Problems.Invalid("actionItemId", "No action item " + actionItemId);
        }
        if (!i.swg.id.equals(m.swg.id)) {
            throw new Problems.Invalid("actionItemId", "Action item " + actionItemId + " belongs to SWG "
                    + i.swg.code + ", not " + m.swg.code);
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
    private static Long activity(Meeting m, Long activityId) {
        if (activityId == null) {
            return null;
        }
        Activity a = Activity.find("from Activity a join fetch a.workplan w where a.id = ?1", activityId).firstResult();
        if (a == null || !a.workplan.swg.id.equals(m.swg.id)) {
            throw new Problems.Invalid("activityId", "No workplan activity " + activityId + " of SWG " + m.swg.code);
        }
        return a.id;
    }
}
