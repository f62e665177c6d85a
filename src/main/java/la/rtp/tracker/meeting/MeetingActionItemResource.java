package la.rtp.tracker.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.LocalDate;
import la.rtp.tracker.common.SingleLine;
import la.rtp.tracker.common.Text;
import la.rtp.tracker.security.Access;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/meetings/{id}/action-items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Action items")
public class MeetingActionItemResource {

    /**
     * {@code swg}: the SWG an action raised at an RTP-level meeting belongs to, one taking part
     * (required there; an SWG's own meeting raises actions of that SWG and takes no {@code swg}).
     */
    public record ActionItemRequest(@NotBlank @Size(max = 2000) @Text String description, Long ownerOrganizationId,
            Long ownerPersonId, @NotNull LocalDate dueDate, @Size(max = 50) @SingleLine String swg) {

        public ActionItemRequest(String description, Long ownerOrganizationId, Long ownerPersonId, LocalDate dueDate) {
            this(description, ownerOrganizationId, ownerPersonId, dueDate, null);
        }
    }

    @Inject
    ActionItemService actions;

    @POST
    @RolesAllowed(Access.WRITE)
    @Operation(operationId = "createActionItem",
            summary = "Record an action agreed at the meeting, owned by an organisation, a person or both; "
            + "it opens on the meeting date (today if the meeting is still ahead); at an RTP-level meeting, swg "
            + "names the participating SWG it belongs to")
    public Response create(@PathParam("id") Long id, @Valid @NotNull ActionItemRequest request) {
        ActionItemView view = actions.create(id, request);
        return Response.created(UriBuilder.fromPath("/api/v1/action-items/{id}").build(view.id())).entity(view).build();
    }
}
