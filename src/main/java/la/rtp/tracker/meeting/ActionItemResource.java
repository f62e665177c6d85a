package la.rtp.tracker.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import la.rtp.tracker.common.ProblemResponses;
import la.rtp.tracker.common.PageView;
import la.rtp.tracker.security.Access;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/action-items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Action items")
public class ActionItemResource {

    /** {@code on} defaults to today (Vientiane); {@code version} is the one read (required). */
    public record StatusRequest(@NotNull ActionItemStatus status, LocalDate on, Long version) {
    }

    @Inject
    ActionItemService actions;

    @GET
    @RolesAllowed(Access.READ)
    @Operation(operationId = "listActionItems",
            summary = "List action items by due date; overdueOn=D lists those due before D (the due day is "
            + "still in time) that were still OPEN or IN_PROGRESS on D (per their history), as rule RTP-8 counts them")
    public PageView<ActionItemView> list(@QueryParam("swg") String swg, @QueryParam("status") ActionItemStatus status,
            @QueryParam("overdueOn") LocalDate overdueOn, @QueryParam("meetingId") Long meetingId,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return actions.list(swg, status, overdueOn, meetingId, page, size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Access.READ)
    @Operation(operationId = "getActionItem", summary = "One action item with its status history")
    public ActionItemView get(@PathParam("id") Long id) {
        return actions.get(id);
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed(Access.WRITE)
    @Extension(name = ProblemResponses.VERSION_REQUIRED, value = "true")
    @Operation(operationId = "changeActionItemStatus",
            summary = "Change the status as of a date (default today; only the RTP secretariat may record "
            + "another date, not before the last change, not in the future). DONE and CANCELLED are final, except "
            + "reopening to OPEN. Send the version you read (428 without it, 409 when stale)")
    public ActionItemView status(@PathParam("id") Long id, @Valid @NotNull StatusRequest request) {
        return actions.changeStatus(id, request);
    }
}
