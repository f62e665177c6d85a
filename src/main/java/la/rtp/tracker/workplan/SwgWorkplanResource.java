package la.rtp.tracker.workplan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import la.rtp.tracker.security.Access;
import la.rtp.tracker.swg.Swg;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/swgs/{code}/workplans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Workplans")
public class SwgWorkplanResource {

    public record CreateWorkplanRequest(
            @NotNull @Min(WorkplanDeadlineResource.MIN_YEAR) @Max(WorkplanDeadlineResource.MAX_YEAR) Integer year) {
    }

    @Inject
    Access access;

    @Inject
    WorkplanWorkflow workflow;

    @Inject
    WorkplanViews views;

    @POST
    @Transactional
    @RolesAllowed(Access.WRITE)
    @Operation(operationId = "createWorkplan",
            summary = "Create the SWG's workplan for a year, in DRAFT (one per SWG and year)")
    public Response create(@PathParam("code") String code, @Valid @NotNull CreateWorkplanRequest request,
            UriInfo uri) {
        Swg swg = Swg.require(code);
        access.requireWrite(code);
        Workplan w = workflow.create(swg, request.year(), null);
        Workplan.flush();
        return Response.created(uri.getBaseUriBuilder().path("api/v1/workplans").path(String.valueOf(w.id)).build())
                .entity(views.of(w)).build();
    }
}
