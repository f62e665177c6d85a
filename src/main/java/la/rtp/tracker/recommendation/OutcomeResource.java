package la.rtp.tracker.recommendation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import la.rtp.tracker.common.ProblemResponses;
import la.rtp.tracker.common.SingleLine;
import la.rtp.tracker.common.Text;
import la.rtp.tracker.meeting.OutcomeType;
import la.rtp.tracker.security.Access;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/outcomes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Recommendations")
public class OutcomeResource {

    /**
     * Text in English and/or Lao. A RECOMMENDATION (RTP-level meetings only) names the SWGs it is
     * addressed to, optionally an organisation, and a due date; other types take none of these.
     * {@code version}: the one read, on an update (required there).
     */
    public record AgendaOutcomeRequest(@NotNull OutcomeType type, @Size(max = 4000) @Text String textEn,
            @Size(max = 4000) @Text String textLo,
            @Size(max = 30) List<@NotBlank @Size(max = 50) @SingleLine String> swgs, Long organizationId,
            LocalDate dueDate, Long version) {
    }

    @Inject
    OutcomeService outcomes;

    @GET
    @Path("{id}")
    @RolesAllowed(Access.READ)
    @Operation(operationId = "getOutcome", summary = "One outcome of an agenda item")
    public AgendaOutcomeView get(@PathParam("id") Long id) {
        return outcomes.get(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Access.WRITE)
    @Extension(name = ProblemResponses.VERSION_REQUIRED, value = "true")
    @Operation(operationId = "updateOutcome",
            summary = "Rewrite an outcome (who may write the meeting, while its agenda is open); once an SWG has "
            + "answered a recommendation it stays a recommendation addressed to that SWG (409). Send the version "
            + "you read (428 without it, 409 when stale)")
    public AgendaOutcomeView update(@PathParam("id") Long id, @Valid @NotNull AgendaOutcomeRequest request) {
        return outcomes.update(id, request);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Access.WRITE)
    @APIResponse(responseCode = "204", description = "Removed")
    @Operation(operationId = "deleteOutcome",
            summary = "Remove an outcome (who may write the meeting, while its agenda is open); 409 once an SWG "
            + "has answered it")
    public Response delete(@PathParam("id") Long id) {
        outcomes.delete(id);
        return Response.noContent().build();
    }
}
