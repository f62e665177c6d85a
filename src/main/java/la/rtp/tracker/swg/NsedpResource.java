package la.rtp.tracker.swg;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import la.rtp.tracker.common.SingleLine;
import la.rtp.tracker.security.Access;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/nsedp")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Directory")
public class NsedpResource {

    public record OutcomeRequest(@NotNull @Min(1) @Max(99) Integer number,
            @NotBlank @Size(max = 1000) @SingleLine String title,
            @Size(max = 1000) @SingleLine String titleLo) {
    }

    public record PlanRequest(@NotNull @Min(1) @Max(99) Integer number,
            @NotBlank @Size(max = 300) @SingleLine String title,
            @NotNull @Min(1990) @Max(2200) Integer startYear, @NotNull @Min(1990) @Max(2200) Integer endYear,
            @NotEmpty @Size(max = 50) List<@Valid @NotNull OutcomeRequest> outcomes) {
    }

    public record OutcomeView(int number, String title, String titleLo) {
    }

    public record PlanView(long id, int number, String title, int startYear, int endYear, List<OutcomeView> outcomes) {
        static PlanView from(NsedpPlan p) {
            return new PlanView(p.id, p.number, p.title, p.startYear, p.endYear, p.outcomes.stream()
                    .map(o -> new OutcomeView(o.number, o.title, o.titleLo)).toList());
        }
    }

    public record PlanList(List<PlanView> items) {
    }

    @Inject
    NsedpService nsedp;

    @GET
    @RolesAllowed(Access.READ)
    @Operation(operationId = "listNsedpPlans",
            summary = "National Socio-Economic Development Plans with their numbered outcomes")
    public PlanList list() {
        return nsedp.plans();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Access.READ)
    @Operation(operationId = "getNsedpPlan", summary = "One plan with its numbered outcomes (the Location of a create)")
    public PlanView get(@PathParam("id") Long id) {
        return nsedp.plan(id);
    }

    @POST
    @RolesAllowed(Access.RTP)
    @Operation(operationId = "createNsedpPlan",
            summary = "Add a plan with its outcomes, e.g. the 10th NSEDP 2026-2030 (RTP secretariat only)")
    public Response create(@Valid @NotNull PlanRequest request, UriInfo uri) {
        PlanView plan = nsedp.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(plan.id())).build())
                .entity(plan).build();
    }
}
