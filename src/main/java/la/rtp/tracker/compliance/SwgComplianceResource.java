package la.rtp.tracker.compliance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import la.rtp.tracker.security.Access;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One SWG's entry of the compliance report (its own class: the path sits under /api/v1/swgs). */
@Path("/api/v1/swgs/{code}/compliance")
@Tag(name = "Compliance")
@RolesAllowed(Access.READ)
public class SwgComplianceResource {

    @Inject
    ComplianceService service;

    @Inject
    Clock clock;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getSwgCompliance", summary = "One SWG's compliance entry for a plan year as of a date")
    public ComplianceReport.SwgEntry one(@PathParam("code") String code, @QueryParam("year") Integer year,
            @QueryParam("asOf") LocalDate asOf) {
        ReportRequest r = ReportRequest.of(year, asOf, clock);
        return service.report(code, r.year(), r.asOf()).swgs().get(0);
    }
}
