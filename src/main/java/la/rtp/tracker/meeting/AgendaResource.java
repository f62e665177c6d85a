package la.rtp.tracker.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.util.List;
import la.rtp.tracker.common.ProblemResponses;
import la.rtp.tracker.common.SingleLine;
import la.rtp.tracker.security.Access;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/meetings/{id}/agenda-items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
public class AgendaResource {

    /** {@code swg}: the SWG whose segment of an RTP-level meeting the item belongs to (one taking part). */
    public record AgendaItemRequest(@NotBlank @Size(max = 500) @SingleLine String title,
            @Size(max = 20) List<@NotNull Integer> nsedpOutcomes, @Size(max = 200) @SingleLine String presenter,
            @Positive Long activityId, Long actionItemId, @Size(max = 50) @SingleLine String swg) {

        public AgendaItemRequest(String title, List<Integer> nsedpOutcomes, String presenter, Long activityId,
                Long actionItemId) {
            this(title, nsedpOutcomes, presenter, activityId, actionItemId, null);
        }
    }

    /** {@code versions}: the version of each item as read, in the order of {@code itemIds} (required). */
    public record OrderRequest(@NotEmpty List<@NotNull Long> itemIds, List<@NotNull Long> versions) {
    }

    public record AgendaList(List<AgendaItemView> items) {
    }

    @Inject
    AgendaService agenda;

    @GET
    @RolesAllowed(Access.READ)
    @Operation(operationId = "listAgendaItems", summary = "The meeting's agenda, in order")
    public AgendaList list(@PathParam("id") Long id) {
        return new AgendaList(agenda.list(id));
    }

    @GET
    @Path("{itemId}")
    @RolesAllowed(Access.READ)
    @Operation(operationId = "getAgendaItem", summary = "One agenda item")
    public AgendaItemView get(@PathParam("id") Long id, @PathParam("itemId") Long itemId) {
        return agenda.get(id, itemId);
    }

    @POST
    @RolesAllowed(Access.WRITE)
    @Operation(operationId = "createAgendaItem",
            summary = "Add an item at the end of a meeting's agenda (until its minutes are published; after "
            + "that, RTP secretariat only, as a correction), linked to NSEDP outcomes of the plan in force that "
            + "year; actionItemId carries an open action of an earlier meeting; swg puts the item in that "
            + "participating SWG's segment of an RTP-level meeting")
    public Response add(@PathParam("id") Long id, @Valid @NotNull AgendaItemRequest request, UriInfo uri) {
        AgendaItemView a = agenda.add(id, request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(a.id())).build()).entity(a).build();
    }

    @PUT
    @Path("order")
    @RolesAllowed(Access.WRITE)
    @Extension(name = ProblemResponses.VERSION_REQUIRED, value = "true")
    @Operation(operationId = "reorderAgendaItems",
            summary = "Reorder the agenda: itemIds must list every item of the meeting exactly once, versions the "
            + "version of each as read, in the same order (428 without them, 409 when one is stale)")
    public AgendaList reorder(@PathParam("id") Long id, @Valid @NotNull OrderRequest request) {
        return new AgendaList(agenda.reorder(id, request));
    }

    @DELETE
    @Path("{itemId}")
    @RolesAllowed(Access.WRITE)
    @Operation(operationId = "deleteAgendaItem",
            summary = "Remove an item from a meeting's agenda (until its minutes are published; after that, "
            + "RTP secretariat only); later items move up")
    public Response delete(@PathParam("id") Long id, @PathParam("itemId") Long itemId) {
        agenda.remove(id, itemId);
        return Response.noContent().build();
    }
}
