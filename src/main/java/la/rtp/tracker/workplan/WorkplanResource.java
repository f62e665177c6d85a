package la.rtp.tracker.workplan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import la.rtp.tracker.common.PageView;
import la.rtp.tracker.security.Access;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/workplans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Workplans")
@RolesAllowed(Access.READ)
public class WorkplanResource {

    @Inject
    WorkplanService workplans;

    @GET
    @Operation(operationId = "listWorkplans",
            summary = "Workplans by year, SWG and status, with activities, totals and history "
            + "(newest year first, then SWG code)")
    public PageView<WorkplanView> list(@QueryParam("year") Integer year, @QueryParam("swg") String swg,
            @QueryParam("status") WorkplanStatus status, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return workplans.list(year, swg, status, page, size);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getWorkplan",
            summary = "One workplan with its activities, budget totals by source, deadline and status history")
    public WorkplanView get(@PathParam("id") Long id) {
        return workplans.get(id);
    }
}
