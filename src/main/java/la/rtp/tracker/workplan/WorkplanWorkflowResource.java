package la.rtp.tracker.workplan;

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
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import la.rtp.tracker.common.Text;
import la.rtp.tracker.security.Access;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Status actions; each answers 200 with the updated workplan. */
@Path("/api/v1/workplans/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Workplans")
public class WorkplanWorkflowResource {

    public record SubmitRequest(LocalDate submittedOn) {
    }

    public record ReturnRequest(@NotBlank @Size(max = 2000) @Text String reason, LocalDate returnedOn) {
    }

    public record EndorseRequest(LocalDate endorsedOn) {
    }

    @Inject
    WorkplanService workplans;

    @POST
    @Path("submit")
    @RolesAllowed(Access.WRITE)
    @Operation(operationId = "submitWorkplan",
            summary = "Submit a DRAFT or RETURNED workplan to the RTP secretariat; submittedOn defaults to "
            + "today, and only the RTP secretariat may record another day")
    public WorkplanView submit(@PathParam("id") Long id, SubmitRequest request) {
        return workplans.submit(id, request);
    }

    @POST
    @Path("return")
    @RolesAllowed(Access.RTP)
    @Operation(operationId = "returnWorkplan",
            summary = "Return a SUBMITTED workplan for revision, with a reason (RTP secretariat only)")
    public WorkplanView returnForRevision(@PathParam("id") Long id, @Valid @NotNull ReturnRequest request) {
        return workplans.returnForRevision(id, request);
    }

    @POST
    @Path("endorse")
    @RolesAllowed(Access.RTP)
    @Operation(operationId = "endorseWorkplan",
            summary = "Endorse a SUBMITTED workplan; endorsedOn defaults to today (RTP secretariat only)")
    public WorkplanView endorse(@PathParam("id") Long id, EndorseRequest request) {
        return workplans.endorse(id, request);
    }

    @POST
    @Path("copy-forward")
    @RolesAllowed(Access.WRITE)
    @Operation(operationId = "copyWorkplanForward",
            summary = "Create next year's DRAFT from this workplan's activities, budgets reset to 0; "
            + "warnings list NSEDP outcomes dropped because next year's plan does not have them")
    public Response copyForward(@PathParam("id") Long id, UriInfo uri) {
        WorkplanView w = workplans.copyForward(id);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/workplans").path(String.valueOf(w.id())).build())
                .entity(w).build();
    }
}
