package la.rtp.tracker.workplan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
    WorkplanService workplans;

    @POST
    @RolesAllowed(Access.WRITE)
    @Operation(operationId = "createWorkplan",
            summary = "Create the SWG's workplan for a year, in DRAFT (one per SWG and year)")
    public Response create(@PathParam("code") String code, @Valid @NotNull CreateWorkplanRequest request,
            UriInfo uri) {
        WorkplanView w = workplans.create(code, request);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/workplans").path(String.valueOf(w.id())).build())
                .entity(w).build();
    }
}
