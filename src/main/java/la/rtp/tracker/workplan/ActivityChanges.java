package la.rtp.tracker.workplan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.swg.NsedpOutcome;
import la.rtp.tracker.swg.NsedpPlan;
import la.rtp.tracker.swg.Organization;
import la.rtp.tracker.workplan.ActivityRequests.ActivityRequest;
import la.rtp.tracker.workplan.ActivityRequests.BudgetRequest;
import la.rtp.tracker.workplan.ActivityRequests.Disbursement;

/** Applies requests to an activity after the checks Bean Validation cannot express. */
final class ActivityChanges {

    private ActivityChanges() {
    }

    /** Sets every field from a create or full-update request (the caller has checked the status). */
    static void apply(Activity a, ActivityRequest request) {
        a.title = request.title().trim();
        a.description = request.description() == null || request.description().isBlank() ? null
                : request.description().trim();
        a.outcomes = outcomes(a.workplan.year, request.nsedpOutcomes());
        a.setQuarters(quarters(request.quarters()));
        a.responsibleOrganization = request.responsibleOrganizationId() == null ? null
                : Organization.require(request.responsibleOrganizationId(), "responsibleOrganizationId");
    }

    /** The outcomes with these numbers in the plan in force in {@code year}; 422 otherwise. */
    static Set<NsedpOutcome> outcomes(int year, List<Integer> numbers) {
        if (numbers == null || numbers.isEmpty()) {
            return new HashSet<>();
        }
        Set<Integer> wanted = unique(numbers, "nsedpOutcomes", "NSEDP outcome numbers");
        NsedpPlan plan = NsedpPlan.forYear(year).orElseThrow(() -> new Problems.Invalid("nsedpOutcomes",
                "No NSEDP covers " + year + ", so the activity cannot be linked to outcomes"));
        Map<Integer, NsedpOutcome> byNumber = plan.outcomes.stream().collect(Collectors.toMap(o -> o.number, o -> o));
        Set<Integer> unknown = new TreeSet<>(wanted);
        unknown.removeAll(byNumber.keySet());
        if (!unknown.isEmpty()) {
            throw new Problems.Invalid("nsedpOutcomes", "Not outcomes of the " + plan.title + ": " + unknown
                    + "; its outcomes are " + new TreeSet<>(byNumber.keySet()));
        }
        return wanted.stream().map(byNumber::get).collect(Collectors.toCollection(HashSet::new));
    }

    static Set<Integer> quarters(List<Integer> quarters) {
        if (quarters == null) {
            return Set.of();
        }
        Set<Integer> unique = unique(quarters, "quarters", "Quarters");
        if (unique.stream().anyMatch(q -> q < 1 || q > 4)) {
            throw new Problems.Invalid("quarters", "Quarters are numbered 1 to 4");
        }
        return unique;
    }

    /**
     * Makes the activity's lines those of the request, one per source: existing lines are updated in
     * place (a source's disbursed amount is kept when the request leaves it out), others removed.
     */
    static void replaceBudget(Activity a, List<BudgetLine> current, List<BudgetRequest> requested) {
        List<BudgetRequest> lines = requested == null ? List.of() : requested;
        uniqueSources(lines.stream().map(BudgetRequest::source).toList());
        Map<FundingSource, BudgetLine> bySource = bySource(current);
        for (BudgetRequest r : lines) {
            BudgetLine line = bySource.remove(r.source());
            if (line == null) {
                line = newLine(a, r.source());
            }
            line.plannedUsd = r.plannedUsd();
            if (r.disbursedUsd() != null) {
                line.disbursedUsd = r.disbursedUsd();
            }
        }
        bySource.values().forEach(BudgetLine::delete);
    }

    /** Reports disbursements; a source not planned gets a line with 0 planned (unplanned money). */
    static void disburse(Activity a, List<BudgetLine> current, List<Disbursement> reported) {
        uniqueSources(reported.stream().map(Disbursement::source).toList());
        Map<FundingSource, BudgetLine> bySource = bySource(current);
        for (Disbursement d : reported) {
            BudgetLine line = bySource.get(d.source());
            if (line == null) {
                line = newLine(a, d.source());
            }
            line.disbursedUsd = d.disbursedUsd();
        }
    }

    private static BudgetLine newLine(Activity a, FundingSource source) {
        BudgetLine line = new BudgetLine();
        line.activity = a;
        line.source = source;
        line.plannedUsd = BigDecimal.ZERO;
        line.disbursedUsd = BigDecimal.ZERO;
        line.persist();
        return line;
    }

    private static Map<FundingSource, BudgetLine> bySource(List<BudgetLine> lines) {
        Map<FundingSource, BudgetLine> map = new EnumMap<>(FundingSource.class);
        lines.forEach(l -> map.put(l.source, l));
        return map;
    }

    private static void uniqueSources(List<FundingSource> sources) {
        List<FundingSource> seen = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            if (seen.contains(sources.get(i))) {
                throw new Problems.Invalid("budget[" + i + "].source", "One budget line per source; "
                        + sources.get(i) + " appears twice");
            }
            seen.add(sources.get(i));
        }
    }

    private static Set<Integer> unique(List<Integer> values, String field, String what) {
        if (values.contains(null)) {
            throw new Problems.Invalid(field, what + " must not contain null");
        }
        Set<Integer> unique = new LinkedHashSet<>(values);
        if (unique.size() != values.size()) {
            throw new Problems.Invalid(field, what + " must be unique");
        }
        return unique;
    }
}
