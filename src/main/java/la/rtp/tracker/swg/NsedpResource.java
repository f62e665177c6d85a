package la.rtp.tracker.swg;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import la.rtp.tracker.audit.Audit;
import la.rtp.tracker.common.Problems;
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
    Audit audit;

    @GET
    @RolesAllowed(Access.READ)
    @Operation(operationId = "listNsedpPlans",
            summary = "National Socio-Economic Development Plans with their numbered outcomes")
    public PlanList list() {
        return new PlanList(NsedpPlan.allWithOutcomes().stream().map(PlanView::from).toList());
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Access.READ)
    @Operation(operationId = "getNsedpPlan", summary = "One plan with its numbered outcomes (the Location of a create)")
    public PlanView get(@PathParam("id") Long id) {
        return PlanView.from(NsedpPlan.withOutcomes(id)
                .orElseThrow(() -> new Problems.NotFound("NSEDP plan", id)));
    }

    @POST
    @Transactional
    @RolesAllowed(Access.RTP)
    @Operation(operationId = "createNsedpPlan",
            summary = "Add a plan with its outcomes, e.g. the 10th NSEDP 2026-2030 (RTP secretariat only)")
    public Response create(@Valid @NotNull PlanRequest request, UriInfo uri) {
        if (request.endYear() < request.startYear()) {
            throw new Problems.Invalid("endYear", "endYear must not be before startYear");
        }
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < request.outcomes().size(); i++) {
            if (!numbers.add(request.outcomes().get(i).number())) {
                throw new Problems.Invalid("outcomes[" + i + "].number", "Outcome numbers must be unique");
            }
        }
        for (NsedpPlan other : NsedpPlan.<NsedpPlan>listAll()) {
            if (other.number == request.number()) {
                throw new Problems.Conflict("Plan number " + request.number() + " already exists");
            }
            if (other.overlaps(request.startYear(), request.endYear())) {
                throw new Problems.Conflict("The period overlaps the " + other.title + " (" + other.startYear + "-"
                        + other.endYear + ")");
            }
        }
        NsedpPlan plan = new NsedpPlan();
        plan.number = request.number();
        plan.title = request.title().trim();
        plan.startYear = request.startYear();
        plan.endYear = request.endYear();
        for (OutcomeRequest o : request.outcomes()) {
            NsedpOutcome outcome = new NsedpOutcome();
            outcome.plan = plan;
            outcome.number = o.number();
            outcome.title = o.title().trim();
            outcome.titleLo = o.titleLo() == null || o.titleLo().isBlank() ? null : o.titleLo().trim();
            plan.outcomes.add(outcome);
        }
        plan.outcomes.sort(java.util.Comparator.comparingInt(o -> o.number));
        plan.persist();
        audit.record("NsedpPlan", plan.id, "create", "Added " + plan.title + " (" + plan.startYear + "-"
                + plan.endYear + ") with " + plan.outcomes.size() + " outcomes");
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(plan.id)).build())
                .entity(PlanView.from(plan)).build();
    }
}
