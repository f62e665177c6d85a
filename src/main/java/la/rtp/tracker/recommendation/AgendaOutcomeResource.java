package la.rtp.tracker.recommendation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import la.rtp.tracker.security.Access;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/meetings/{id}/agenda-items/{itemId}/outcomes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Recommendations")
public class AgendaOutcomeResource {

    @Inject
    OutcomeService outcomes;

    @POST
    @RolesAllowed(Access.WRITE)
    @APIResponse(responseCode = "201", description = "Recorded; Location is the outcome",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = AgendaOutcomeView.class)))
    @Operation(operationId = "createOutcome",
            summary = "Record what an agenda item came to: a DECISION, INFORMATION or, at an RTP-level meeting "
            + "only, a RECOMMENDATION addressed to participating SWGs with a due date. Who may write the meeting "
            + "may (an RTP-level one: the RTP secretariat), while its agenda is open")
    public Response create(@PathParam("id") Long id, @PathParam("itemId") Long itemId,
            @Valid @NotNull OutcomeResource.AgendaOutcomeRequest request) {
        AgendaOutcomeView view = outcomes.create(id, itemId, request);
        return Response.created(UriBuilder.fromPath("/api/v1/outcomes/{id}").build(view.id())).entity(view).build();
    }
}
