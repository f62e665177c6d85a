package la.rtp.tracker.workplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import la.rtp.tracker.audit.Audit;
import la.rtp.tracker.swg.NsedpOutcome;
import la.rtp.tracker.swg.NsedpPlan;

/**
 * Starts next year's workplan from this year's: same activities, quarters and responsible
 * organisations, budget sources kept with amounts reset to 0. An outcome is kept only if it is
 * an outcome of the plan in force next year: outcomes belong to a plan, so when the plan changes
 * (the 9th NSEDP ends in 2025) they are dropped, not matched by number, and the answer says so.
 */
@ApplicationScoped
class CopyForward {

    static final String BUDGET_LINE = "WorkplanBudgetLine";

    record Result(Workplan workplan, List<String> warnings) {
    }

    @Inject
    WorkplanWorkflow workflow;

    @Inject
    Audit audit;

    @Transactional(Transactional.TxType.MANDATORY)
    Result copy(Workplan source) {
        int next = source.year + 1;
        Workplan target = workflow.create(source.swg, next, "Copied forward from the " + source.year
                + " workplan (" + source.id + ")");
        Optional<NsedpPlan> plan = NsedpPlan.forYear(next);
        List<NsedpOutcome> nextOutcomes = plan.map(p -> p.outcomes).orElse(List.of());
        List<Activity> activities = Activity.ofWorkplans(List.of(source.id));
        Map<Long, List<BudgetLine>> lines = BudgetLine.ofWorkplans(List.of(source.id)).stream()
                .collect(Collectors.groupingBy(b -> b.activity.id));
        List<String> warnings = new ArrayList<>();
        for (Activity from : activities) {
            Activity to = new Activity();
            to.workplan = target;
            to.title = from.title;
            to.description = from.description;
            to.setQuarters(from.quarters());
            to.responsibleOrganization = from.responsibleOrganization;
            to.outcomes = new HashSet<>();
            for (NsedpOutcome o : from.outcomes) {
                if (nextOutcomes.contains(o)) {
                    to.outcomes.add(o);
                }
            }
            List<Integer> dropped = from.outcomes.stream().filter(o -> !nextOutcomes.contains(o))
                    .map(o -> o.number).sorted().toList();
            if (!dropped.isEmpty()) {
                warnings.add("Activity '" + from.title + "': NSEDP outcome" + (dropped.size() > 1 ? "s " : " ")
                        + dropped.stream().map(String::valueOf).collect(Collectors.joining(", ")) + " dropped: "
                        + plan.map(p -> "not outcomes of the " + p.title + " in force in " + next)
                                .orElse("no NSEDP covers " + next));
            }
            to.createdAt = target.createdAt;
            to.updatedAt = target.createdAt;
            to.persist();
            String copied = target.swg.code + " " + next + " workplan (" + target.id + "): activity '" + to.title
                    + "' (" + to.id + ")";
            audit.record(WorkplanService.ACTIVITY, to.id, "create", copied + " copied forward from activity "
                    + from.id + " of the " + source.year + " workplan (" + source.id + ")");
            for (BudgetLine line : lines.getOrDefault(from.id, List.of())) {
                BudgetLine copy = new BudgetLine();
                copy.activity = to;
                copy.source = line.source;
                copy.fundingOrganization = line.fundingOrganization;
                copy.currency = line.currency;
                copy.planned = BigDecimal.ZERO;
                copy.persist();
                audit.record(BUDGET_LINE, copy.id, "create", copied + ": " + copy.source
                        + " budget line copied forward from line " + line.id + ", amounts 0");
            }
        }
        return new Result(target, warnings);
    }
}
