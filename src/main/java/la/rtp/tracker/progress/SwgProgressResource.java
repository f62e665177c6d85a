package la.rtp.tracker.progress;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import la.rtp.tracker.security.Access;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One SWG's quarterly progress report as JSON; the printable page is {@code /reports/swg-progress/{code}}. */
@Path("/api/v1/swgs/{code}/progress-report")
@Tag(name = "Progress reports", description = "An SWG's quarterly progress report: statuses, money, meetings, actions")
@RolesAllowed(Access.READ)
public class SwgProgressResource {

    @Inject
    SwgProgressService service;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getSwgProgressReport",
            summary = "One SWG's quarterly progress report as of a date (default: the quarter's end, or today)")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "400", description = "Bad year or quarter")
    @APIResponse(responseCode = "404", description = "No SWG with that code")
    public SwgProgressReport get(@PathParam("code") String code, @QueryParam("year") Integer year,
            @QueryParam("quarter") Integer quarter, @QueryParam("asOf") LocalDate asOf) {
        return service.report(code, year, quarter, asOf);
    }
}
