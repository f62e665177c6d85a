package la.rtp.tracker.swg;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import la.rtp.tracker.audit.Audit;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.security.Access;
import la.rtp.tracker.swg.NsedpResource.OutcomeRequest;
import la.rtp.tracker.swg.NsedpResource.PlanList;
import la.rtp.tracker.swg.NsedpResource.PlanRequest;
import la.rtp.tracker.swg.NsedpResource.PlanView;

/**
 * The National Socio-Economic Development Plans and their numbered outcomes: read by everyone,
 * entered by the RTP secretariat (a plan is never changed once entered).
 */
@ApplicationScoped
public class NsedpService {

    @Inject
    Audit audit;

    @RolesAllowed(Access.READ)
    public PlanList plans() {
        return new PlanList(NsedpPlan.allWithOutcomes().stream().map(PlanView::from).toList());
    }

    @RolesAllowed(Access.READ)
    public PlanView plan(Long id) {
        return PlanView.from(NsedpPlan.withOutcomes(id).orElseThrow(() -> new Problems.NotFound("NSEDP plan", id)));
    }

    /**
     * Adds a plan with its outcomes (RTP secretariat only): outcome numbers unique within the plan,
     * plan numbers unique, and no two plans over overlapping years.
     */
    @Transactional
    @RolesAllowed(Access.RTP)
    public PlanView create(@Valid @NotNull PlanRequest request) {
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
        plan.outcomes.sort(Comparator.comparingInt(o -> o.number));
        plan.persist();
        audit.record("NsedpPlan", plan.id, "create", "Added " + plan.title + " (" + plan.startYear + "-"
                + plan.endYear + ") with " + plan.outcomes.size() + " outcomes");
        return PlanView.from(plan);
    }
}
