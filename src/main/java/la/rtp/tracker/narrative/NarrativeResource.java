package la.rtp.tracker.narrative;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import la.rtp.tracker.common.PageView;
import la.rtp.tracker.security.Access;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/narratives")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Narratives")
@RolesAllowed(Access.READ)
public class NarrativeResource {

    @Inject
    NarrativeService narratives;

    @GET
    @Operation(operationId = "listNarratives",
            summary = "Narratives by year, SWG and status, with texts and history (newest year first, then SWG code)")
    public PageView<NarrativeView> list(@QueryParam("year") Integer year, @QueryParam("swg") String swg,
            @QueryParam("status") NarrativeStatus status, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return narratives.list(year, swg, status, page, size);
    }
}
