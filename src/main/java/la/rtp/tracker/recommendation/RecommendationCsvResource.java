package la.rtp.tracker.recommendation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import la.rtp.tracker.security.Access;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/recommendations.csv")
@Tag(name = "Recommendations")
public class RecommendationCsvResource {

    @Inject
    RecommendationRegister register;

    @GET
    @Produces("text/csv")
    @RolesAllowed(Access.PUBLISHED)
    @Operation(operationId = "getRecommendationsCsv",
            summary = "The register as CSV: one row per recommendation and addressed SWG (answer, linked actions "
            + "and their status as of asOf), then one total row per status; who sees what as in the register")
    public Response csv(@QueryParam("year") Integer year, @QueryParam("swg") String swg,
            @QueryParam("asOf") LocalDate asOf) {
        LocalDate day = register.asOf(asOf);
        int y = RecommendationRegister.year(year, day);
        String csv = RecommendationCsv.csv(y, day, register.register(y, swg, null, day));
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"recommendations-" + y + "-" + day + ".csv\"")
                .build();
    }
}
